import type { MetricDef } from './metrics'
import { measures, normalisable } from './metrics'
import type { Per } from './filters'

/** Aggregates indexed as measure → district → year → value. */
export type Panel = Map<string, Map<string, Map<number, number>>>

/** A point of a metric's series; null where no district had data. */
export interface Point {
  year: number
  value: number | null
}

/** Builds the index from flat panel rows. */
export function indexPanel(rows: { measure: string; district_code: string; year: number; value: number }[]): Panel {
  const panel: Panel = new Map()
  for (const r of rows) {
    let byDistrict = panel.get(r.measure)
    if (!byDistrict) panel.set(r.measure, (byDistrict = new Map()))
    let byYear = byDistrict.get(r.district_code)
    if (!byYear) byDistrict.set(r.district_code, (byYear = new Map()))
    byYear.set(r.year, r.value)
  }
  return panel
}

/** The measures a metric needs under a normalisation (its own, plus the per-capita base). */
export function measuresFor(metric: MetricDef, per: Per) {
  const list = [metric.numerator]
  if (metric.denominator) list.push(metric.denominator)
  if (per === 'members') list.push(measures.members)
  if (per === 'residents') list.push(measures.residents)
  return list
}

function sum(panel: Panel, measure: string, districts: string[], year: number): number | null {
  const byDistrict = panel.get(measure)
  let total: number | null = null
  for (const code of districts) {
    const v = byDistrict?.get(code)?.get(year)
    if (v != null) total = (total ?? 0) + v
  }
  return total
}

/** A metric's value for a set of districts in a year: sums first, then ratios (never an average of ratios). */
export function metricValue(panel: Panel, metric: MetricDef, districts: string[], year: number, per: Per): number | null {
  const num = sum(panel, metric.numerator.id, districts, year)
  if (num == null) return null
  let value = num
  if (metric.denominator) {
    const den = sum(panel, metric.denominator.id, districts, year)
    if (!den) return null
    value = num / den
  }
  // A ratio (a rate, or per workshop / per case) is already relative; normalising it again would be meaningless.
  if (!normalisable(metric)) return value
  const factor = perFactor(panel, per, districts, year)
  return factor == null ? null : value * factor
}

/** What turns a total of the districts into "per 10k members / residents" in a year: 1 for totals, null without a base. */
export function perFactor(panel: Panel, per: Per, districts: string[], year: number): number | null {
  if (per === 'none') return 1
  const base = sum(panel, per === 'members' ? measures.members.id : measures.residents.id, districts, year)
  return base ? 10_000 / base : null
}

/** A metric's yearly series over [from, to]. */
export function metricSeries(panel: Panel, metric: MetricDef, districts: string[], from: number, to: number, per: Per): Point[] {
  const points: Point[] = []
  for (let year = from; year <= to; year++) points.push({ year, value: metricValue(panel, metric, districts, year, per) })
  return points
}

/** Rank (1 = best, ties share a rank) of each district for a metric in a year; districts without data get no rank. */
export function ranks(panel: Panel, metric: MetricDef, allDistricts: string[], year: number, per: Per): Map<string, number> {
  const scored = allDistricts
    .map((code) => ({ code, value: metricValue(panel, metric, [code], year, per) }))
    .filter((x): x is { code: string; value: number } => x.value != null)
  const sign = metric.better === 'up' ? -1 : 1
  scored.sort((a, b) => sign * (a.value - b.value))
  const result = new Map<string, number>()
  scored.forEach((x, i) => {
    const prev = scored[i - 1]
    result.set(x.code, prev && prev.value === x.value ? result.get(prev.code)! : i + 1)
  })
  return result
}

/** One district's rank and the number of districts ranked (those with data); null when it has no data. */
export function rankAmong(panel: Panel, metric: MetricDef, allDistricts: string[], year: number, per: Per, code: string): { rank: number; of: number; all: number } | null {
  const ranked = ranks(panel, metric, allDistricts, year, per)
  const rank = ranked.get(code)
  return rank == null ? null : { rank, of: ranked.size, all: allDistricts.length }
}
