import type { Per } from './filters'
import type { MetricDef } from './metrics'
import { metricSeries, metricValue, ranks, type Panel, type Point } from './panel'
import { yoy } from './format'

/** Everything a KPI card shows, computed from the panel (pure). */
export interface KpiSummary {
  metricId: string
  /** Value in the last year of the range. */
  value: number | null
  /** The same metric a year earlier, for 同比. */
  previous: number | null
  yoy: number | null
  /** Rank among the districts when exactly one is selected. */
  rank: number | null
  /** Sum over the range for flows (null for stocks and ratios, which never add up). */
  total: number | null
  points: Point[]
}

/** Summarises a metric for the selected districts over [from, to]. */
export function kpiSummary(panel: Panel, metric: MetricDef, selected: string[], all: string[], from: number, to: number, per: Per): KpiSummary {
  const districts = selected.length ? selected : all
  const points = metricSeries(panel, metric, districts, from, to, per)
  const value = metricValue(panel, metric, districts, to, per)
  const previous = metricValue(panel, metric, districts, to - 1, per)
  const additive = metric.kind === 'flow' && !metric.denominator && per === 'none'
  const total = additive ? points.reduce<number | null>((s, p) => (p.value == null ? s : (s ?? 0) + p.value), null) : null
  const rank = selected.length === 1 ? ranks(panel, metric, all, to, per).get(selected[0]!) ?? null : null
  return { metricId: metric.id, value, previous, yoy: yoy(value, previous), rank, total, points }
}
