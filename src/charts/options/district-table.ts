import { DISTRICT_CODES, DISTRICTS, districtName, ZONES } from '../../domain/districts'
import { exportNumber, type ExportTable } from '../../domain/export-table'
import { valueOrZero } from '../../domain/coverage'
import type { Per } from '../../domain/filters'
import type { Locale } from '../../domain/format'
import type { MetricDef } from '../../domain/metrics'
import { metricValue, type Panel } from '../../domain/panel'

/** What the comparison table covers and how its headers read. */
export interface ComparisonInput {
  panel: Panel
  metrics: MetricDef[]
  from: number
  to: number
  per: Per
  locale: Locale
  perLabel: string
  title: string
  /** `total` names a range total with its years ("2021–2025年合计"); `scope` says the rows are all districts. */
  labels: { district: string; zone: string; city: string; total: (from: number, to: number) => string; scope: string }
}

/** A metric's unit as a column header shows it: 家, 元, 人次, %, with the normalisation suffix. */
export function unitText(metric: MetricDef, per: Per, locale: Locale, perLabel: string): string {
  if (metric.unit === 'ratio') return '%'
  const word = metric.unit === 'yuan' ? (locale === 'zh' ? '元' : 'yuan') : metric.unit === 'person-times' ? (locale === 'zh' ? '人次' : 'person-times') : locale === 'zh' ? metric.unitWord ?? '' : ''
  return per === 'none' ? word : `${word}${perLabel}`
}

/** Flows without a denominator add up over years (stocks and ratios never do); only for totals, not per-capita. */
export function isAdditive(metric: MetricDef, per: Per): boolean {
  return metric.kind === 'flow' && !metric.denominator && metric.unit !== 'ratio' && per === 'none'
}

// Numbers stay numbers in the file; ratios become percentages to match the header, float noise is rounded off.
const cell = (v: number | null, metric: MetricDef) => exportNumber(v, metric.unit)

/** Every catalogue metric × the 16 districts and the whole city for the end year, plus range totals for additive flows. */
export function comparisonTable(input: ComparisonInput): ExportTable {
  const { panel, metrics, from, to, per, locale, perLabel, labels } = input
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i)
  const columns = [{ key: 'district', label: labels.district }, { key: 'zone', label: labels.zone }]
  for (const m of metrics) {
    const unit = unitText(m, per, locale, perLabel)
    columns.push({ key: m.id, label: `${m.label[locale]}${unit ? `（${unit}）` : ''} ${to}` })
    if (isAdditive(m, per)) columns.push({ key: `${m.id}:total`, label: `${m.label[locale]}${unit ? `（${unit}）` : ''} ${labels.total(from, to)}` })
  }
  const row = (codes: string[], district: string, zone: string) => {
    const r: Record<string, string | number | null> = { district, zone }
    // A single district reads a year without events as 0; the city sums what the districts have.
    const at = (m: MetricDef, y: number) => (codes.length === 1 ? valueOrZero(panel, m, codes[0]!, y, per) : metricValue(panel, m, codes, y, per))
    for (const m of metrics) {
      r[m.id] = cell(at(m, to), m)
      if (isAdditive(m, per)) {
        const values = years.map((y) => at(m, y)).filter((v): v is number => v != null)
        r[`${m.id}:total`] = values.length ? cell(values.reduce((s, v) => s + v, 0), m) : null
      }
    }
    return r
  }
  const zoneName = (code: string) => ZONES.find((z) => z.id === DISTRICTS.find((d) => d.code === code)?.zone)?.[locale] ?? ''
  return {
    title: input.title, meta: [], columns, scope: labels.scope,
    rows: [...DISTRICT_CODES.map((code) => row([code], districtName(code, locale), zoneName(code))), row(DISTRICT_CODES, labels.city, '')],
  }
}

/** Some yearly series as a downloadable table: one row per year, one column per series. */
export function yearSeriesTable(title: string, years: number[], series: { name: string; values: (number | null)[] }[], yearLabel: string): ExportTable {
  return {
    title, meta: [],
    columns: [{ key: 'year', label: yearLabel }, ...series.map((s, i) => ({ key: `s${i}`, label: s.name }))],
    rows: years.map((year, r) => ({ year, ...Object.fromEntries(series.map((s, i) => [`s${i}`, s.values[r] ?? null])) })),
  }
}
