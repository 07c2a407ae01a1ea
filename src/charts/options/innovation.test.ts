import { describe, expect, it } from 'vitest'
import { districtBarsChart, lineName, metricYearsChart, shortName, topWorkshopsChart } from './innovation'
import { metricById } from '../../domain/metrics'

const outputs = metricById('innovation_outputs')
const rate = metricById('transformation_rate')
const perWorkshop = metricById('outputs_per_workshop')
const text = { title: '创新成果', locale: 'zh' as const, definition: '口径' }

describe('metricYearsChart', () => {
  const model = metricYearsChart({
    ...text, yearLabel: '年份', years: [2024, 2025], perLabel: '每万名会员',
    lines: [{ metric: outputs, values: [10, 12], type: 'bar' }, { metric: rate, values: [0.4, null], type: 'line', axis: 1 }],
  })
  const option = model.option as any

  it('puts the rate on its own axis, never stacks, and normalises only the totals', () => {
    expect(option.yAxis).toHaveLength(2)
    expect(option.series.map((s: any) => s.stack)).toEqual([undefined, undefined])
    expect(option.series[1].yAxisIndex).toBe(1)
    expect(option.series[0].name).toBe('创新成果（每万名会员）')
    expect(option.series[1].name).toBe('成果转化率')
  })
  it('downloads one row per year with a column per series', () => {
    expect(model.table.columns.map((c) => c.label)).toEqual(['年份', '创新成果（项，每万名会员）', '成果转化率（%）'])
    expect(model.table.rows).toEqual([
      { year: 2024, innovation_outputs: 10, transformation_rate: 40 },
      { year: 2025, innovation_outputs: 12, transformation_rate: null },
    ])
    expect(model.empty).toBe(false)
  })
  it('names a normalised series in each language’s own punctuation', () => {
    expect(lineName(outputs, 'en', 'Per 10k members')).toBe('Innovation outputs (per 10k members)')
    expect(lineName(rate, 'en', 'Per 10k members')).toBe('Transformation rate')
    expect(lineName(outputs, 'zh')).toBe('创新成果')
  })
  it('is empty when no year has a value', () => {
    expect(metricYearsChart({ ...text, yearLabel: 'y', years: [2016], lines: [{ metric: outputs, values: [null], type: 'bar' }] }).empty).toBe(true)
  })
})

describe('topWorkshopsChart', () => {
  const rows = [
    { workshop_id: 'W1', name: '<img src=x onerror=alert(1)>工作室', district_code: '110118', level: 'city', outputs: 42 },
    { workshop_id: 'W2', name: '李四劳模创新工作室', district_code: '110108', level: 'national', outputs: 30 },
  ]
  const model = topWorkshopsChart(rows, {
    ...text, metric: outputs, rank: '排名', workshop: '工作室', district: '区', level: '级别', levelName: (c) => (c === 'city' ? '市级' : c),
  })
  const option = model.option as any

  it('lists the best first as horizontal bars, names truncated on the axis', () => {
    expect(option.yAxis.inverse).toBe(true)
    expect(option.yAxis.data).toEqual(['W1', 'W2'])
    expect(option.yAxis.axisLabel.formatter('W2', 1)).toBe('李四劳模创新工作室')
    expect(option.yAxis.axisLabel.overflow).toBe('truncate')
    expect(shortName('北京市西城区职业学校任新劳模创新工作室')).toBe('北京市西城区…任新劳模创新工作室')
    expect(option.series[0].data).toEqual([42, 30])
  })
  it('shows the whole name, district and level in the tooltip, escaped', () => {
    const html: string = option.tooltip.formatter({ dataIndex: 0 })
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;工作室')
    expect(html).toContain('密云区')
    expect(html).toContain('市级')
    expect(html).toContain('42项')
  })
  it('downloads rank, name, district, level and outputs; empty without rows', () => {
    expect(model.table.rows[1]).toEqual({ rank: 2, name: '李四劳模创新工作室', district: '海淀区', level: 'national', outputs: 30 })
    expect(topWorkshopsChart([], { ...text, metric: outputs, rank: '', workshop: '', district: '', level: '', levelName: String }).empty).toBe(true)
  })
})

describe('districtBarsChart', () => {
  const values = [{ code: '110101', value: 0.5 }, { code: '110118', value: 1.2 }, { code: '110108', value: 0.9 }, { code: '110119', value: null }]
  const model = districtBarsChart(values, 0.8, ['110118'], { ...text, metric: perWorkshop, district: '区', city: '全市' })
  const option = model.option as any

  it('sorts best first, leaves out districts without data, and fades the unselected', () => {
    expect(option.yAxis.data).toEqual(['110118', '110108', '110101'])
    expect(option.series[0].data.map((d: any) => d.itemStyle.opacity)).toEqual([1, 0.35, 0.35])
    expect(option.yAxis.axisLabel.formatter('110118', 0)).toBe('{sel|密云}{value|1.2}')
    expect(option.yAxis.axisLabel.formatter('110108', 1)).toBe('{name|海淀}{value|0.9}')
  })
  it('draws the city value as a dashed reference line with its label', () => {
    const line = option.series[0].markLine
    expect(line.data).toEqual([{ xAxis: 0.8 }])
    expect(line.lineStyle.type).toBe('dashed')
    expect(line.label.formatter).toBe('全市 0.8')
  })
  it('fades nothing when the whole city is selected, and the download ends with the city row', () => {
    const all = districtBarsChart(values, 0.8, [], { ...text, metric: perWorkshop, district: '区', city: '全市' })
    expect((all.option as any).series[0].data.every((d: any) => d.itemStyle.opacity === 1)).toBe(true)
    expect(all.table.rows.at(-1)).toEqual({ district: '全市', value: 0.8 })
    expect(all.table.rows[0]).toEqual({ district: '密云区', value: 1.2 })
  })
  it('puts the district, its value and the city value in the tooltip; empty when no district has data', () => {
    const html: string = option.tooltip.formatter({ dataIndex: 0 })
    expect(html).toContain('密云区')
    expect(html).toContain('1.2项')
    expect(html).toContain('全市：<b>0.8项</b>')
    expect(districtBarsChart([{ code: '110101', value: null }], null, [], { ...text, metric: perWorkshop, district: '', city: '' }).empty).toBe(true)
  })
})
