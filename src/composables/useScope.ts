import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { districtName, ZONES } from '../domain/districts'
import { isWholeCity, selectedDistricts } from '../domain/filters'
import { useFiltersStore } from '../stores/filters'
import { usePreferencesStore } from '../stores/preferences'

/** What the figures cover, in words: 全市, 密云区, 生态涵养区, or "密云区等3个区". */
export function useScope() {
  const { t } = useI18n()
  const store = useFiltersStore()
  const prefs = usePreferencesStore()
  const districts = computed(() => selectedDistricts(store.filters))
  const label = computed(() => {
    const f = store.filters
    if (isWholeCity(f)) return t('filters.allCity')
    if (f.zone && !f.districts.length) return ZONES.find((z) => z.id === f.zone)![prefs.lang]
    const list = districts.value
    if (list.length === 1) return districtName(list[0]!, prefs.lang)
    return t('filters.someDistricts', { first: districtName(list[0]!, prefs.lang), n: list.length })
  })
  return { districts, label }
}
