import { computed } from 'vue'
import type { PanelRow } from '../data/queries/panel'
import { metricPanelQuery } from '../data/queries/metric-panel'
import type { Slide } from '../domain/deck'
import { DISTRICT_CODES, districtName } from '../domain/districts'
import { filtersFromQuery, isWholeCity, selectedDistricts } from '../domain/filters'
import { kpiSummary, type KpiSummary } from '../domain/kpi'
import { metricById, overviewFamilies, type MetricId } from '../domain/metrics'
import { indexPanel, metricValue, ranks } from '../domain/panel'
import { summarise } from '../domain/summary'
import { cardMetric, scopeName, talkingPoint } from '../domain/talking-point'
import { useDatasetStore } from '../stores/dataset'
import { usePreferencesStore } from '../stores/preferences'
import { useQuery } from './useQuery'

const KPIS = 'overview-kpis'

/** The generated talking point of a slide, from its own filters (not the window's), in the active language. */
export function useTalkingPoint(slide: () => Slide) {
  const prefs = usePreferencesStore()
  const dataset = useDatasetStore()
  const filters = computed(() => {
    const s = slide()
    const f = filtersFromQuery(s.query, dataset.years)
    return s.params.code ? { ...f, districts: [s.params.code], zone: null } : f
  })
  const ids = computed(() => (slide().card === KPIS ? overviewFamilies.flatMap((x) => x.metricIds) : [cardMetric(slide().card, slide().query)].filter((x): x is MetricId => !!x)))
  // The KPI row or a known chart: one small panel query; otherwise nothing to say.
  const { data } = useQuery<PanelRow>(() => metricPanelQuery((ids.value.length ? ids.value : (['workshops_active'] as MetricId[])).map(metricById), filters.value))

  return computed<string | null>(() => {
    if (!ids.value.length || !data.value) return null
    const panel = indexPanel(data.value)
    const f = filters.value
    const locale = prefs.lang
    const scope = scopeName(f, locale)
    const chosen = isWholeCity(f) ? [] : selectedDistricts(f)
    const summary = (id: MetricId) => kpiSummary(panel, metricById(id), chosen, DISTRICT_CODES, f.from, f.to, f.per)
    if (slide().card === KPIS) {
      const kpis = new Map<string, KpiSummary>(ids.value.map((id) => [id, summary(id)]))
      return summarise({ locale, scope, year: f.to, kpis }).slice(0, 3).join(locale === 'zh' ? '' : ' ')
    }
    const metric = metricById(ids.value[0]!)
    const rank = ranks(panel, metric, DISTRICT_CODES, f.to, f.per)
    const top = isWholeCity(f) ? [...rank].find(([, r]) => r === 1)?.[0] : undefined
    const value = top ? metricValue(panel, metric, [top], f.to, f.per) : null
    const leader = top && value != null ? { name: districtName(top, locale), value } : null
    return talkingPoint({ locale, year: f.to, scope, metric, summary: summary(ids.value[0]!), leader })
  })
}
