import { DISTRICT_CODES } from '../../domain/districts'
import type { Per } from '../../domain/filters'
import { compact, formatValue, type Locale } from '../../domain/format'
import { formatChange, yearOnYear, type Change } from '../../domain/change'
import type { MetricDef } from '../../domain/metrics'
import { normalisable } from '../../domain/metrics'
import { metricValue, ranks, type Panel } from '../../domain/panel'
import { tipHtml } from './common'

/** One district's figure for a metric in a year, with its rank among the districts with data and its 同比. */
export interface DistrictStat {
  code: string
  value: number | null
  previous: number | null
  /** 同比: percentage points for a rate. */
  change: Change | null
  /** 1 = best; ties share a rank; null without data (never ranked as zero). */
  rank: number | null
  /** How many districts had data that year, the "of N" of the rank. */
  ranked: number
  previousRank: number | null
}

/** What every districts chart builder needs besides its own options. */
export interface DistrictMetricInput {
  panel: Panel
  metric: MetricDef
  year: number
  per: Per
  locale: Locale
  /** Selected district codes, highlighted. */
  selected: string[]
  /** Text after a normalised value, e.g. "/万名会员"; empty for totals. */
  perLabel: string
}

/** Every district's stat for a metric in a year (ranks among all districts with data, whatever is shown). */
export function districtStats(panel: Panel, metric: MetricDef, year: number, per: Per, codes = DISTRICT_CODES): DistrictStat[] {
  const now = ranks(panel, metric, DISTRICT_CODES, year, per)
  const before = ranks(panel, metric, DISTRICT_CODES, year - 1, per)
  return codes.map((code) => {
    const value = metricValue(panel, metric, [code], year, per)
    const previous = metricValue(panel, metric, [code], year - 1, per)
    const change = yearOnYear(metric, value, previous)
    return { code, value, previous, change, rank: now.get(code) ?? null, ranked: now.size, previousRank: before.get(code) ?? null }
  })
}

/** Whether a metric is a plain count under the normalisation (so a per-district average is the fair reference). */
export function isCount(metric: MetricDef, per: Per): boolean {
  return !metric.denominator && per === 'none' && metric.unit !== 'ratio'
}

/**
 * The reference a district is compared with: the per-district average of the districts with data for counts,
 * the aggregate value (sums first, then the ratio) for ratios and per-capita figures.
 */
export function referenceValue(panel: Panel, metric: MetricDef, codes: string[], year: number, per: Per): number | null {
  if (!isCount(metric, per)) return metricValue(panel, metric, codes, year, per)
  const values = codes.map((c) => metricValue(panel, metric, [c], year, per)).filter((v): v is number => v != null)
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : null
}

/** A value with its unit in Chinese conventions (万/亿, 家/项/人次/元), normalised values with their suffix. */
export function valueText(v: number | null | undefined, metric: MetricDef, per: Per, locale: Locale, perLabel: string, digits = 2): string {
  if (per !== 'none' && normalisable(metric)) {
    if (v == null || !Number.isFinite(v)) return '—'
    const unit = locale !== 'zh' ? '' : metric.unit === 'yuan' ? '元' : metric.unit === 'person-times' ? '人次' : metric.unitWord ?? ''
    return `${compact(v, locale, digits)}${unit}${perLabel}`
  }
  return formatValue(v, metric.unit, locale, { digits: metric.unit === 'ratio' ? 1 : digits, unitWord: locale === 'zh' ? metric.unitWord : undefined })
}

/** A short value for tight places (tiles, bar ends): 1.2万, 48.2%, 12.35. */
export function shortValue(v: number | null | undefined, metric: MetricDef, locale: Locale): string {
  if (metric.unit === 'ratio') return formatValue(v, 'ratio', locale)
  return compact(v, locale, v != null && Math.abs(v) < 100 ? 2 : 1)
}

/** Rank change as the ranking shows it: ↑2 (up two places), ↓1, — (unchanged); empty without last year's rank. */
export function rankChangeText(stat: Pick<DistrictStat, 'rank' | 'previousRank'>): string {
  if (stat.rank == null || stat.previousRank == null) return ''
  const up = stat.previousRank - stat.rank
  return up > 0 ? `↑${up}` : up < 0 ? `↓${-up}` : '—'
}

/** Tooltip labels a chart needs, in the active language (from the view's locale module). */
export interface TipLabels {
  value: string
  rank: string
  yoy: string
  noData: string
}

/** The tooltip of one district: value, rank among the districts with data and 同比, then the 口径; names escaped. */
export function districtTip(name: string, stat: DistrictStat | undefined, input: DistrictMetricInput, labels: TipLabels): string {
  const { metric, per, locale, perLabel } = input
  const value = stat?.value == null ? labels.noData : valueText(stat.value, metric, per, locale, perLabel)
  const lines = [{ name: labels.value, value }]
  if (stat?.rank != null) lines.push({ name: labels.rank, value: `${stat.rank}/${stat.ranked}` })
  if (stat?.value != null) lines.push({ name: labels.yoy, value: formatChange(stat.change, locale) })
  return tipHtml(`${name} · ${input.year}`, lines, metric.definition[locale])
}
