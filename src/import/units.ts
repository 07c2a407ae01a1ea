import type { Bilingual, ColumnSpec } from './schema'

/** A unit as a header or a unit line names it: its word, the factor to base units, and what it measures. */
export interface Unit { word: string; factor: number; money: boolean }

const MULTIPLIER: Record<string, number> = { '': 1, 十: 10, 百: 100, 千: 1000, 万: 10_000, 十万: 100_000, 百万: 1_000_000, 千万: 10_000_000, 亿: 100_000_000 }
const BASES = ['人次', '元', '人', '件', '个', '家', '项', '场', '次', '期', '名', '户', '笔']
const WORD = new RegExp(`^(十万|百万|千万|十|百|千|万|亿)?(${BASES.join('|')})$`)

/** Reads a unit word such as 万元, 万人次, 件; null when the text is not one. */
export function parseUnit(text: string): Unit | null {
  const m = WORD.exec(text.normalize('NFKC').replace(/\s+/g, ''))
  if (!m) return null
  return { word: m[0], factor: MULTIPLIER[m[1] ?? '']!, money: m[2] === '元' }
}

/** The unit a header carries, "挽回经济损失（万元）" or "金额(亿元)", and the header without it. */
export function headerUnit(header: string): { unit: Unit | null; name: string } {
  const s = header.normalize('NFKC').trim()
  const m = /^(.*?)[(\[]([^()[\]]*)[)\]]\s*$/.exec(s)
  if (m) {
    const inner = m[2]!.replace(/^单位[:：]?/, '')
    const unit = parseUnit(inner)
    if (unit) return { unit, name: m[1]!.trim() }
  }
  // A unit written straight after the name, as in "经济效益万元".
  const tail = /(万元|亿元|千元|万人次)$/.exec(s)
  if (tail && s.length > tail[0].length) return { unit: parseUnit(tail[0]), name: s.slice(0, -tail[0].length) }
  return { unit: null, name: s }
}

/** A unit line such as "金额单位：万元", "单位：万人次" or "填报单位：密云区总工会  金额单位：万元": its units. */
export function unitLine(text: string): { money: Unit | null; other: Unit | null } | null {
  const s = text.normalize('NFKC')
  let money: Unit | null = null
  let other: Unit | null = null
  for (const m of s.matchAll(/(金额|计量)?单位[:：]\s*([^\s,;，；、]+)/g)) {
    if (m[1] === undefined && /填报|填表|报送|制表/.test(s.slice(Math.max(0, m.index! - 2), m.index!))) continue
    const unit = parseUnit(m[2]!)
    if (!unit) continue
    if (m[1] === '金额' || unit.money) money = unit
    else other = unit
  }
  return money || other ? { money, other } : null
}

/** How a column's values are scaled: by its header's unit, else by the sheet's unit line; or why the unit cannot be. */
export type Scaling = { factor: number; word: string; from: 'header' | 'line' } | { error: Bilingual } | null

/** The scaling of one column: a money unit fits only a yuan column, any other unit only a count. */
export function scaling(col: ColumnSpec, header: Unit | null, line: { money: Unit | null; other: Unit | null } | null): Scaling {
  const numeric = col.type === 'yuan' || col.type === 'count' || col.type === 'number'
  if (!numeric) return null
  const isMoney = col.type === 'yuan'
  if (header) {
    if (header.money !== isMoney && col.type !== 'number') {
      return { error: { zh: `单位“${header.word}”与该列不符（应为${isMoney ? '元、万元或亿元' : col.unit?.zh ?? '数量'}）`, en: `the unit ${header.word} does not fit this column (expected ${isMoney ? 'yuan, 万元 or 亿元' : col.unit?.en ?? 'a count'})` } }
    }
    return header.factor === 1 ? null : { factor: header.factor, word: header.word, from: 'header' }
  }
  const fromLine = isMoney ? line?.money : line?.other
  return fromLine && fromLine.factor !== 1 ? { factor: fromLine.factor, word: fromLine.word, from: 'line' } : null
}
