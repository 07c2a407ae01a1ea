import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { metricPanelQuery } from '../data/queries/metric-panel'
import type { PanelRow } from '../data/queries/panel'
import type { MetricDef } from '../domain/metrics'
import { indexPanel } from '../domain/panel'
import { useFiltersStore } from '../stores/filters'
import { useQuery } from './useQuery'

/**
 * The indexed panel (every district, the range and the year before) for some metrics under the current filters:
 * one small aggregate query, re-run when the filters or the metric list change.
 */
export function useMetricPanel(list: MaybeRefOrGetter<MetricDef[]>) {
  const store = useFiltersStore()
  const { data, error, loading } = useQuery<PanelRow>(() => metricPanelQuery(toValue(list), store.filters))
  const panel = computed(() => (data.value ? indexPanel(data.value) : null))
  return { panel, error, loading }
}
