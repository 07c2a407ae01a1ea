import { describe, expect, it } from 'vitest'
import { DISTRICT_CODES } from '../../domain/districts'
import { defaultFilters, type Filters } from '../../domain/filters'
import { DEFAULT_METRIC, metricById, metricFromQuery } from '../../domain/metrics'
import { indexPanel } from '../../domain/panel'
import { trendLines, trendsOption, trendsTable, unitText, valueText, type TrendsInput } from './trends'

// Every district has 10 workshops, 100 outputs, 40 transformed and 20 000 members in both years; Miyun has more.
const rows = DISTRICT_CODES.flatMap((code) =>
  [2024, 2025].flatMap((year) => [
    { measure: 'workshops_active', district_code: code, year, value: code === '110118' ? 26 : 10 },
    { measure: 'innovation_outputs', district_code: code, year, value: 100 },
    { measure: 'innovation_transformed', district_code: code, year, value: code === '110118' ? 80 : 40 },
    { measure: 'union_members', district_code: code, year, value: 20_000 },
  ]),
)
const panel = indexPanel(rows)
const f = (change: Partial<Filters>): Filters => ({ ...defaultFilters, from: 2024, to: 2025, ...change })
const active = metricById('workshops_active')
const rate = metricById('transformation_rate')

describe('metricFromQuery', () => {
  it('takes a catalogue id and falls back to the default for anything else', () => {
    expect(metricFromQuery('transformation_rate').id).toBe('transformation_rate')
    expect(metricFromQuery(['rights_cases']).id).toBe('rights_cases')
    expect(metricFromQuery("x'); DROP TABLE workshops; --").id).toBe(DEFAULT_METRIC)
    expect(metricFromQuery(undefined).id).toBe('workshops_active')
  })
})

describe('trendLines', () => {
  it('draws the city total against the average per district (total ÷ 16) for counts', () => {
    const { lines, reference } = trendLines(panel, active, f({}))
    expect(lines).toEqual([{ code: '110000', values: [176, 176] }])
    expect(reference).toMatchObject({ kind: 'perDistrict', values: [11, 11] })
  })
  it('draws one line per selected district, in the order chosen', () => {
    const { lines, reference } = trendLines(panel, active, f({ districts: ['110118', '110101'] }))
    expect(lines.map((l) => [l.code, l.values[1]])).toEqual([['110118', 26], ['110101', 10]])
    expect(reference!.values).toEqual([11, 11])
  })
  it('compares ratios and per-capita figures with the city value, and drops a reference equal to the only line', () => {
    expect(trendLines(panel, rate, f({ districts: ['110118'] })).reference).toMatchObject({ kind: 'city', values: [42.5 / 100, 42.5 / 100] })
    expect(trendLines(panel, rate, f({})).reference).toBeNull()
    const per = trendLines(panel, active, f({ districts: ['110118'], per: 'members' }))
    expect(per.lines[0]!.values[0]).toBeCloseTo(13)
    expect(per.reference).toMatchObject({ kind: 'city' })
    expect(per.reference!.values[0]).toBeCloseTo(176 / 32)
  })
  it('covers the zone’s districts when a zone is chosen', () => {
    expect(trendLines(panel, active, f({ zone: 'core' })).lines.map((l) => l.code)).toEqual(['110101', '110102'])
  })
})

describe('values and units', () => {
  it('writes Chinese units, percentages and per-capita suffixes', () => {
    expect(valueText(4600, active, 'zh', '')).toBe('4,600家')
    expect(valueText(0.482, rate, 'zh', '/万名会员')).toBe('48.2%')
    expect(valueText(12.34, metricById('training_person_times'), 'zh', '/万名会员')).toBe('12.3人次/万名会员')
    expect(valueText(null, active, 'zh', '')).toBe('—')
    expect(unitText(metricById('rights_recovered_yuan'), 'zh', '')).toBe('元')
    expect(unitText(active, 'en', ' per 10k members')).toBe(' per 10k members')
  })
})

describe('trendsOption', () => {
  const input: TrendsInput = {
    metric: active, years: [2024, 2025], locale: 'zh', perSuffix: '', referenceColor: '#1f2933',
    lines: [{ name: '密云区<script>', values: [26, 26] }],
    reference: { name: '全市区均值（合计÷16）', note: '虚线：全市合计 ÷ 16', values: [11, 11] },
  }
  const option = trendsOption(input) as any
  it('draws solid district lines and a dashed reference in the theme colour', () => {
    expect(option.series.map((s: any) => s.lineStyle.type ?? 'solid')).toEqual(['solid', 'dashed'])
    expect(option.series[1].lineStyle.color).toBe('#1f2933')
    expect(option.xAxis.data).toEqual(['2024', '2025'])
  })
  it('labels the value axis without repeating ticks on small scales', () => {
    expect(option.yAxis.axisLabel.formatter(350000)).toBe('35万')
    const ratio = trendsOption({ ...input, metric: rate }) as any
    expect([0.03, 0.0325, 0.035].map(ratio.yAxis.axisLabel.formatter)).toEqual(['3%', '3.25%', '3.5%'])
  })
  it('escapes names and explains the reference and the 口径 in the tooltip', () => {
    const html: string = option.tooltip.formatter([
      { seriesIndex: 0, dataIndex: 1, marker: '' },
      { seriesIndex: 1, dataIndex: 1, marker: '' },
    ])
    expect(html).toContain('2025年')
    expect(html).toContain('密云区&lt;script&gt;：<b>26家</b>')
    expect(html).toContain('全市区均值（合计÷16）：<b>11家</b>')
    expect(html).toContain('全市合计 ÷ 16')
    expect(html).toContain(active.definition.zh)
    expect(html).not.toContain('<script>')
  })
  it('tables every line and the reference; ratios in %', () => {
    const table = trendsTable('t', '区', ['单位', '家'], input)
    expect(table.meta).toEqual([['单位', '家']])
    expect(table.rows.map((r) => r.name)).toEqual(['密云区<script>', '全市区均值（合计÷16）'])
    const ratio = trendsTable('t', '区', ['单位', '%'], { ...input, metric: rate, lines: [{ name: 'x', values: [0.4825, null] }], reference: null })
    expect(ratio.rows).toEqual([{ name: 'x', 2024: 48.25, 2025: null }])
  })
})
