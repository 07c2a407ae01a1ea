import type { FactRow } from '../../data/queries/facts'
import { CITY_CODE, districtName } from '../../domain/districts'
import type { ExportTable } from '../../domain/export-table'
import { factPeriod, factValueText, sourceHref } from '../../domain/facts'
import { formatYoY, type Locale } from '../../domain/format'
import type { Reconciled, Status } from '../../domain/reconcile-status'

/** The translator the builders need (vue-i18n's `t`, or a stub in tests). */
export type Translate = (key: string, params?: Record<string, unknown>) => string

/** One row of the reconciliation table, every cell ready to show. */
export interface FactLine {
  id: string
  status: Status
  region: string
  body: string
  metric: string
  /** The source's own wording (label_zh). */
  label: string
  period: string
  /** The value as printed, with its qualifier: 近3500万元. */
  published: string
  sourceTitle: string
  /** A link only for http(s) sources; seed articles have a title and no address. */
  href: string | null
  computedValue: number | null
  computed: string
  /** What the computed figure covers: "2025年末", "2021–2025年合计". */
  basis: string
  diff: string
  diffPct: string
  /** Why a row is not compared, or what the dataset lacks. */
  reason: string
  fact: FactRow
  result: Reconciled
}

const OTHER_REGIONS: Record<string, string> = { [CITY_CODE]: 'facts.city', '100000': 'facts.country', '330000': 'facts.zhejiang' }

/** A region's name in the active language. */
export function regionName(code: string, fallback: string, t: Translate, locale: Locale): string {
  const key = OTHER_REGIONS[code]
  if (key) return t(key)
  const name = districtName(code, locale)
  return name === code ? fallback : name
}

/** Years as runs: [2007…2011] → "2007–2011", [2018, 2020] → "2018, 2020". */
export function yearsText(years: number[]): string {
  const runs: [number, number][] = []
  for (const y of years) {
    const last = runs[runs.length - 1]
    if (last && y === last[1] + 1) last[1] = y
    else runs.push([y, y])
  }
  return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ')
}

function basisText(r: Reconciled, t: Translate): string {
  if (!r.basis) return ''
  const { kind, from, to } = r.basis
  if (kind === 'level') return t('facts.basis.yearEnd', { year: to })
  if (from === to) return t('facts.basis.year', { year: to })
  return t(`facts.basis.${kind}`, { from, to })
}

/** Builds the table's lines from the facts and their reconciliation, in the facts' order. */
export function factLines(rows: FactRow[], results: Reconciled[], t: Translate, locale: Locale): FactLine[] {
  return rows.map((f, i) => {
    const r = results[i]!
    const inUnit = (v: number) => factValueText({ value: v, unit: f.unit, qualifier: 'exact' }, locale)
    const p = factPeriod(f)
    return {
      id: f.fact_id,
      status: r.status,
      region: regionName(f.region_code, f.region_zh, t, locale),
      body: f.body ?? '',
      metric: t(`facts.metrics.${f.metric}`),
      label: f.label_zh,
      period: t(`facts.period.${p.key}`, p.params),
      published: factValueText(f, locale),
      sourceTitle: f.source_title,
      href: sourceHref(f.source_url),
      computedValue: r.computed,
      computed: r.computed === null ? '—' : inUnit(r.computed),
      basis: basisText(r, t),
      diff: r.diff === null ? '—' : `${r.diff > 0 ? '+' : r.diff < 0 ? '−' : '±'}${inUnit(Math.abs(r.diff))}`,
      diffPct: r.diffPct === null ? '' : formatYoY(r.diffPct, locale),
      reason: r.reason === null ? '' : t(`facts.reasons.${r.reason}`, { years: yearsText(r.missingYears) }),
      fact: f,
      result: r,
    }
  })
}

/** The reconciliation as a download: display text plus the raw numbers, the source address and the status. */
export function reconciliationTable(title: string, lines: FactLine[], t: Translate): ExportTable {
  const keys = ['id', 'region', 'body', 'metric', 'label', 'period', 'published', 'value', 'qualifier', 'computed', 'basis', 'diff', 'diffPct', 'status', 'reason', 'source', 'url'] as const
  return {
    title,
    meta: [[t('facts.cols.status'), t('facts.tolerance')]],
    columns: keys.map((key) => ({ key, label: t(`facts.cols.${key}`) })),
    rows: lines.map((l) => ({
      id: l.id, region: l.region, body: l.body, metric: l.metric, label: l.label, period: l.period, published: l.published,
      value: l.fact.value, qualifier: l.fact.qualifier, computed: l.computedValue, basis: l.basis, diff: l.result.diff,
      diffPct: l.diffPct, status: t(`facts.status.${l.status}`), reason: l.reason, source: l.sourceTitle, url: l.href ?? '',
    })),
  }
}
