/**
 * How far a computed figure may sit from a published one before the row is flagged, by the published qualifier.
 * Bounds are relative to the published value v; `rounding` is the slack every printed figure needs.
 */

/** The acceptable range of a computed value, as factors of the published value (null: not compared). */
export interface Tolerance {
  /** Lowest acceptable computed value ÷ v. */
  below: number
  /** Highest acceptable computed value ÷ v. */
  above: number
}

/**
 * Printed figures are rounded (3.05万, 1772.21亿, 877): 1% covers rounding to three significant digits and the
 * gap between a year-end panel and an as-of date, yet is smaller than the share of the smallest district, so
 * a district missing from an import still shows. Bounds are never tighter than ±0.5, so a small count (30场)
 * simply has to match.
 */
export const ROUNDING = 0.01

/** One table: what each qualifier means for the computed value, and why. */
export const TOLERANCES: Record<string, Tolerance | null> = {
  // A plain number: as printed, give or take rounding.
  exact: { below: 1 - ROUNDING, above: 1 + ROUNDING },
  // 近 (近5000, 近3500万元): just below the value. Sources round up to a round number from up to ~10% below,
  // never from above, so the computed figure may be 10% lower but not higher than rounding allows.
  nearly: { below: 0.9, above: 1 + ROUNDING },
  // 余/超/多/以上 (30余场, 超5000人次): a floor. The computed figure must reach it (less rounding) and, since
  // sources pick the nearest round floor, should not exceed it by more than ~20%.
  over: { below: 1 - ROUNDING, above: 1.2 },
  // 约/左右: about the value; ±5% is as loose as "about" reads for a round figure.
  approx: { below: 0.95, above: 1.05 },
  // 目标/计划: a plan, not an achievement: never compared with actuals.
  target: null,
}

/** The acceptable [low, high] range for a published value and qualifier; null when it is never compared. */
export function acceptable(value: number, qualifier: string): [number, number] | null {
  const tol = qualifier in TOLERANCES ? TOLERANCES[qualifier] : TOLERANCES.exact!
  if (!tol) return null
  const slack = 0.5
  return [Math.min(value * tol.below, value - slack), Math.max(value * tol.above, value + slack)]
}

/** Whether a computed value agrees with a published one under the qualifier (false for targets). */
export function withinTolerance(computed: number, value: number, qualifier: string): boolean {
  const range = acceptable(value, qualifier)
  return range !== null && computed >= range[0] && computed <= range[1]
}
