import type { Per } from './filters'
import type { MetricDef } from './metrics'
import { metricSeries, metricValue, ranks, type Panel, type Point } from './panel'
import { formatValue, yoy, type Locale } from './format'

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

/** A KPI value split into the big number and its smaller unit ("41.93万" + "人次"), so cards never wrap mid-figure. */
export function kpiParts(value: number | null, metric: MetricDef, locale: Locale): { number: string; unit: string } {
  if (value == null) return { number: '—', unit: '' }
  if (metric.unit === 'ratio' || (metric.unit === 'yuan' && locale === 'en')) return { number: formatValue(value, metric.unit, locale), unit: '' }
  const number = formatValue(value, 'count', locale)
  if (metric.unit === 'yuan') return { number, unit: '元' }
  if (locale === 'en') return { number, unit: metric.unit === 'person-times' ? 'person-times' : '' }
  return { number, unit: metric.unitWord ?? '' }
}

/** A target as stored in data/sources/targets.csv (illustrative targets carry provenance 'demo'). */
export interface TargetRow {
  metric: string
  region_code: string
  year: number
  target: number
  provenance: string
  source_title: string
}

/** Share of a target reached; for metrics where less is better, target ÷ value. Null without both numbers. */
export function completion(value: number | null, target: number | null | undefined, better: 'up' | 'down'): number | null {
  if (value == null || target == null || target <= 0) return null
  if (better === 'down') return value > 0 ? target / value : null
  return value / target
}
