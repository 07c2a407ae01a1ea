import { describe, expect, it } from 'vitest'
import { acceptable, TOLERANCES, withinTolerance } from './tolerance'

describe('tolerance by qualifier', () => {
  it('exact: ±1% for large figures, exact for small counts', () => {
    expect(acceptable(877, 'exact')).toEqual([877 * 0.99, 877 * 1.01])
    expect(withinTolerance(885, 877, 'exact')).toBe(true)
    expect(withinTolerance(886, 877, 'exact')).toBe(false)
    expect(withinTolerance(30, 30, 'exact')).toBe(true)
    expect(withinTolerance(29, 30, 'exact')).toBe(false)
    expect(withinTolerance(31, 30, 'exact')).toBe(false)
  })

  it('近: up to 10% below, never above by more than rounding', () => {
    expect(withinTolerance(34_380_000, 35_000_000, 'nearly')).toBe(true) // ≈3438万 for 近3500万
    expect(withinTolerance(31_400_000, 35_000_000, 'nearly')).toBe(false)
    expect(withinTolerance(5_040, 5_000, 'nearly')).toBe(true)
    expect(withinTolerance(5_100, 5_000, 'nearly')).toBe(false)
  })

  it('余/超: a floor, at most ~20% above it', () => {
    expect(withinTolerance(210_400, 200_000, 'over')).toBe(true)
    expect(withinTolerance(195_000, 200_000, 'over')).toBe(false)
    expect(withinTolerance(241_000, 200_000, 'over')).toBe(false)
    expect(withinTolerance(36, 30, 'over')).toBe(true)
    expect(withinTolerance(29, 30, 'over')).toBe(false)
  })

  it('约: ±5%; a target is never compared; an unknown qualifier reads as exact', () => {
    expect(withinTolerance(1_049_000, 1_000_000, 'approx')).toBe(true)
    expect(withinTolerance(940_000, 1_000_000, 'approx')).toBe(false)
    expect(TOLERANCES.target).toBeNull()
    expect(acceptable(2000, 'target')).toBeNull()
    expect(withinTolerance(2000, 2000, 'target')).toBe(false)
    expect(acceptable(877, 'weird')).toEqual(acceptable(877, 'exact'))
  })
})
