import { describe, expect, it } from 'vitest'
import { indexPanel, metricSeries, metricValue, perFactor, ranks } from './panel'
import { metricById } from './metrics'
import { kpiSummary } from './kpi'

const rows = [
  { measure: 'innovation_outputs', district_code: 'A', year: 2024, value: 100 },
  { measure: 'innovation_outputs', district_code: 'A', year: 2025, value: 120 },
  { measure: 'innovation_outputs', district_code: 'B', year: 2025, value: 30 },
  { measure: 'innovation_transformed', district_code: 'A', year: 2025, value: 60 },
  { measure: 'innovation_transformed', district_code: 'B', year: 2025, value: 30 },
  { measure: 'union_members', district_code: 'A', year: 2025, value: 20000 },
  { measure: 'union_members', district_code: 'B', year: 2025, value: 10000 },
  { measure: 'residents', district_code: 'A', year: 2025, value: 1_000_000 },
  { measure: 'innovation_outputs', district_code: 'C', year: 2025, value: 30 },
]
const panel = indexPanel(rows)
const outputs = metricById('innovation_outputs')
const rate = metricById('transformation_rate')

describe('metric values from the panel', () => {
  it('sums the selected districts', () => {
    expect(metricValue(panel, outputs, ['A', 'B'], 2025, 'none')).toBe(150)
  })
  it('divides sums, never averages ratios', () => {
    // (60 + 30) / (120 + 30) = 0.6, whereas the mean of 0.5 and 1 would be 0.75.
    expect(metricValue(panel, rate, ['A', 'B'], 2025, 'none')).toBeCloseTo(0.6)
  })
  it('normalises per 10k members and per 10k residents', () => {
    expect(metricValue(panel, outputs, ['A', 'B'], 2025, 'members')).toBeCloseTo(150 / 3)
    expect(metricValue(panel, outputs, ['A'], 2025, 'residents')).toBeCloseTo(1.2)
  })
  it('leaves rates and other ratios (per workshop, per case) un-normalised', () => {
    expect(metricValue(panel, rate, ['A'], 2025, 'members')).toBeCloseTo(0.5)
    const perWorkshop = indexPanel([
      { measure: 'innovation_outputs', district_code: 'A', year: 2025, value: 120 },
      { measure: 'workshops_active', district_code: 'A', year: 2025, value: 60 },
      { measure: 'residents', district_code: 'A', year: 2025, value: 1_000_000 },
    ])
    expect(metricValue(perWorkshop, metricById('outputs_per_workshop'), ['A'], 2025, 'residents')).toBe(2)
  })
  it('says "no data" (null) rather than zero', () => {
    expect(metricValue(panel, outputs, ['B'], 2024, 'none')).toBeNull()
    expect(metricValue(panel, outputs, ['A'], 2025, 'residents')).not.toBeNull()
    expect(metricValue(panel, outputs, ['B'], 2025, 'residents')).toBeNull()
  })
  it('builds a yearly series over the range', () => {
    expect(metricSeries(panel, outputs, ['A'], 2024, 2025, 'none')).toEqual([
      { year: 2024, value: 100 },
      { year: 2025, value: 120 },
    ])
  })
})

describe('ranks', () => {
  it('ranks best first, shares ties and leaves out districts without data', () => {
    const r = ranks(panel, outputs, ['A', 'B', 'C', 'D'], 2025, 'none')
    expect([...r.entries()]).toEqual([['A', 1], ['B', 2], ['C', 2]])
  })
})

describe('kpiSummary', () => {
  it('gives value, 同比, range total and rank of a single selected district', () => {
    const k = kpiSummary(panel, outputs, ['A'], ['A', 'B', 'C'], 2024, 2025, 'none')
    expect(k.value).toBe(120)
    expect(k.previous).toBe(100)
    expect(k.change?.kind).toBe('relative')
    expect(k.change?.value).toBeCloseTo(0.2)
    expect(k.total).toBe(220)
    expect(k.rank).toEqual({ rank: 1, of: 3, all: 3 })
  })
  it('has no rank for the whole city and no total for a rate', () => {
    const k = kpiSummary(panel, rate, [], ['A', 'B'], 2025, 2025, 'none')
    expect(k.rank).toBeNull()
    expect(k.total).toBeNull()
  })
})

describe('kpiParts', () => {
  it('splits the number from its unit in both languages', async () => {
    const { kpiParts } = await import('./kpi')
    expect(kpiParts(419280, metricById('training_person_times'), 'zh')).toEqual({ number: '41.93万', unit: '人次' })
    expect(kpiParts(419280, metricById('training_person_times'), 'en')).toEqual({ number: '419.28K', unit: 'person-times' })
    expect(kpiParts(352140000, metricById('rights_recovered_yuan'), 'zh')).toEqual({ number: '3.52亿', unit: '元' })
    expect(kpiParts(4930, metricById('workshops_active'), 'zh')).toEqual({ number: '4,930', unit: '家' })
    expect(kpiParts(null, metricById('workshops_active'), 'zh')).toEqual({ number: '—', unit: '' })
  })
})

describe('completion', () => {
  it('is value ÷ target, or target ÷ value where less is better, and null without both', async () => {
    const { completion } = await import('./kpi')
    expect(completion(877, 900, 'up')).toBeCloseTo(0.9744)
    expect(completion(50, 40, 'down')).toBeCloseTo(0.8)
    expect(completion(null, 900, 'up')).toBeNull()
    expect(completion(877, undefined, 'up')).toBeNull()
    expect(completion(877, 0, 'up')).toBeNull()
  })
})

describe('perFactor', () => {
  it('is 1 for totals and 10 000 ÷ the summed base when normalising; null without a base', () => {
    expect(perFactor(panel, 'none', ['A'], 2025)).toBe(1)
    expect(perFactor(panel, 'members', ['A', 'B'], 2025)).toBeCloseTo(10_000 / 30_000)
    expect(perFactor(panel, 'members', ['A'], 2024)).toBeNull()
    expect(perFactor(panel, 'residents', ['B'], 2025)).toBeNull()
  })
})
