import type { Per } from './filters'
import type { MetricDef } from './metrics'
import { metricSeries, metricValue, rankAmong, type Panel, type Point } from './panel'
import { formatValue, type Locale } from './format'
import type { Change } from './change'
import { comparableChange, coverage, type ChangeNote, type Coverage, type RankAmong } from './coverage'

/** Everything a KPI card shows, computed from the panel (pure). */
export interface KpiSummary {
  metricId: string
  /** Value in the last year of the range. */
  value: number | null
  /** The same metric a year earlier, for 同比. */
  previous: number | null
  /** 同比 over the districts that reported both years: percentage points for a rate. */
  change: Change | null
  /** Why there is no 同比 although both years have data (the districts reporting differ). */
  changeNote: ChangeNote | null
  /** Rank among the districts with data, when exactly one is selected. */
  rank: RankAmong | null
  /** How many districts in scope reported the last year, when not all did. */
  coverage: Coverage | null
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
  // A one-year range total would repeat the yearly value beside it.
  const additive = metric.kind === 'flow' && !metric.denominator && per === 'none' && to > from
  const total = additive ? points.reduce<number | null>((s, p) => (p.value == null ? s : (s ?? 0) + p.value), null) : null
  const rank = selected.length === 1 ? rankAmong(panel, metric, all, to, per, selected[0]!) : null
  const { change, note } = comparableChange(panel, metric, districts, to, per)
  const cover = value == null ? null : coverage(panel, metric, districts, to, per)
  return { metricId: metric.id, value, previous, change, changeNote: note, rank, coverage: cover, total, points }
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
