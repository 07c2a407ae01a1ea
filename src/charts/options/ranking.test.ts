import { describe, expect, it } from 'vitest'
import { DISTRICT_CODES, zoneCodes } from '../../domain/districts'
import { metricById } from '../../domain/metrics'
import { indexPanel } from '../../domain/panel'
import { districtColors } from './district-colors'
import { rankingOption, rankingRows, rankingTable, type RankingInput } from './ranking'

const metric = metricById('workshops_active')
// Values 10..24 by official order, 延庆 (last) without data; 西城 ties 东城 at 10; last year 东城 was best.
const rows = DISTRICT_CODES.slice(0, 15).flatMap((code, i) => [
  { measure: 'workshops_active', district_code: code, year: 2025, value: i === 1 ? 10 : 10 + i },
  { measure: 'workshops_active', district_code: code, year: 2024, value: i === 0 ? 99 : 10 + i },
])
const panel = indexPanel(rows)
const labels = { value: '数值', rank: '全市排名', yoy: '同比', noData: '无数据', reference: '全市区均', zoneReference: '区均' }
const base: RankingInput = {
  panel, metric, year: 2025, per: 'none', locale: 'zh', selected: ['110118'], perLabel: '', codes: DISTRICT_CODES, groupByZone: false, theme: 'light', labels,
}

describe('rankingRows', () => {
  it('puts the best first, ties together in official order, and districts without data last, unranked', () => {
    const order = rankingRows(base)
    expect(order[0]).toMatchObject({ code: '110118', rank: 1 })
    expect(order.slice(-3).map((s) => [s.code, s.rank])).toEqual([['110101', 14], ['110102', 14], ['110119', null]])
  })
  it('ranks ascending when less is better', () => {
    const revoked = metricById('workshops_revoked')
    const p = indexPanel([{ measure: 'workshops_revoked', district_code: '110101', year: 2025, value: 5 }, { measure: 'workshops_revoked', district_code: '110102', year: 2025, value: 1 }])
    expect(rankingRows({ ...base, panel: p, metric: revoked }).slice(0, 2).map((s) => s.code)).toEqual(['110102', '110101'])
  })
})

describe('rankingOption', () => {
  const option = rankingOption(base) as any
  it('labels each bar with its value and rank change, the axis with rank and short name', () => {
    const i = option.yAxis.data.indexOf('110101')
    expect(option.yAxis.axisLabel.formatter('110101', i)).toBe('14  东城')
    expect(option.series[0].label.formatter({ dataIndex: i })).toBe('10  ↓13')
    expect(option.series[0].label.formatter({ dataIndex: 0 })).toBe('24  ↑1') // second last year, behind 东城
  })
  it('shows 无数据 instead of a zero bar, and no rank', () => {
    const i = option.yAxis.data.indexOf('110119')
    expect(option.series[0].data[i].value).toBeNull()
    expect(option.series[1].data[i]).toBe(0)
    expect(option.series[1].label.formatter({ dataIndex: i })).toContain('无数据')
    expect(option.yAxis.axisLabel.formatter('110119', i)).toBe('–  延庆')
  })
  it('draws the per-district average of districts with data as the reference, and highlights the selection', () => {
    const expected = rows.filter((r) => r.year === 2025).reduce((s, r) => s + r.value, 0) / 15
    expect(option.series[0].markLine.data[0].xAxis).toBeCloseTo(expected)
    expect(option.series[0].markLine.label.formatter).toContain('全市区均')
    expect(option.series[0].data[0].itemStyle.color).toBe(districtColors('light').selected)
    expect(option.series[0].data[1].itemStyle.color).toBe(districtColors('light').base)
  })
  it('groups by zone with a header row per zone carrying the zone average', () => {
    const grouped = rankingOption({ ...base, groupByZone: true }) as any
    expect(grouped.yAxis.data.filter((k: string) => k.startsWith('zone:'))).toEqual(['zone:core', 'zone:central', 'zone:subcenter', 'zone:plain', 'zone:ecological'])
    const core = grouped.yAxis.data.indexOf('zone:core')
    expect(grouped.series[1].label.formatter({ dataIndex: core })).toBe('{zone|首都功能核心区 · 区均 10家}')
    expect(grouped.yAxis.data.slice(core + 1, core + 3)).toEqual(zoneCodes('core'))
  })
  it('exports the districts in ranking order', () => {
    const table = rankingTable(base, '排名', { district: '区', zone: '功能区', value: '数值', rank: '排名', change: '排名变化' })
    expect(table.rows[0]).toMatchObject({ district: '密云区', zone: '生态涵养区', value: 24, rank: 1, change: '↑1' })
    expect(table.rows[15]).toMatchObject({ district: '延庆区', value: null, rank: null })
  })
})
