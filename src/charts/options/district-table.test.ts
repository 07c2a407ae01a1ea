import { describe, expect, it } from 'vitest'
import { DISTRICT_CODES } from '../../domain/districts'
import { metricById } from '../../domain/metrics'
import { indexPanel } from '../../domain/panel'
import { comparisonTable, isAdditive, unitText, yearSeriesTable } from './district-table'

const metrics = (['workshops_active', 'innovation_outputs', 'transformation_rate'] as const).map(metricById)
const rows = DISTRICT_CODES.flatMap((code, i) => [2024, 2025].flatMap((year) => [
  { measure: 'workshops_active', district_code: code, year, value: 10 + i },
  { measure: 'innovation_outputs', district_code: code, year, value: year - 2000 },
  { measure: 'innovation_transformed', district_code: code, year, value: 5 },
]))
const labels = { district: '区', zone: '功能区', city: '全市', total: (from: number, to: number) => `${from}–${to}年合计`, scope: '全市16区' }
const table = comparisonTable({ panel: indexPanel(rows), metrics, from: 2024, to: 2025, per: 'none', locale: 'zh', perLabel: '', title: '对比', labels })

describe('comparisonTable', () => {
  it('has a column per metric (end year) and a range total for additive flows only', () => {
    expect(table.columns.map((c) => c.key)).toEqual(['district', 'zone', 'workshops_active', 'innovation_outputs', 'innovation_outputs:total', 'transformation_rate'])
    expect(table.columns[2]!.label).toBe('在册职工创新工作室（家） 2025')
    expect(table.columns[4]!.label).toBe('创新成果（项） 2024–2025年合计')
    expect(table.scope).toBe('全市16区')
    expect(table.columns[5]!.label).toContain('（%）')
  })
  it('lists the 16 districts and the whole city, ratios as percentages', () => {
    expect(table.rows).toHaveLength(17)
    expect(table.rows[0]).toMatchObject({ district: '东城区', zone: '首都功能核心区', workshops_active: 10, 'innovation_outputs:total': 49 })
    const city = table.rows[16]!
    expect(city.district).toBe('全市')
    expect(city.workshops_active).toBe(DISTRICT_CODES.reduce((s, _, i) => s + 10 + i, 0))
    expect(city.transformation_rate).toBeCloseTo((5 * 16 * 100) / (25 * 16))
  })
  it('writes 0 for a district with no events that year, not a blank', () => {
    const revoked = metricById('workshops_revoked')
    const p = indexPanel([{ measure: 'workshops_revoked', district_code: DISTRICT_CODES[0]!, year: 2025, value: 2 }])
    const t = comparisonTable({ panel: p, metrics: [revoked], from: 2024, to: 2025, per: 'none', locale: 'zh', perLabel: '', title: '对比', labels })
    expect(t.rows[1]!.workshops_revoked).toBe(0)
    expect(t.rows[0]!['workshops_revoked:total']).toBe(2)
  })
  it('drops totals and adds the suffix when normalised', () => {
    expect(isAdditive(metrics[1]!, 'members')).toBe(false)
    expect(unitText(metrics[0]!, 'members', 'zh', '/万名会员')).toBe('家/万名会员')
    expect(unitText(metrics[2]!, 'members', 'zh', '/万名会员')).toBe('%')
  })
  it('turns year series into rows', () => {
    expect(yearSeriesTable('t', [2024, 2025], [{ name: 'a', values: [1, null] }], '年份').rows).toEqual([{ year: 2024, s0: 1 }, { year: 2025, s0: null }])
  })
})
