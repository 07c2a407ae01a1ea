import type { Per } from './filters'
import type { Measure, MetricDef, Relation } from './metrics'
import { measuresFor, metricValue, perFactor, type Panel } from './panel'
import { yearOnYear, type Change } from './change'
import type { Locale } from './format'

/**
 * Relations built from lists (workshops, their yearly outputs, alliances, competitions): a district-year without
 * a row had none, so it counts as zero once the district appears at all (and a level filter may leave a district
 * no workshop of that level). The others are district × year returns, where a missing row means the district
 * did not report that year.
 */
const EVENT_RELATIONS: ReadonlySet<Relation> = new Set(['workshop_years', 'workshop_named', 'workshop_revoked', 'alliance_years', 'innovation', 'competitions'])

function hasYear(panel: Panel, measure: Measure, code: string, year: number): boolean {
  const byYear = panel.get(measure.id)?.get(code)
  if (!byYear) return false
  return EVENT_RELATIONS.has(measure.relation) ? byYear.size > 0 : byYear.has(year)
}

/** The districts among `districts` that reported every figure a metric needs (and its per-10k base) for a year. */
export function reporting(panel: Panel, metric: MetricDef, districts: string[], year: number, per: Per): string[] {
  const needed = measuresFor(metric, per)
  return districts.filter((code) => needed.every((m) => hasYear(panel, m, code, year)))
}

/** How many of the districts in scope reported a year: "16区中2区已报送". */
export interface Coverage {
  reported: number
  of: number
}

/** The coverage of a figure over `districts` in a year; null when every district reported (nothing to say). */
export function coverage(panel: Panel, metric: MetricDef, districts: string[], year: number, per: Per): Coverage | null {
  const reported = reporting(panel, metric, districts, year, per).length
  return reported < districts.length ? { reported, of: districts.length } : null
}

/** Why a 同比 is not given although both years have data: a district reported in one year and not the other. */
export type ChangeNote = 'previous-incomplete' | 'current-incomplete'

/**
 * 同比 over the same set of districts in both years, or a note saying why not: comparing two districts this
 * year with one last year would print growth that is only a change in who reported.
 */
export function comparableChange(panel: Panel, metric: MetricDef, districts: string[], year: number, per: Per): { change: Change | null; note: ChangeNote | null } {
  const now = reporting(panel, metric, districts, year, per)
  const before = new Set(reporting(panel, metric, districts, year - 1, per))
  if (!now.length || !before.size) return { change: null, note: null }
  if (now.some((code) => !before.has(code))) return { change: null, note: 'previous-incomplete' }
  if (before.size > now.length) return { change: null, note: 'current-incomplete' }
  return { change: yearOnYear(metric, metricValue(panel, metric, now, year, per), metricValue(panel, metric, now, year - 1, per)), note: null }
}

/** A district's rank, how many districts it was ranked among (those with data), and how many there are. */
export interface RankAmong {
  rank: number
  of: number
  all: number
}

/** "全市第3位" when every district has data, else "2区中第1位"; English "Rank 3 of 16" / "Rank 1 of 2 districts with data". */
export function rankWords(r: RankAmong, locale: Locale): string {
  if (locale === 'zh') return r.of === r.all ? `全市第${r.rank}位` : `${r.of}区中第${r.rank}位`
  return r.of === r.all ? `Rank ${r.rank} of ${r.all}` : `Rank ${r.rank} of ${r.of} districts with data`
}

/**
 * One district's value where a list relation without a row means zero (no workshop revoked is 0, not blank),
 * as long as the dataset has the table at all; other missing values stay null.
 */
export function valueOrZero(panel: Panel, metric: MetricDef, code: string, year: number, per: Per): number | null {
  const value = metricValue(panel, metric, [code], year, per)
  if (value != null || metric.denominator || !EVENT_RELATIONS.has(metric.numerator.relation) || !panel.has(metric.numerator.id)) return value
  return perFactor(panel, per, [code], year) == null ? null : 0
}
