import type { PublishedRightsRow } from '../../data/queries/rights'
import { CITY_CODE, districtName } from '../../domain/districts'
import type { ExportTable } from '../../domain/export-table'
import { factValueText, sourceHref } from '../../domain/facts'
import { formatYoY, type Locale } from '../../domain/format'
import { metricById } from '../../domain/metrics'

/** One line of the "published beside computed" table, every cell ready to show. */
export interface FactLine {
  id: string
  region: string
  metric: string
  period: string
  published: string
  /** The dataset's value for the same region and years, or null when the period is outside the data. */
  computedValue: number | null
  computed: string
  /** Set when the published period is not whole calendar years, so the two figures are not comparable. */
  partial: boolean
  /** The calendar years the computed value covers ("2021", "2023–2024"). */
  years: string
  /** Computed minus published, in the fact's unit ("−62.4万元"), or — when not comparable. */
  diff: string
  /** The same difference relative to the published value ("−1.8%"); empty when not comparable. */
  diffPct: string
  sourceTitle: string
  /** A link only for http(s) sources; seed articles have a title and no address. */
  href: string | null
}

/** Labels the table needs in the active language. */
export interface FactText {
  locale: Locale
  /** The whole city's name (北京市). */
  city: string
}

/** A number in a fact's own unit (元, 人次, %, or a counting word such as 件), with its qualifier: 近3500万元. */
const inUnit = (value: number, unit: string, locale: Locale, qualifier = 'exact') => factValueText({ value, unit, qualifier }, locale)

/** "2021–2025" for whole calendar years, else the exact dates ("2021.01.01–2021.06.30"). */
export function periodLabel(start: string, end: string): string {
  const [y0, y1] = [start.slice(0, 4), end.slice(0, 4)]
  if (start.endsWith('-01-01') && end.endsWith('-12-31')) return y0 === y1 ? y0 : `${y0}–${y1}`
  return `${start.replace(/-/g, '.')}–${end.replace(/-/g, '.')}`
}

/** Rounds to n significant figures: a computed figure should not look more precise than the one it is set beside. */
const sig = (v: number, n = 4) => Number(v.toPrecision(n))

/** Builds the table's lines: published value with its qualifier (近3500万元), computed ≈ value, and their difference. */
export function factLines(rows: PublishedRightsRow[], text: FactText): FactLine[] {
  const { locale } = text
  return rows.map((r) => {
    const partial = !(r.period_start.endsWith('-01-01') && r.period_end.endsWith('-12-31'))
    const c = r.computed
    const gap = c == null || partial ? null : c - r.value
    return {
      id: r.fact_id,
      region: r.region_code === CITY_CODE ? text.city : districtName(r.region_code, locale),
      metric: metricById(r.metric).label[locale],
      period: periodLabel(r.period_start, r.period_end),
      published: inUnit(r.value, r.unit, locale, r.qualifier),
      computedValue: c,
      computed: c == null ? '—' : `≈${inUnit(sig(c), r.unit, locale)}`,
      partial: c != null && partial,
      years: periodLabel(`${r.period_start.slice(0, 4)}-01-01`, `${r.period_end.slice(0, 4)}-12-31`),
      diff: gap == null ? '—' : `${gap > 0 ? '+' : ''}${inUnit(sig(gap, 3), r.unit, locale)}`,
      diffPct: gap == null || !r.value ? '' : formatYoY(gap / r.value, locale),
      sourceTitle: r.source_title,
      href: sourceHref(r.source_url),
    }
  })
}

/** Column labels of the table and its download. */
export interface FactColumns {
  region: string
  metric: string
  period: string
  published: string
  computed: string
  diff: string
  diffPct: string
  source: string
  url: string
}

/** The table as a download: display strings, the computed figure unrounded, and the source address. */
export function factsTable(title: string, lines: FactLine[], cols: FactColumns): ExportTable {
  const keys = ['region', 'metric', 'period', 'published', 'computed', 'diff', 'diffPct', 'source', 'url'] as const
  return {
    title,
    meta: [],
    columns: keys.map((key) => ({ key, label: cols[key] })),
    rows: lines.map((l) => ({
      region: l.region, metric: l.metric, period: l.period, published: l.published, computed: l.computedValue,
      diff: l.diff, diffPct: l.diffPct, source: l.sourceTitle, url: l.href ?? '',
    })),
  }
}
