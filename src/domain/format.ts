// Number formatting with Chinese statistical conventions (万 / 亿) and an English fallback (K / M / B).
// Pure string arithmetic, no Intl: output is identical in Node and every browser.

/** Display locale: Chinese magnitudes (万/亿) or English (K/M/B). */
export type Locale = 'zh' | 'en'
/** How a figure is hedged in prose: exact, 近 nearly, 余 over, 约 approx, 目标 target. */
export type Qualifier = 'exact' | 'nearly' | 'over' | 'approx' | 'target'
/** What a number measures; decides the unit text that follows it. */
export type UnitKind = 'count' | 'yuan' | 'person-times' | 'ratio' | 'per10k'

const MINUS = '\u2212'
const DASH = '\u2014'
/** [lower bound, power of ten divided out, suffix], largest first. English K starts at 10,000. */
const STEPS: Record<Locale, [number, number, string][]> = {
  zh: [[1e12, 12, '万亿'], [1e8, 8, '亿'], [1e4, 4, '万'], [0, 0, '']],
  en: [[1e12, 12, 'T'], [1e9, 9, 'B'], [1e6, 6, 'M'], [1e4, 3, 'K'], [0, 0, '']],
}
const PREFIX: Record<Locale, Record<Qualifier, string>> = {
  zh: { exact: '', nearly: '近', approx: '约', over: '', target: '目标' },
  en: { exact: '', nearly: 'nearly ', approx: 'about ', over: 'over ', target: 'target ' },
}

/** Multiplies by 10^n on the shortest decimal form, so 14750 → 1.475 exactly, not 1.4749999…. */
function shift(x: number, n: number): number {
  const [m, e] = x.toExponential().split('e')
  return Number(`${m}e${Number(e) + n}`)
}
/** Rounds half away from zero to d decimals, decimal-exact (1.005 → 1.01). */
function roundTo(x: number, d: number): number {
  return Math.sign(x) * shift(Math.round(shift(Math.abs(x), d)), -d)
}
/** Inserts "," every three digits of the integer part of an unsigned decimal string. */
function group(s: string): string {
  const [int, frac] = s.split('.')
  const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return frac === undefined ? g : `${g}.${frac}`
}
/** Fixed decimals with grouping and a real minus sign; no zero trimming ("12.0"). */
function fixed(x: number, d: number): string {
  const r = roundTo(x, d)
  return (r < 0 ? MINUS : '') + group(Math.abs(r).toFixed(d))
}
/** Splits a finite value into sign, trimmed mantissa and magnitude suffix. */
function parts(value: number, locale: Locale, digits: number, grouped: boolean) {
  const steps = STEPS[locale]
  const abs = Math.abs(value)
  let i = steps.findIndex(([min]) => abs >= min)
  if (i < 0) i = steps.length - 1 // only reached for tiny values below every bound; never in practice
  let m = roundTo(shift(abs, -steps[i][1]), digits)
  // 99,999,999 rounds to "10000万": promote it to the next magnitude ("1亿").
  if (i > 0 && shift(m, steps[i][1]) >= steps[i - 1][0]) m = roundTo(shift(abs, -steps[--i][1]), digits)
  let num = m.toFixed(digits)
  if (num.includes('.')) num = num.replace(/0+$/, '').replace(/\.$/, '')
  const mag = steps[i][2]
  // Chinese convention: no grouping in front of 万/亿 ("1772.21亿").
  if (grouped && (mag === '' || locale === 'en')) num = group(num)
  return { sign: m > 0 && value < 0 ? MINUS : '', num, mag }
}

/** Short magnitude form: zh "4,862" / "3.05万" / "1772.21亿" / "1.2万亿", en "4,862" / "30.5K" / "177.22B"; invalid → "—". */
export function compact(value: number | null | undefined, locale: Locale, digits = 2): string {
  if (value == null || !Number.isFinite(value)) return DASH
  const p = parts(value, locale, digits, true)
  return p.sign + p.num + p.mag
}

/** Display string with unit and qualifier: "近3500万元", "20万余人次", "¥177.22B", "over 200K person-times", "48.2%". */
export function formatValue(
  value: number | null | undefined,
  unit: UnitKind,
  locale: Locale,
  opts: { digits?: number; qualifier?: Qualifier; unitWord?: string } = {},
): string {
  if (value == null || !Number.isFinite(value)) return DASH
  const q = opts.qualifier ?? 'exact'
  const zh = locale === 'zh'
  if (unit === 'ratio' || unit === 'per10k') {
    const body = unit === 'ratio' ? formatPercent(value, opts.digits ?? 1) : fixed(value, opts.digits ?? 1)
    // 余 cannot follow a percentage or a rate, so "over" reads 超 here.
    return (zh && q === 'over' ? '超' : PREFIX[locale][q]) + body
  }
  // Hedged Chinese figures are prose ("5000余人次"), written without a thousands separator.
  const p = parts(value, locale, opts.digits ?? 2, !zh || q === 'exact')
  const body = zh
    ? `${p.sign}${p.num}${p.mag}${q === 'over' ? '余' : ''}${unit === 'yuan' ? '元' : unit === 'person-times' ? '人次' : opts.unitWord ?? ''}`
    : `${p.sign}${unit === 'yuan' ? '¥' : ''}${p.num}${p.mag}${unit === 'person-times' ? ' person-times' : ''}`
  return PREFIX[locale][q] + body
}

/** A ratio as a percentage with fixed decimals: 0.482 → "48.2%"; invalid → "—". */
export function formatPercent(ratio: number | null | undefined, digits = 1): string {
  if (ratio == null || !Number.isFinite(ratio)) return DASH
  return `${fixed(shift(ratio, 2), digits)}%`
}

/** A change ratio with explicit sign: 0.123 → "+12.3%", −0.041 → "−4.1%", 0 → "0.0%"; same in both locales. */
export function formatYoY(ratio: number | null | undefined, _locale: Locale, digits = 1): string {
  if (ratio == null || !Number.isFinite(ratio)) return DASH
  const pct = roundTo(shift(ratio, 2), digits)
  return `${pct > 0 ? '+' : ''}${fixed(pct, digits)}%`
}

/** Year-on-year change (c − p) / |p|; null when either side is missing or previous is 0. */
export function yoy(current: number | null | undefined, previous: number | null | undefined): number | null {
  if (current == null || previous == null || !Number.isFinite(current) || !Number.isFinite(previous)) return null
  if (previous === 0) return null
  return (current - previous) / Math.abs(previous)
}

/** Whether a change is good news given which direction is better; |ratio| < 0.0005 is flat. */
export function yoyDirection(ratio: number | null | undefined, betterWhen: 'up' | 'down'): 'good' | 'bad' | 'flat' | 'none' {
  if (ratio == null || !Number.isFinite(ratio)) return 'none'
  if (Math.abs(ratio) < 0.0005) return 'flat'
  return ratio > 0 === (betterWhen === 'up') ? 'good' : 'bad'
}
