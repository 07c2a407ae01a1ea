import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { DISTRICT_CODES } from '../domain/districts'
import { isWholeCity } from '../domain/filters'
import type { MetricDef } from '../domain/metrics'
import { metricSeries, metricValue, type Panel } from '../domain/panel'
import { useFiltersStore } from '../stores/filters'
import { usePreferencesStore } from '../stores/preferences'
import { useScope } from './useScope'

/**
 * What a family view needs to chart catalogue metrics from one panel: yearly values for the selection,
 * the 口径 text, the shared card text of a by-year chart, and one metric across all 16 districts.
 */
export function useMetricYears(panel: Ref<Panel | null>, yearLabelKey: string) {
  const { t } = useI18n()
  const store = useFiltersStore()
  const prefs = usePreferencesStore()
  const scope = useScope()
  const perLabel = computed(() => (store.filters.per === 'none' ? '' : t(`filters.pers.${store.filters.per}`)))

  /** The 口径 of some metrics, in the active language. */
  const definition = (...list: MetricDef[]) => list.map((m) => m.definition[prefs.lang]).join(' ')
  /** A metric's yearly values for the selection; totals follow the chosen normalisation, rates never do. */
  const values = (metric: MetricDef) => {
    const f = store.filters
    return panel.value ? metricSeries(panel.value, metric, scope.districts.value, f.from, f.to, f.per).map((p) => p.value) : []
  }
  /** The text every by-year chart of the view shares. */
  const base = (title: string, ...list: MetricDef[]) =>
    ({ title, locale: prefs.lang, definition: definition(...list), yearLabel: t(yearLabelKey), years: store.years, perLabel: perLabel.value })
  /**
   * A relative metric (per workshop, per case) at the end year for all 16 districts and the city, with the
   * selection to highlight; never normalised. Null while the panel loads.
   */
  const acrossDistricts = (metric: MetricDef) => {
    const p = panel.value
    const f = store.filters
    if (!p) return null
    return {
      values: DISTRICT_CODES.map((code) => ({ code, value: metricValue(p, metric, [code], f.to, 'none') })),
      city: metricValue(p, metric, DISTRICT_CODES, f.to, 'none'),
      selected: isWholeCity(f) ? [] : scope.districts.value,
    }
  }
  return { definition, values, base, acrossDistricts }
}
