import type { Per } from './filters'
import { formatPercent, formatValue, type Locale } from './format'
import type { KpiSummary } from './kpi'
import { metricById, type MetricDef } from './metrics'
import { metricValue, type Panel } from './panel'
import { yoy } from './format'

/** The district whose metric grew fastest year on year (among those with data both years). */
export function fastestGrowth(panel: Panel, metric: MetricDef, districts: string[], year: number, per: Per) {
  let best: { code: string; change: number } | null = null
  for (const code of districts) {
    const change = yoy(metricValue(panel, metric, [code], year, per), metricValue(panel, metric, [code], year - 1, per))
    if (change != null && (!best || change > best.change)) best = { code, change }
  }
  return best
}

export interface SummaryInput {
  locale: Locale
  /** 全市, 密云区… */
  scope: string
  year: number
  kpis: Map<string, KpiSummary>
  /** The fastest-growing district for new workshops, when the whole city is shown. */
  leader?: { name: string; change: number } | null
}

const WORDS = {
  zh: { up: '增长', down: '下降', flat: '持平', sep: '，', end: '。' },
  en: { up: 'up', down: 'down', flat: 'flat', sep: ', ', end: '.' },
}

/** "增长12.3%" / "up 12.3%": the direction in words, never a bare sign. */
export function changeWords(change: number | null, locale: Locale): string | null {
  if (change == null) return null
  const w = WORDS[locale]
  if (Math.abs(change) < 0.0005) return w.flat
  const pct = formatPercent(Math.abs(change))
  return locale === 'zh' ? `${change > 0 ? w.up : w.down}${pct}` : `${change > 0 ? w.up : w.down} ${pct}`
}

/** 3–5 sentences stating the period's biggest movements, from the same numbers as the KPI cards. */
export function summarise({ locale, scope, year, kpis, leader }: SummaryInput): string[] {
  const v = (id: string) => {
    const k = kpis.get(id)
    const m = metricById(id)
    return k?.value == null ? null : formatValue(k.value, m.unit, locale, { unitWord: locale === 'zh' ? m.unitWord : undefined })
  }
  const c = (id: string) => changeWords(kpis.get(id)?.yoy ?? null, locale)
  const zh = locale === 'zh'
  const out: string[] = []
  const push = (...parts: (string | null | false)[]) => {
    if (parts.every((p) => p !== null && p !== false)) out.push(parts.join(''))
  }
  // A change with no previous year (e.g. an import of one year) is left out, never printed as "null".
  const yz = (id: string) => (c(id) ? `，同比${c(id)}` : '')
  const ye = (id: string, suffix = '') => (c(id) ? ` (${c(id)}${suffix})` : '')
  push(zh ? `${year}年${scope}在册职工创新工作室` : `In ${year}, ${scope} had `, v('workshops_active'),
    zh ? `${yz('workshops_active')}，其中市级及以上` : ` active workshops${ye('workshops_active', ' year on year')}, of which `,
    v('workshops_city_plus'), zh ? '。' : ' at city level or above.')
  push(zh ? `全年新命名工作室` : 'Newly named workshops: ', v('workshops_new'), zh ? yz('workshops_new') : ye('workshops_new'),
    leader ? (zh ? `，${leader.name}增幅居全市第一（${changeWords(leader.change, locale)}）` : `; ${leader.name} grew fastest (${changeWords(leader.change, locale)})`) : '',
    zh ? '。' : '.')
  push(zh ? '产生创新成果' : 'Workshops produced ', v('innovation_outputs'), zh ? '，成果转化率' : ' outputs, a transformation rate of ',
    v('transformation_rate'), zh ? '，创造经济效益' : ' and an economic benefit of ', v('innovation_benefit_yuan'), zh ? '。' : '.')
  push(zh ? '技能培训覆盖职工' : 'Training reached ', v('training_person_times'), zh ? yz('training_person_times') : ye('training_person_times'),
    zh ? '，培训覆盖率' : ', coverage ', v('training_coverage'), zh ? '。' : '.')
  push(zh ? '为职工挽回经济损失' : 'Money recovered for workers: ', v('rights_recovered_yuan'),
    zh ? `${yz('rights_recovered_yuan')}。` : `${ye('rights_recovered_yuan')}.`)
  return out
}
