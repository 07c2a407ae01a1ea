import { describe, expect, it } from 'vitest'
import { comparableChange, coverage, rankWords, reporting, valueOrZero } from './coverage'
import { kpiSummary } from './kpi'
import { metricById } from './metrics'
import { indexPanel, rankAmong } from './panel'

const recovered = metricById('rights_recovered_yuan')
const rate = metricById('transformation_rate')
const row = (measure: string, district_code: string, year: number, value: number) => ({ measure, district_code, year, value })

// An import of two districts for 2025 and only one of them for 2024, as a steward's first file might be.
const partial = indexPanel([
  row('rights_recovered_yuan', '110118', 2024, 30e6),
  row('rights_recovered_yuan', '110118', 2025, 35e6),
  row('rights_recovered_yuan', '110116', 2025, 12e6),
])
const SIXTEEN = ['110101', '110102', '110105', '110106', '110107', '110108', '110109', '110111', '110112', '110113', '110114', '110115', '110116', '110117', '110118', '110119']

describe('同比 only over the same districts in both years', () => {
  it('refuses to compare two districts this year with one last year', () => {
    expect(comparableChange(partial, recovered, SIXTEEN, 2025, 'none')).toEqual({ change: null, note: 'previous-incomplete' })
  })
  it('compares a district that reported both years', () => {
    const c = comparableChange(partial, recovered, ['110118'], 2025, 'none')
    expect(c.note).toBeNull()
    expect(c.change?.value).toBeCloseTo(35 / 30 - 1, 12)
  })
  it('says so when this year has fewer districts than last', () => {
    const shrunk = indexPanel([row('rights_recovered_yuan', 'A', 2024, 1), row('rights_recovered_yuan', 'B', 2024, 1), row('rights_recovered_yuan', 'A', 2025, 2)])
    expect(comparableChange(shrunk, recovered, ['A', 'B'], 2025, 'none').note).toBe('current-incomplete')
  })
  it('gives no 同比 and no note when last year has no data at all', () => {
    const oneYear = indexPanel([row('rights_recovered_yuan', 'A', 2025, 2)])
    expect(comparableChange(oneYear, recovered, ['A'], 2025, 'none')).toEqual({ change: null, note: null })
  })
  it('needs both parts of a rate from a district, and compares rates in points', () => {
    const p = indexPanel([
      row('innovation_outputs', 'A', 2024, 100), row('innovation_transformed', 'A', 2024, 50),
      row('innovation_outputs', 'A', 2025, 100), row('innovation_transformed', 'A', 2025, 48),
    ])
    expect(reporting(p, rate, ['A', 'B'], 2025, 'none')).toEqual(['A'])
    expect(comparableChange(p, rate, ['A', 'B'], 2025, 'none').change?.kind).toBe('points')
    expect(comparableChange(p, rate, ['A', 'B'], 2025, 'none').change?.value).toBeCloseTo(-2, 10)
  })
  it('counts a workshop list without a row in a year as zero, not as unreported', () => {
    const named = metricById('workshops_new')
    const p = indexPanel([row('workshops_new', 'A', 2024, 3), row('workshops_new', 'B', 2024, 1), row('workshops_new', 'A', 2025, 4)])
    expect(reporting(p, named, ['A', 'B', 'C'], 2025, 'none')).toEqual(['A', 'B'])
    expect(comparableChange(p, named, ['A', 'B'], 2025, 'none').change?.value).toBeCloseTo(0)
  })
})

describe('coverage and ranks among the districts with data', () => {
  it('says how many of the districts in scope reported', () => {
    expect(coverage(partial, recovered, SIXTEEN, 2025, 'none')).toEqual({ reported: 2, of: 16 })
    expect(coverage(partial, recovered, ['110118'], 2025, 'none')).toBeNull()
  })
  it('ranks 密云 among the 2 districts with data, not among 16', () => {
    expect(rankAmong(partial, recovered, SIXTEEN, 2025, 'none', '110118')).toEqual({ rank: 1, of: 2, all: 16 })
    expect(rankAmong(partial, recovered, SIXTEEN, 2025, 'none', '110101')).toBeNull()
    expect(rankWords({ rank: 1, of: 2, all: 16 }, 'zh')).toBe('2区中第1位')
    expect(rankWords({ rank: 3, of: 16, all: 16 }, 'zh')).toBe('全市第3位')
    expect(rankWords({ rank: 1, of: 2, all: 16 }, 'en')).toBe('Rank 1 of 2 districts with data')
  })
  it('puts all of it on the KPI summary', () => {
    const city = kpiSummary(partial, recovered, [], SIXTEEN, 2021, 2025, 'none')
    expect(city.value).toBe(47e6)
    expect(city.change).toBeNull()
    expect(city.changeNote).toBe('previous-incomplete')
    expect(city.coverage).toEqual({ reported: 2, of: 16 })
    const miyun = kpiSummary(partial, recovered, ['110118'], SIXTEEN, 2025, 2025, 'none')
    expect(miyun.rank).toEqual({ rank: 1, of: 2, all: 16 })
    expect(miyun.coverage).toBeNull()
    // A one-year range has no range total beside the yearly value.
    expect(miyun.total).toBeNull()
  })
})

describe('zero, not blank', () => {
  it('reads a list relation without a row as 0, a missing return as no data', () => {
    const p = indexPanel([row('workshops_revoked', 'A', 2025, 2), row('rights_recovered_yuan', 'A', 2025, 5)])
    expect(valueOrZero(p, metricById('workshops_revoked'), 'B', 2025, 'none')).toBe(0)
    expect(valueOrZero(p, metricById('workshops_revoked'), 'A', 2025, 'none')).toBe(2)
    expect(valueOrZero(p, recovered, 'B', 2025, 'none')).toBeNull()
    expect(valueOrZero(indexPanel([]), metricById('workshops_revoked'), 'B', 2025, 'none')).toBeNull()
  })
})
