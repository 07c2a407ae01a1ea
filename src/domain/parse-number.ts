// Parses numbers as written in Chinese statistical prose: "3.05万", "近3500万元", "20万余人次", "１，２３４".
import type { Qualifier } from './format'

/** Power of ten for each magnitude word. */
const MAG: Record<string, number> = { 千: 3, 万: 4, 百万: 6, 千万: 7, 亿: 8, 万亿: 12 }
/** Qualifier words written before the number. */
const PREFIX: Record<string, Qualifier> = {
  将近: 'nearly', 近: 'nearly', 大约: 'approx', 约: 'approx', 超过: 'over', 超: 'over', 逾: 'over', 目标: 'target',
}
/** Qualifier words written after the unit. */
const SUFFIX: Record<string, Qualifier> = { 左右: 'approx', 以上: 'over' }
/** Trailing unit / counting words, ignored except "%". Combos (万元, 亿元, 万人次) come from MAG + unit. */
const UNITS = ['人次', '元', '家', '个', '项', '场', '件', '名', '人', '期', '对', '次', '%']

/** Regex alternation, longest first so 万亿 wins over 万 and 人次 over 人. */
const alt = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).join('|')
const PATTERN = new RegExp(
  `^(${alt(Object.keys(PREFIX))})?([+-])?(\\d{1,3}(?:,\\d{3})+|\\d+)?(\\.\\d+)?` +
    `([余多])?(${alt(Object.keys(MAG))})?([余多])?(${alt(UNITS)})?(${alt(Object.keys(SUFFIX))})?$`,
)

/** Maps full-width characters and minus variants to ASCII, spaces between digits to ",", drops other spaces. */
function normalize(input: string): string {
  return input
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u2212\uFE63]/g, '-')
    .replace(/(\d)\s+(?=\d)/g, '$1,')
    .replace(/\s+/g, '')
}

/** Parses a Chinese-convention number with magnitude, unit and qualifier; null when it is not a number. */
export function parseChineseNumber(input: string): { value: number; qualifier: Qualifier } | null {
  if (typeof input !== 'string') return null
  const m = PATTERN.exec(normalize(input))
  if (!m) return null
  const [, pre, sign, int, frac, over1, mag, over2, unit, suf] = m
  if (int === undefined && frac === undefined) return null
  if (over1 && over2) return null // "30余万多" is not a number
  const found = new Set<Qualifier>()
  if (pre) found.add(PREFIX[pre])
  if (over1 || over2) found.add('over')
  if (suf) found.add(SUFFIX[suf])
  if (found.size > 1) return null // contradictory hedges such as "近30余"
  const exp = (mag ? MAG[mag] : 0) - (unit === '%' ? 2 : 0)
  // Shifting the decimal string (not multiplying) gives the nearest double: "3.05万" → 30500, no 30499.999….
  const digits = `${(int ?? '0').replace(/,/g, '')}${frac ?? ''}`
  const value = Number(`${sign === '-' ? '-' : ''}${digits}e${exp}`) + 0 // + 0 turns −0 into 0
  if (!Number.isFinite(value)) return null
  return { value, qualifier: found.size ? [...found][0] : 'exact' }
}
