import { describe, expect, it } from 'vitest'
import { acceptedYear, BUNDLED_YEARS, currentYear, defaultRange, firstFrom, spanYears } from './years'

describe('years from the data and the clock', () => {
  it('accepts 1990 … the current year, by the clock handed in', () => {
    const dec2026 = new Date(2026, 11, 1)
    expect(currentYear(dec2026)).toBe(2026)
    expect(acceptedYear(2026, dec2026)).toBe(true)
    expect(acceptedYear(2027, dec2026)).toBe(false)
    expect(acceptedYear(1990, dec2026)).toBe(true)
    expect(acceptedYear(1989, dec2026)).toBe(false)
    expect(acceptedYear(2025.5, dec2026)).toBe(false)
    expect(acceptedYear(2026, new Date(2025, 0, 1))).toBe(false)
  })
  it('defaults to the latest five years with data', () => {
    expect(defaultRange(BUNDLED_YEARS)).toEqual({ from: 2021, to: 2025 })
    expect(defaultRange({ min: 2016, max: 2026 })).toEqual({ from: 2022, to: 2026 })
    expect(defaultRange({ min: 2024, max: 2026 })).toEqual({ from: 2025, to: 2026 })
    expect(defaultRange({ min: 2026, max: 2026 })).toEqual({ from: 2026, to: 2026 })
  })
  it('starts a range one year after the data (同比 needs the year before), unless there is only one', () => {
    expect(firstFrom({ min: 2016, max: 2025 })).toBe(2017)
    expect(firstFrom({ min: 2026, max: 2026 })).toBe(2026)
    expect(spanYears({ min: 2024, max: 2026 })).toEqual([2024, 2025, 2026])
  })
})
