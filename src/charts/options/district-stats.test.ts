import { describe, expect, it } from 'vitest'
import { DISTRICT_CODES } from '../../domain/districts'
import { metricById } from '../../domain/metrics'
import { indexPanel } from '../../domain/panel'
import { districtStats, districtTip, isCount, rankChangeText, referenceValue, shortValue, valueText } from './district-stats'

const outputs = metricById('innovation_outputs')
const rate = metricById('transformation_rate')
// Three districts with data; 110101 and 110102 tie in 2025; 110105 has nothing in 2025.
const panel = indexPanel([
  { measure: 'innovation_outputs', district_code: '110101', year: 2024, value: 50 },
  { measure: 'innovation_outputs', district_code: '110101', year: 2025, value: 100 },
  { measure: 'innovation_outputs', district_code: '110102', year: 2024, value: 80 },
  { measure: 'innovation_outputs', district_code: '110102', year: 2025, value: 100 },
  { measure: 'innovation_outputs', district_code: '110106', year: 2024, value: 90 },
  { measure: 'innovation_outputs', district_code: '110106', year: 2025, value: 40 },
  { measure: 'innovation_outputs', district_code: '110105', year: 2024, value: 70 },
  { measure: 'innovation_transformed', district_code: '110101', year: 2025, value: 50 },
  { measure: 'innovation_transformed', district_code: '110102', year: 2025, value: 10 },
  { measure: 'innovation_transformed', district_code: '110106', year: 2025, value: 40 },
  { measure: 'innovation_transformed', district_code: '110106', year: 2024, value: 45 },
])

describe('districtStats', () => {
  const stats = new Map(districtStats(panel, outputs, 2025, 'none').map((s) => [s.code, s]))
  it('covers all 16 districts, ties share a rank and a district without data is not ranked', () => {
    expect(stats.size).toBe(16)
    expect(stats.get('110101')!.rank).toBe(1)
    expect(stats.get('110102')!.rank).toBe(1)
    expect(stats.get('110106')!.rank).toBe(3)
    expect(stats.get('110105')).toMatchObject({ value: null, rank: null, previousRank: 3 })
  })
  it('keeps last year’s rank and the 同比', () => {
    expect(stats.get('110101')).toMatchObject({ previous: 50, previousRank: 4, change: { kind: 'relative', value: 1 } })
    expect(rankChangeText(stats.get('110101')!)).toBe('↑3')
    expect(rankChangeText(stats.get('110106')!)).toBe('↓2')
  })
})

describe('references and texts', () => {
  it('averages districts with data for counts, aggregates for ratios', () => {
    expect(isCount(outputs, 'none')).toBe(true)
    expect(isCount(outputs, 'members')).toBe(false)
    expect(referenceValue(panel, outputs, DISTRICT_CODES, 2025, 'none')).toBe(80) // (100 + 100 + 40) / 3, never / 16
    expect(referenceValue(panel, rate, DISTRICT_CODES, 2025, 'none')).toBeCloseTo(100 / 240)
  })
  it('writes values with Chinese units, normalised ones with their suffix', () => {
    expect(valueText(35_000, outputs, 'none', 'zh', '')).toBe('3.5万项')
    expect(valueText(0.482, rate, 'members', 'zh', '/万名会员')).toBe('48.2%')
    expect(valueText(12.345, outputs, 'members', 'zh', '/万名会员')).toBe('12.35项/万名会员')
    expect(valueText(null, outputs, 'members', 'zh', '/万名会员')).toBe('—')
    expect(shortValue(12_345, outputs, 'zh')).toBe('1.2万')
    expect(rankChangeText({ rank: 2, previousRank: 2 })).toBe('—')
    expect(rankChangeText({ rank: 2, previousRank: null })).toBe('')
  })
  it('escapes the name in the tooltip and shows rank among the districts with data and 同比', () => {
    const stat = districtStats(panel, outputs, 2025, 'none').find((s) => s.code === '110101')
    const input = { panel, metric: outputs, year: 2025, per: 'none' as const, locale: 'zh' as const, selected: [], perLabel: '' }
    const html = districtTip('<b>东城</b>', stat, input, { value: '数值', rank: '全市排名', yoy: '同比', noData: '无数据' })
    expect(html).toContain('&lt;b&gt;东城&lt;/b&gt;')
    // Three districts have 2025 data: first of 3, never "of 16".
    expect(html).toContain('1/3')
    expect(html).toContain('+100.0%')
    expect(html).toContain(outputs.definition.zh)
    const rateStat = districtStats(panel, rate, 2025, 'none').find((s) => s.code === '110106')
    // 45/90 → 40/40: up 50 points, not +100%.
    expect(rateStat?.change).toEqual({ kind: 'points', value: 50 })
    expect(districtTip('朝阳', undefined, input, { value: '数值', rank: '排名', yoy: '同比', noData: '无数据' })).toContain('无数据')
  })
})
