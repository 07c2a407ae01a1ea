import { DISTRICT_CODES, districtName } from '../districts'
import { formatPercent, formatValue } from '../format'
import { formatChange } from '../change'
import { completion, kpiSummary, type KpiSummary } from '../kpi'
import { metricById, overviewFamilies, type Family, type MetricDef, type MetricId } from '../metrics'
import { metricSeries, metricValue, ranks, type Panel } from '../panel'
import { fastestGrowth, summarise } from '../summary'
import { talkingPoint } from '../talking-point'
import type { ReportBlock, ReportInput, ReportTable } from './types'

/** The metric each family's chart and district table are about. */
export const HEADLINE: Record<Family, MetricId> = {
  workshops: 'workshops_active',
  innovation: 'innovation_outputs',
  training: 'training_person_times',
  rights: 'rights_recovered_yuan',
}

/** The KPI summaries of some metrics, exactly as the overview's cards compute them. */
export function familyKpis(panel: Panel, ids: MetricId[], input: ReportInput): Map<string, KpiSummary> {
  const { from, to, per } = input.filters
  return new Map(ids.map((id) => [id, kpiSummary(panel, metricById(id), input.districts, DISTRICT_CODES, from, to, per)]))
}

/** The overview's summary sentences, from its own function, limited to some metrics (all of them for 总体情况). */
export function summarySentences(panel: Panel | null, kpis: Map<string, KpiSummary>, input: ReportInput): string[] {
  const whole = input.districts.length === 0
  const lead = panel && whole && kpis.has('workshops_new') ? fastestGrowth(panel, metricById('workshops_new'), DISTRICT_CODES, input.filters.to, 'none') : null
  return summarise({
    locale: input.locale, scope: input.scope, year: input.filters.to, kpis,
    leader: lead ? { name: districtName(lead.code, input.locale), change: lead.change } : null,
  })
}

/** One talking point per metric (value, 同比, rank or the leading district), and the target's completion where one is set. */
function points(panel: Panel, metric: MetricDef, summary: KpiSummary, input: ReportInput): string {
  const { locale, t } = input
  const { to, per, level } = input.filters
  const whole = input.districts.length === 0
  const rank = ranks(panel, metric, DISTRICT_CODES, to, per)
  const top = whole ? [...rank].find(([, r]) => r === 1)?.[0] : undefined
  const topValue = top ? metricValue(panel, metric, [top], to, per) : null
  const leader = top && topValue != null ? { name: districtName(top, locale), value: topValue } : null
  const sentence = talkingPoint({ locale, year: to, scope: input.scope, metric, summary, leader })
  // Targets are set for absolute figures of all levels, as on the KPI cards.
  const target = per === 'none' && level === 'all' ? input.targets.find((x) => x.metric === metric.id) : undefined
  const reached = completion(summary.value, target?.target, metric.better)
  if (!target || reached == null) return sentence
  const fmt = (v: number) => formatValue(v, metric.unit, locale, { unitWord: locale === 'zh' ? metric.unitWord : undefined })
  // An illustrative target says so, as its badge does on the card, whatever the dataset.
  const value = target.provenance === 'demo' ? `${fmt(target.target)}${locale === 'zh' ? `（${t('target.demo')}）` : ` (${t('target.demo')})`}` : fmt(target.target)
  return sentence + (locale === 'zh' ? '' : ' ') + t('report.target', { metric: metric.label[locale], target: value, completion: formatPercent(reached) })
}

/**
 * A figure for a sortable table cell: a plain grouped number (no 万/亿, which Word cannot sort), money in 万元.
 * The unit goes into the column header.
 */
function cellNumber(value: number | null, metric: MetricDef, input: ReportInput, digits: number): string {
  if (value == null) return '—'
  const money = metric.unit === 'yuan'
  return formatValue(money ? value / 10_000 : value, 'per10k', input.locale, { digits: money ? 2 : digits })
}

function unitText(metric: MetricDef, input: ReportInput): string {
  if (metric.unit === 'yuan') return input.t('report.yuanUnit')
  if (metric.unit === 'person-times') return input.locale === 'zh' ? '人次' : 'person-times'
  return input.locale === 'zh' ? metric.unitWord ?? '' : ''
}

/** The sixteen districts' value, rank, 同比 and per 10k members in the last year, and the city's total below. */
export function districtTable(panel: Panel, metric: MetricDef, n: number, input: ReportInput): { table: ReportTable; total: string } {
  const { t, locale } = input
  const { to, per } = input.filters
  const unit = unitText(metric, input)
  const head = (label: string) => (unit ? t('report.columns.value', { label, unit }) : label)
  const rank = ranks(panel, metric, DISTRICT_CODES, to, per)
  const row = (codes: string[]) => {
    const value = metricValue(panel, metric, codes, to, per)
    // 同比 in 百分点 for a rate, and none where the districts reporting differ between the years.
    const k = kpiSummary(panel, metric, codes, DISTRICT_CODES, to, to, per)
    const change = k.changeNote ? '—' : formatChange(k.change, locale)
    const per10k = cellNumber(metricValue(panel, metric, codes, to, 'members'), metric, input, 2)
    return { value: cellNumber(value, metric, input, per === 'none' ? 0 : 2), change, per10k }
  }
  const rows = DISTRICT_CODES.map((code) => {
    const r = row([code])
    return [districtName(code, locale), r.value, String(rank.get(code) ?? '—'), r.change, r.per10k]
  })
  const city = row(DISTRICT_CODES)
  const chosen = input.districts.map((code) => DISTRICT_CODES.indexOf(code)).filter((i) => i >= 0)
  const title = per === 'none' ? metric.label[locale] : `${metric.label[locale]} · ${t(`filters.pers.${per}`)}`
  return {
    table: {
      kind: 'table', id: `table-${metric.id}`, caption: t('report.table', { n, title, year: to }),
      header: [t('report.columns.district'), head(title), t('report.columns.rank'), t('report.columns.yoy'), head(t('report.columns.perMembers'))],
      rows, numeric: [false, true, true, true, true], highlight: chosen, widths: [18, 26, 16, 16, 24],
    },
    total: t('report.total', { value: `${city.value}${unit && locale === 'zh' ? unit : unit ? ` ${unit}` : ''}`, yoy: city.change, per: city.per10k }),
  }
}

/** A family's part: the overview's sentences, a talking point per KPI, the headline chart and the district table. */
export function familyBlocks(family: Family, panel: Panel, n: number, input: ReportInput): ReportBlock[] {
  const ids = overviewFamilies.find((x) => x.family === family)!.metricIds
  const kpis = familyKpis(panel, ids, input)
  const headline = metricById(HEADLINE[family])
  const { from, to, per } = input.filters
  const scopeCodes = input.districts.length ? input.districts : DISTRICT_CODES
  const { table, total } = districtTable(panel, headline, n, input)
  const sep = input.locale === 'zh' ? '' : ' '
  const summary = summarySentences(panel, kpis, input)
  return [
    ...(summary.length ? [{ kind: 'paragraph' as const, role: 'summary' as const, text: summary.join(sep) }] : []),
    { kind: 'paragraph', role: 'points', text: ids.map((id) => points(panel, metricById(id), kpis.get(id)!, input)).join(sep) },
    {
      kind: 'chart', id: `chart-${headline.id}`, metric: headline, name: input.scope,
      caption: input.t('report.chart', { n, title: `${input.scope} · ${input.t('overview.trend', { metric: headline.label[input.locale] })}` }),
      points: metricSeries(panel, headline, scopeCodes, from, to, per),
    },
    table,
    { kind: 'paragraph', role: 'total', text: total },
  ]
}
