import { formatValue, type Locale, type Qualifier, type UnitKind } from './format'

/** The fields of a published figure these helpers read. */
interface Fact {
  value: number
  unit: string
  qualifier: string
  period_kind: string
  period_start: string
  period_end: string
  source_url: string
}

const QUALIFIERS: Qualifier[] = ['exact', 'nearly', 'over', 'approx', 'target']

/** How a fact's counting word maps onto the formatter: 元 and 人次 are unit kinds, % is a ratio, the rest count. */
export function factUnit(unit: string): { kind: UnitKind; word?: string } {
  if (unit === '元') return { kind: 'yuan' }
  if (unit === '人次') return { kind: 'person-times' }
  if (unit === '%') return { kind: 'ratio' }
  return { kind: 'count', word: unit }
}

/** A published value as the source states it: 近3500万元, 5000余人次, 48个, 100%. */
export function factValueText(fact: Pick<Fact, 'value' | 'unit' | 'qualifier'>, locale: Locale): string {
  const { kind, word } = factUnit(fact.unit)
  const qualifier = QUALIFIERS.find((q) => q === fact.qualifier) ?? 'exact'
  const text = formatValue(fact.value, kind, locale, { qualifier, unitWord: word, digits: kind === 'ratio' ? 0 : 2 })
  // English has no counting words: keep the source's so "48" does not lose what it counts.
  return locale === 'en' && word ? `${text} ${word}` : text
}

/** The i18n key and parameters of a fact's period: 截至 a date, one day, a year, a range, or a target range. */
export function factPeriod(fact: Pick<Fact, 'period_kind' | 'period_start' | 'period_end'>): { key: string; params: Record<string, string> } {
  const { period_kind: kind, period_start: start, period_end: end } = fact
  if (kind === 'stock') return { key: 'stock', params: { date: end } }
  const wholeYears = start.endsWith('-01-01') && end.endsWith('-12-31')
  if (kind === 'year' && wholeYears && start.slice(0, 4) === end.slice(0, 4)) return { key: 'year', params: { year: start.slice(0, 4) } }
  const from = wholeYears ? start.slice(0, 4) : start
  const to = wholeYears ? end.slice(0, 4) : end
  if (kind !== 'target' && from === to) return wholeYears ? { key: 'year', params: { year: from } } : { key: 'day', params: { date: from } }
  return { key: kind === 'target' ? 'target' : 'range', params: { from, to } }
}

/** The link of a source when it is a web address (http or https); null for seed articles and anything else. */
export function sourceHref(url: string | null | undefined): string | null {
  return url && /^https?:\/\/[^\s]+$/i.test(url.trim()) ? url.trim() : null
}
