// A chart's message as text, read from the table it downloads as: a screen reader cannot read a canvas.
import type { ExportTable } from './export-table'
import { compact, type Locale } from './format'

type Row = ExportTable['rows'][number]
const YEAR = /^(19|20)\d\d$/

const words = {
  zh: {
    none: '暂无数据。',
    latest: (year: string, parts: string[]) => `${year}年：${parts.join('，')}。`,
    peak: (label: string, year: string, v: string) => `${label}最高为${year}年的${v}。`,
    extremes: (scope: string, label: string, hi: string, hv: string, lo: string, lv: string) =>
      `${scope}${label}最高：${hi}，${hv}；最低：${lo}，${lv}。`,
    count: (n: number) => `共${n}项。`,
    one: (name: string, v: string) => `${name}：${v}。`,
    inYear: (year: string) => `${year}年`,
  },
  en: {
    none: 'No data.',
    latest: (year: string, parts: string[]) => `${year}: ${parts.join(', ')}.`,
    peak: (label: string, year: string, v: string) => `${label} peaked in ${year} at ${v}.`,
    extremes: (scope: string, label: string, hi: string, hv: string, lo: string, lv: string) =>
      `${scope}${label ? `${label}: ` : ''}highest ${hi}, ${hv}; lowest ${lo}, ${lv}.`,
    count: (n: number) => `${n} items. `,
    one: (name: string, v: string) => `${name}: ${v}.`,
    inYear: (year: string) => `In ${year}, `,
  },
}

const num = (v: Row[string] | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)
const text = (v: Row[string] | undefined) => (v == null ? '' : String(v))

/** The row with the largest (sign 1) or smallest (sign −1) number in `key`. */
function extreme(rows: Row[], key: string, sign: 1 | -1): Row | undefined {
  let best: Row | undefined
  for (const r of rows) {
    const v = num(r[key])
    if (v != null && (best === undefined || sign * (v - num(best[key])!) > 0)) best = r
  }
  return best
}

/** The rows without a total: a row equal to the sum of all the others (全市 under 16 districts) is no extreme. */
function withoutTotal(rows: Row[], key: string): Row[] {
  if (rows.length < 3) return rows
  const sum = rows.reduce((s, r) => s + (num(r[key]) ?? 0), 0)
  return rows.filter((r) => {
    const v = num(r[key])
    return v == null || v === 0 || Math.abs(sum - v - v) > Math.abs(v) * 0.005
  })
}

/**
 * What the chart shows, its latest value and its extremes, in one short paragraph.
 * Tables come in two shapes: one row per year (series as columns), or one row per district, industry or name
 * (a value column, or one column per year, of which the last is the latest).
 */
export function describeTable(table: ExportTable, locale: Locale, maxSeries = 3): string {
  const w = words[locale]
  const [first, ...rest] = table.columns
  const numeric = rest.filter((c) => table.rows.some((r) => num(r[c.key]) != null))
  const head = `${table.title}${locale === 'zh' ? '。' : '. '}`
  if (!first || !numeric.length || !table.rows.length) return head + w.none
  const fmt = (v: Row[string] | undefined) => compact(num(v), locale)

  const byYear = table.rows.every((r) => YEAR.test(text(r[first.key])))
  if (byYear) {
    const rows = [...table.rows].sort((a, b) => Number(a[first.key]) - Number(b[first.key]))
    const last = rows[rows.length - 1]!
    const shown = numeric.slice(0, maxSeries).filter((c) => num(last[c.key]) != null)
    const parts = shown.map((c) => `${c.label} ${fmt(last[c.key])}`)
    const lead = numeric[0]!
    const peak = extreme(rows, lead.key, 1)
    const peakText = rows.length > 1 && peak ? w.peak(lead.label, text(peak[first.key]), fmt(peak[lead.key])) : ''
    return head + (parts.length ? w.latest(text(last[first.key]), parts) : '') + peakText
  }

  // Wide by year: the latest year is the last column with a number; otherwise the first value column.
  const years = numeric.filter((c) => YEAR.test(c.key))
  const col = years.length ? years[years.length - 1]! : numeric[0]!
  const scope = years.length ? w.inYear(col.key) : ''
  const rows = withoutTotal(table.rows, col.key)
  const hi = extreme(rows, col.key, 1)
  const lo = extreme(rows, col.key, -1)
  if (!hi || !lo) return head + w.none
  if (hi === lo) return head + w.one(text(hi[first.key]), fmt(hi[col.key]))
  const label = years.length ? '' : col.label
  return head + w.count(rows.length) + w.extremes(scope, label, text(hi[first.key]), fmt(hi[col.key]), text(lo[first.key]), fmt(lo[col.key]))
}

/** A table cell as text: numbers grouped by thousands with at most two decimals, text as it is, empty as —. */
export function cellText(v: Row[string] | undefined): string {
  if (v == null || v === '') return '—'
  if (typeof v !== 'number') return v
  if (!Number.isFinite(v)) return '—'
  const [int, frac] = (Number.isInteger(v) ? String(Math.abs(v)) : String(Math.round(Math.abs(v) * 100) / 100)).split('.')
  return `${v < 0 ? '\u2212' : ''}${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`
}
