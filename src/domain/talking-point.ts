import { districtName, ZONES } from './districts'
import { isWholeCity, selectedDistricts, type Filters } from './filters'
import { formatValue, type Locale } from './format'
import type { KpiSummary } from './kpi'
import { isMetricId, type MetricDef, type MetricId } from './metrics'
import { rankWords } from './coverage'
import { changePhrase, coverageWords } from './summary'

/** The metric each chart card is about, for its talking point; district comparisons take theirs from `metric=`. */
export const CARD_METRICS: Record<string, MetricId> = {
  'overview-trend': 'workshops_active',
  'workshops-active-by-level': 'workshops_active',
  'workshops-new-revoked': 'workshops_new',
  'workshops-by-industry': 'workshops_active',
  'workshops-alliances': 'alliances',
  'innovation-outputs': 'innovation_outputs',
  'innovation-benefit': 'innovation_benefit_yuan',
  'innovation-top': 'innovation_outputs',
  'innovation-districts': 'outputs_per_workshop',
  'training-programmes': 'training_person_times',
  'training-coverage': 'training_coverage',
  'training-competitions': 'competitions',
  'training-industries': 'competition_participants',
  'rights-cases': 'rights_cases',
  'rights-arrears': 'rights_recovered_yuan',
  'rights-districts': 'recovered_per_case',
}

/** The metric id a slide's card is about, or null when none applies (e.g. the KPI row). */
export function cardMetric(card: string, query: Record<string, string>): MetricId | null {
  if (card.startsWith('districts-') || card.startsWith('district-trend-')) return isMetricId(query.metric) ? query.metric : 'workshops_active'
  return CARD_METRICS[card] ?? null
}

/** 全市 / 密云区 / 生态涵养区 / 密云区等3个区, and the English equivalents. */
export function scopeName(f: Filters, locale: Locale): string {
  if (isWholeCity(f)) return locale === 'zh' ? '全市' : 'the city'
  const list = selectedDistricts(f)
  if (f.zone && !f.districts.length) return ZONES.find((z) => z.id === f.zone)![locale]
  const first = districtName(list[0]!, locale)
  if (list.length === 1) return first
  return locale === 'zh' ? `${first}等${list.length}个区` : `${first} and ${list.length - 1} other districts`
}

export interface TalkingPointInput {
  locale: Locale
  year: number
  scope: string
  metric: MetricDef
  summary: KpiSummary | null
  /** The leading district, named when the whole city is shown. */
  leader?: { name: string; value: number } | null
}

/** Where the leader leads: 全市, or only among the districts that reported. */
const leaderScope = (s: KpiSummary, locale: Locale) => (s.coverage && locale === 'zh' ? '已报送各区' : '全市')

const ordinal = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`

/** One sentence summarising a chart: "2025年密云区为职工挽回经济损失3500万元，同比增长8.2%，居全市第3位。" */
export function talkingPoint({ locale, year, scope, metric, summary, leader }: TalkingPointInput): string {
  const zh = locale === 'zh'
  const fmt = (v: number) => formatValue(v, metric.unit, locale, { unitWord: zh ? metric.unitWord : undefined })
  if (summary?.value == null) return zh ? `${year}年${scope}${metric.label.zh}暂无数据。` : `No ${metric.label.en.toLowerCase()} data for ${scope} in ${year}.`
  const change = changePhrase(summary, locale)
  const rank = summary.rank
  const value = fmt(summary.value) + coverageWords(summary, locale)
  const parts = zh
    ? [`${year}年${scope}${metric.phrase?.zh ?? `${metric.label.zh}为`}${value}`, change,
        rank && `居${rankWords(rank, locale)}`, leader && `其中${leader.name}居${leaderScope(summary, locale)}首位（${fmt(leader.value)}）`]
    : [`In ${year}, ${metric.label.en.toLowerCase()} in ${scope} stood at ${value}`, change,
        rank && (rank.of === rank.all ? `${ordinal(rank.rank)} of the ${rank.all} districts` : `${ordinal(rank.rank)} of the ${rank.of} districts with data`),
        leader && `led by ${leader.name} (${fmt(leader.value)})`]
  return parts.filter(Boolean).join(zh ? '，' : ', ') + (zh ? '。' : '.')
}
