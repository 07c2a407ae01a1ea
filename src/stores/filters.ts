import { defineStore } from 'pinia'
import { computed } from 'vue'
import { filtersFromQuery, filtersToQuery, yearsOf, type Filters } from '../domain/filters'
import { useUrlQuery } from '../composables/useUrlQuery'
import { useDatasetStore } from './dataset'

const FILTER_KEYS = ['from', 'to', 'districts', 'zone', 'level', 'per'] as const

/** The global filters; the URL query string is their only home, so reload and shared links restore them. */
export const useFiltersStore = defineStore('filters', () => {
  const { route, patch } = useUrlQuery()
  const dataset = useDatasetStore()

  /** The current filters, parsed (and sanitised) from the URL, within the years the active dataset covers. */
  const filters = computed<Filters>(() => filtersFromQuery(route.query, dataset.years))

  /** The years the filters cover, in order. */
  const years = computed(() => yearsOf(filters.value))

  /** Changes some filters; unchanged keys keep their values. */
  function update(change: Partial<Filters>) {
    const next = filtersToQuery({ ...filters.value, ...change }, dataset.years)
    return patch(Object.fromEntries(FILTER_KEYS.map((k) => [k, next[k]])))
  }

  return { filters, years, update }
})
