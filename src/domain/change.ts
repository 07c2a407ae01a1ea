import type { Locale } from './format'
import type { MetricDef } from './metrics'

/**
 * A year-on-year change. `relative`: (c − p) / |p| as a ratio (0.123 = +12.3%). `points`: the difference of two
 * rates in percentage points (−0.8 = 下降0.8个百分点), the Chinese statistical convention for a rate's 同比.
 */
export interface Change {
  kind: 'relative' | 'points'
  value: number
}

const MINUS = '\u2212'
const DASH = '\u2014'

/** Whether a metric is a rate (its catalogue unit is a ratio), whose 同比 is a difference in 百分点. */
export function changesInPoints(metric: Pick<MetricDef, 'unit'>): boolean {
  return metric.unit === 'ratio'
}

/** The 同比 of a metric: percentage points for a rate, a relative change otherwise; null without both years or from 0. */
export function yearOnYear(metric: Pick<MetricDef, 'unit'>, current: number | null | undefined, previous: number | null | undefined): Change | null {
  if (current == null || previous == null || !Number.isFinite(current) || !Number.isFinite(previous)) return null
  if (changesInPoints(metric)) return { kind: 'points', value: (current - previous) * 100 }
  if (previous === 0) return null
  return { kind: 'relative', value: (current - previous) / Math.abs(previous) }
}

/** The change in the unit it is shown in (percent or points), rounded to `digits`, so "flat" matches the text. */
function shown(change: Change, digits: number): number {
  const x = change.kind === 'points' ? change.value : change.value * 100
  const f = 10 ** digits
  return Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9) / f
}

/** Whether a change rounds to nothing at one decimal (0.0% or 0.0 pp). */
export function isFlat(change: Change): boolean {
  return shown(change, 1) === 0
}

const POINTS = { zh: '个百分点', en: ' pp' }

/** The magnitude with its unit and no sign: "12.3%", "0.8个百分点", "0.8 pp". */
function magnitude(change: Change, locale: Locale, digits: number): string {
  const body = Math.abs(shown(change, digits)).toFixed(digits)
  return change.kind === 'points' ? `${body}${POINTS[locale]}` : `${body}%`
}

/** A change with an explicit sign: "+12.3%", "−0.8个百分点", "−0.8 pp", "0.0%"; missing → "—". */
export function formatChange(change: Change | null | undefined, locale: Locale, digits = 1): string {
  if (!change || !Number.isFinite(change.value)) return DASH
  const s = shown(change, digits)
  return `${s > 0 ? '+' : s < 0 ? MINUS : ''}${magnitude(change, locale, digits)}`
}

const WORDS = { zh: { up: '增长', down: '下降', flat: '持平' }, en: { up: 'up', down: 'down', flat: 'flat' } }

/** The direction in words, never a bare sign: "增长12.3%", "下降0.8个百分点", "up 12.3%", "down 0.8 pp", "持平". */
export function changeWords(change: Change | null | undefined, locale: Locale): string | null {
  if (!change || !Number.isFinite(change.value)) return null
  const w = WORDS[locale]
  if (isFlat(change)) return w.flat
  const word = change.value > 0 ? w.up : w.down
  return locale === 'zh' ? `${word}${magnitude(change, locale, 1)}` : `${word} ${magnitude(change, locale, 1)}`
}

/** Whether a change is good news given which direction is better; a change that rounds to nothing is flat. */
export function changeDirection(change: Change | null | undefined, better: 'up' | 'down'): 'good' | 'bad' | 'flat' | 'none' {
  if (!change || !Number.isFinite(change.value)) return 'none'
  if (isFlat(change)) return 'flat'
  return change.value > 0 === (better === 'up') ? 'good' : 'bad'
}
