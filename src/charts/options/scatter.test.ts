import { describe, expect, it } from 'vitest'
import { DISTRICT_CODES } from '../../domain/districts'
import { metricById } from '../../domain/metrics'
import { indexPanel } from '../../domain/panel'
import { districtColors } from './district-colors'
import { median, scatterOption, scatterPoints, scatterTable, type ScatterInput } from './scatter'

const x = metricById('workshops_active')
const y = metricById('outputs_per_workshop')
const rows = DISTRICT_CODES.slice(0, 4).flatMap((code, i) => [
  { measure: 'workshops_active', district_code: code, year: 2025, value: 10 * (i + 1) },
  { measure: 'innovation_outputs', district_code: code, year: 2025, value: 10 * (i + 1) * (i + 1) },
])
const input: ScatterInput = {
  panel: indexPanel(rows), x, y, year: 2025, per: 'none', locale: 'zh', perLabel: '', codes: DISTRICT_CODES,
  selected: ['110105'], theme: 'light', medianLabel: '中位数',
}

describe('scatter', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
  })
  it('plots only districts with both values', () => {
    expect(scatterPoints(input).map((p) => [p.code, p.x, p.y])).toEqual([['110101', 10, 1], ['110102', 20, 2], ['110105', 30, 3], ['110106', 40, 4]])
  })
  it('splits the quadrants at the medians and labels points with short names', () => {
    const option = scatterOption(input) as any
    expect(option.series[0].markLine.data).toEqual([
      { xAxis: 25, label: { formatter: '中位数 25', position: 'insideEndTop' } },
      { yAxis: 2.5, label: { formatter: '中位数 2.5', position: 'insideStartTop' } },
    ])
    expect(option.series[0].label.formatter({ dataIndex: 2 })).toBe('朝阳')
    expect(option.series[0].data[2].itemStyle.color).toBe(districtColors('light').selected)
    expect(option.tooltip.formatter({ dataIndex: 2 })).toContain('30家')
  })
  it('exports district, x and y', () => {
    expect(scatterTable(input, 't', '区').rows[0]).toEqual({ district: '东城区', x: 10, y: 1 })
  })
  it('names every district (labels shift, never hide) and says per 10k on a normalised axis', () => {
    const o = scatterOption({ ...input, per: 'members', perLabel: '每万名会员' }) as any
    expect(o.series[0].labelLayout).toMatchObject({ moveOverlap: 'shiftY', hideOverlap: false })
    expect(o.xAxis.name).toContain('每万名会员')
    expect((scatterOption(input) as any).xAxis.name).toBe(x.label.zh)
  })
})
