import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { filtersFromQuery, filtersToQuery, yearsOf, type Filters } from '../domain/filters'
import { cleanQuery, type Ignored } from '../domain/url-filters'
import { useUrlQuery } from '../composables/useUrlQuery'
import { useDatasetStore } from './dataset'

const FILTER_KEYS = ['from', 'to', 'districts', 'zone', 'level', 'per'] as const

/** The global filters; the URL query string is their only home, so reload and shared links restore them. */
export const useFiltersStore = defineStore('filters', () => {
  const { route, patch } = useUrlQuery()
  const dataset = useDatasetStore()

  /**
   * The current filters, parsed (and sanitised) from the URL, within the years the active dataset covers. The
   * same object while they read the same (the dataset's years arriving, an unrelated query key): whatever is
   * computed from them, up to a chart option, stays as it is.
   */
  const filters = computed<Filters>((previous) => {
    const next = filtersFromQuery(route.query, dataset.years)
    return previous && JSON.stringify(previous) === JSON.stringify(next) ? previous : next
  })

  /** The years the filters cover, in order. */
  const years = computed(() => yearsOf(filters.value))

  /** Values of the link that were not understood and were dropped from it, said once by a notice. */
  const ignored = ref<Ignored[]>([])

  // The URL says what is shown: nonsense (from=abc, districts=999999) is rewritten away, not kept beside defaults.
  // Years wait for the dataset's own span: a link's from=1995 is judged by the data it names, not the demo's years.
  // What the link's years turn out to be is then added to what its other values already said, in one notice.
  let yearsLater = false
  watch(
    () => [route.query, dataset.years, dataset.status === 'idle' || dataset.status === 'loading'] as const,
    ([query, span, pending]) => {
      const clean = cleanQuery(pending ? Object.fromEntries(Object.entries(query).filter(([k]) => k !== 'from' && k !== 'to')) : query, span)
      const kept = yearsLater ? ignored.value.filter((x) => !clean.ignored.some((y) => y.key === x.key && y.value === x.value)) : []
      if (clean.ignored.length) ignored.value = [...kept, ...clean.ignored]
      yearsLater = pending && ('from' in query || 'to' in query)
      if (Object.keys(clean.patch).length) void patch(clean.patch)
    },
    { immediate: true },
  )

  /** Hides the notice of ignored link values. */
  function dismissIgnored() {
    ignored.value = []
  }

  /** Changes some filters; unchanged keys keep their values. */
  function update(change: Partial<Filters>) {
    ignored.value = []
    const next = filtersToQuery({ ...filters.value, ...change }, dataset.years)
    return patch(Object.fromEntries(FILTER_KEYS.map((k) => [k, next[k]])))
  }

  return { filters, years, ignored, update, dismissIgnored }
})
