import { describe, expect, it } from 'vitest'
import { metricById } from '../../domain/metrics'
import { indexPanel, perFactor } from '../../domain/panel'
import {
  activeByLevelOption, alliancesOption, alliancesSeries, countSeries, industryOption, isBlank, newRevokedOption, yearTable,
} from './workshops'

const row = (measure: string, district_code: string, year: number, value: number) => ({ measure, district_code, year, value })
const panel = indexPanel([
  row('workshops_revoked', 'a', 2024, 3),
  row('workshops_revoked', 'b', 2024, 1),
  row('union_members', 'a', 2024, 20_000),
  row('union_members', 'b', 2024, 20_000),
  row('union_members', 'a', 2025, 20_000),
])
const revoked = metricById('workshops_revoked')

describe('per-capita series', () => {
  it('reads a missing count as zero and divides by the base in 万', () => {
    expect(countSeries(panel, revoked, ['a', 'b'], 2024, 2025, 'none')).toEqual([4, 0])
    expect(countSeries(panel, revoked, ['a', 'b'], 2024, 2025, 'members')).toEqual([1, 0])
  })
  it('leaves a gap where the base is missing', () => {
    expect(perFactor(panel, 'residents', ['a'], 2024)).toBeNull()
    expect(countSeries(panel, revoked, ['b'], 2024, 2025, 'members')).toEqual([0.5, null])
    expect(perFactor(panel, 'none', [], 2024)).toBe(1)
  })
  it('calls a chart blank when every value is zero or missing', () => {
    expect(isBlank([0, null])).toBe(true)
    expect(isBlank([0, 2])).toBe(false)
  })
})

describe('activeByLevelOption', () => {
  const option = activeByLevelOption({
    years: [2024, 2025], locale: 'zh', unitWord: '家', definition: '口径',
    series: [{ name: '全国级', values: [1, 2] }, { name: '<b>市级</b>', values: [10, 1234] }],
  }) as any
  it('stacks one bar series per level', () => {
    expect(option.series.map((s: any) => [s.type, s.stack])).toEqual([['bar', 'active'], ['bar', 'active']])
    expect(option.xAxis.data).toEqual(['2024', '2025'])
  })
  it('tooltips count in 家 and escape names', () => {
    const html: string = option.tooltip.formatter([{ seriesIndex: 1, axisValue: '2025', value: 1234, marker: '' }])
    expect(html).toContain('1,234家')
    expect(html).toContain('&lt;b&gt;市级&lt;/b&gt;')
    expect(html).toContain('口径')
  })
})

describe('newRevokedOption', () => {
  const option = newRevokedOption({
    years: [2024, 2025], locale: 'zh', unitWord: '家', definition: 'd', netName: '净增',
    added: { name: '新命名', values: [40, 50] }, revoked: { name: '撤销<x>', values: [10, null] },
  }) as any
  it('draws revocations below zero, side by side with namings', () => {
    expect(option.series[0].data).toEqual([40, 50])
    expect(option.series[1].data).toEqual([-10, null])
    expect(option.series[0].stack).toBeUndefined()
    expect(option.yAxis.axisLabel.formatter(-20)).toBe('20')
  })
  it('shows revocations as positive counts and the net change in the tooltip', () => {
    const html: string = option.tooltip.formatter([
      { dataIndex: 0, axisValue: '2024', marker: '', seriesIndex: 0 },
      { dataIndex: 0, axisValue: '2024', marker: '', seriesIndex: 1 },
    ])
    expect(html).toContain('新命名：<b>40家</b>')
    expect(html).toContain('撤销&lt;x&gt;：<b>10家</b>')
    expect(html).toContain('净增：<b>30家</b>')
  })
})

describe('industryOption', () => {
  const option = industryOption({
    items: [{ name: '制造业', value: 120 }, { name: '<img src=x>', value: 15_000 }], seriesName: '在册', locale: 'zh', unitWord: '家', definition: 'd',
  }) as any
  it('puts the categories on an inverted y-axis so the first item is on top', () => {
    expect(option.yAxis.inverse).toBe(true)
    expect(option.yAxis.data).toEqual(['制造业', '<img src=x>'])
    expect(option.series[0].label.formatter({ value: 15_000 })).toBe('1.5万')
  })
  it('escapes the category in the tooltip', () => {
    const html: string = option.tooltip.formatter({ name: '<img src=x>', value: 15_000, marker: '' })
    expect(html).not.toContain('<img')
    expect(html).toContain('1.5万家')
  })
})

describe('alliances', () => {
  const rows = [
    { year: 2024, part: 'alliances', type: 'internal', citywide: false, value: 2 },
    { year: 2025, part: 'alliances', type: 'internal', citywide: false, value: 3 },
    { year: 2025, part: 'alliances', type: 'same-industry', citywide: true, value: 4 },
    { year: 2025, part: 'covered', type: 'internal', citywide: false, value: 7 },
    { year: 2025, part: 'covered', type: 'same-industry', citywide: true, value: 5 },
  ]
  const types = [{ code: 'internal', name: '内部' }, { code: 'same-industry', name: '同型' }]
  const names = { citywide: '全市性', covered: '覆盖' }
  it('splits district alliances by type, keeps city-wide ones apart and totals the covered workshops', () => {
    const { bars, covered } = alliancesSeries([2024, 2025], rows, types, names)
    expect(bars).toEqual([{ name: '内部', values: [2, 3] }, { name: '同型', values: [0, 0] }, { name: '全市性', values: [0, 4] }])
    expect(covered).toEqual({ name: '覆盖', values: [0, 12] })
  })
  it('has no city-wide series when none were counted', () => {
    expect(alliancesSeries([2025], rows.filter((r) => !r.citywide), types, names).bars.map((b) => b.name)).toEqual(['内部', '同型'])
  })
  it('stacks the alliances on the left axis and draws coverage as a line on the right', () => {
    const { bars, covered } = alliancesSeries([2024, 2025], rows, types, names)
    const option = alliancesOption({ years: [2024, 2025], bars, covered, locale: 'zh', definition: 'd' }) as any
    expect(option.yAxis).toHaveLength(2)
    expect(option.series.at(-1)).toMatchObject({ type: 'line', yAxisIndex: 1, data: [0, 12] })
    const html: string = option.tooltip.formatter([
      { seriesIndex: 2, axisValue: '2025', value: 4, marker: '' },
      { seriesIndex: 3, axisValue: '2025', value: 12, marker: '' },
    ])
    expect(html).toContain('全市性：<b>4个</b>')
    expect(html).toContain('覆盖：<b>12家</b>')
  })
})

describe('yearTable', () => {
  it('has one row per year and one column per series', () => {
    const table = yearTable('t', '年份', [2024, 2025], [{ name: 'a', values: [1, null] }])
    expect(table.columns).toEqual([{ key: 'year', label: '年份' }, { key: 's0', label: 'a' }])
    expect(table.rows).toEqual([{ year: 2024, s0: 1 }, { year: 2025, s0: null }])
  })
})
