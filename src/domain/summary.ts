import type { Per } from './filters'
import { formatValue, type Locale } from './format'
import type { KpiSummary } from './kpi'
import { metricById, type MetricDef, type MetricId } from './metrics'
import { metricValue, type Panel } from './panel'
import { changeWords, yearOnYear, type Change } from './change'

/** The district whose metric grew fastest year on year (among those with data both years). */
export function fastestGrowth(panel: Panel, metric: MetricDef, districts: string[], year: number, per: Per) {
  let best: { code: string; change: Change } | null = null
  for (const code of districts) {
    const change = yearOnYear(metric, metricValue(panel, metric, [code], year, per), metricValue(panel, metric, [code], year - 1, per))
    if (change != null && (!best || change.value > best.change.value)) best = { code, change }
  }
  return best
}

export interface SummaryInput {
  locale: Locale
  /** 全市, 密云区… (in English a phrase that reads inside a sentence: "the city", "Miyun") */
  scope: string
  year: number
  kpis: Map<string, KpiSummary>
  /** The fastest-growing district for new workshops, when the whole city is shown. */
  leader?: { name: string; change: Change } | null
  /** Names of the families the dataset has no tables for, said once at the end. */
  missing?: string[]
}

const NOTE = {
  zh: { 'previous-incomplete': '上年数据不全，不计同比', 'current-incomplete': '本年数据不全，不计同比' },
  en: { 'previous-incomplete': "no year-on-year change: last year's data incomplete", 'current-incomplete': "no year-on-year change: this year's data incomplete" },
}

/** "（16区中2区已报送）" / " (2 of 16 districts reported)" after a figure not every district reported. */
export function coverageWords(k: Pick<KpiSummary, 'coverage'> | undefined, locale: Locale): string {
  const c = k?.coverage
  if (!c) return ''
  return locale === 'zh' ? `（${c.of}区中${c.reported}区已报送）` : ` (${c.reported} of ${c.of} districts reported)`
}

/** "同比增长6.7%" / "up 6.7% year on year", the note when the years are not comparable, or null. */
export function changePhrase(k: Pick<KpiSummary, 'change' | 'changeNote'> | undefined, locale: Locale): string | null {
  if (k?.changeNote) return NOTE[locale][k.changeNote]
  const words = changeWords(k?.change, locale)
  if (!words) return null
  return locale === 'zh' ? `同比${words}` : `${words} year on year`
}

/**
 * 3–6 sentences stating the period's biggest movements, from the same numbers as the KPI cards. The year and
 * scope always lead, even when the dataset lacks the workshops that the first sentence is about.
 */
export function summarise({ locale, scope, year, kpis, leader, missing = [] }: SummaryInput): string[] {
  const zh = locale === 'zh'
  const v = (id: MetricId) => {
    const k = kpis.get(id)
    const m = metricById(id)
    return k?.value == null ? null : formatValue(k.value, m.unit, locale, { unitWord: zh ? m.unitWord : undefined }) + coverageWords(k, locale)
  }
  const out: string[] = []
  const push = (...parts: (string | null | false)[]) => {
    if (parts.every((p) => p !== null && p !== false)) out.push(parts.join(''))
  }
  // A change with no previous year (e.g. an import of one year) is left out, never printed as "null".
  const yz = (id: MetricId) => { const c = changePhrase(kpis.get(id), locale); return c ? `，${c}` : '' }
  const ye = (id: MetricId) => { const c = changePhrase(kpis.get(id), locale); return c ? ` (${c})` : '' }
  const lead = zh ? `${year}年${scope}` : `In ${year}, `
  // The Chinese wording is the catalogue's: its label, or the phrase a sentence uses.
  const label = (id: MetricId) => metricById(id).label.zh
  const phrase = (id: MetricId) => metricById(id).phrase?.zh ?? label(id)
  push(zh ? `${lead}${label('workshops_active')}` : `${lead}${scope} had `, v('workshops_active'),
    zh ? `${yz('workshops_active')}，其中市级及以上` : ` active workshops${ye('workshops_active')}, of which `,
    v('workshops_city_plus'), zh ? '。' : ' at city level or above.')
  // Whichever sentence comes first carries the year and scope, even when the workshops' one is missing.
  const say = (zhText: string, enText: string) => {
    if (out.length) return zh ? zhText : enText
    return zh ? `${lead}${zhText.replace(/^全年/, '')}` : `In ${year} in ${scope}, ${enText.charAt(0).toLowerCase()}${enText.slice(1)}`
  }
  push(say(`全年${label('workshops_new')}`, 'Newly named workshops: '), v('workshops_new'), zh ? yz('workshops_new') : ye('workshops_new'),
    leader ? (zh ? `，${leader.name}增幅居全市第一（${changeWords(leader.change, locale)}）` : `; ${leader.name} grew fastest (${changeWords(leader.change, locale)})`) : '',
    zh ? '。' : '.')
  push(say(`产生${label('innovation_outputs')}`, 'Workshops produced '), v('innovation_outputs'), zh ? `，${label('transformation_rate')}` : ' outputs, a transformation rate of ',
    v('transformation_rate'), zh ? yz('transformation_rate') : ye('transformation_rate'),
    zh ? `，${label('innovation_benefit_yuan')}` : ' and an economic benefit of ', v('innovation_benefit_yuan'), zh ? '。' : '.')
  push(say(phrase('training_person_times'), 'Training reached '), v('training_person_times'), zh ? yz('training_person_times') : ye('training_person_times'),
    zh ? `，${label('training_coverage')}` : ', coverage ', v('training_coverage'), zh ? yz('training_coverage') : ye('training_coverage'), zh ? '。' : '.')
  push(say(phrase('rights_recovered_yuan'), 'Money recovered for workers: '), v('rights_recovered_yuan'),
    zh ? `${yz('rights_recovered_yuan')}。` : `${ye('rights_recovered_yuan')}.`)
  if (missing.length) {
    const list = missing.join(zh ? '、' : ', ')
    out.push(out.length ? (zh ? `当前数据集不含${list}数据。` : `The dataset has no figures on ${list}.`)
      : zh ? `${lead}：当前数据集不含${list}数据。` : `In ${year} in ${scope}: the dataset has no figures on ${list}.`)
  }
  return out
}
