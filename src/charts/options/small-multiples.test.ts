import { describe, expect, it } from 'vitest'
import { DISTRICT_CODES } from '../../domain/districts'
import { metricById } from '../../domain/metrics'
import { indexPanel } from '../../domain/panel'
import { niceCeil, smallMultiplesOption, smallMultiplesTable, type SmallMultiplesInput } from './small-multiples'

const metric = metricById('innovation_outputs')
const rows = DISTRICT_CODES.flatMap((code, i) => [2023, 2024, 2025].map((year) => ({ measure: 'innovation_outputs', district_code: code, year, value: i * 10 + year - 2023 })))
const input: SmallMultiplesInput = {
  panel: indexPanel(rows), metric, from: 2023, to: 2025, per: 'none', locale: 'zh', selected: ['110118'], perLabel: '',
  codes: DISTRICT_CODES, theme: 'light', referenceName: '全市区均',
}
const option = smallMultiplesOption(input) as any

describe('smallMultiplesOption', () => {
  it('rounds the shared maximum up to a readable number', () => {
    expect(niceCeil(152)).toBe(200)
    expect(niceCeil(0.43)).toBe(0.5)
    expect(niceCeil(0)).toBe(1)
  })
  it('draws 16 small grids in one option, every y axis on the same scale', () => {
    expect(option.grid).toHaveLength(16)
    expect(option.xAxis).toHaveLength(16)
    expect(new Set(option.yAxis.map((a: any) => a.max))).toEqual(new Set([200]))
    expect(option.series).toHaveLength(32)
    expect(option.series[0].data.map((d: any) => d.value)).toEqual([0, 1, 2])
  })
  it('titles each grid with its short name and latest value, the selection emphasised', () => {
    expect(option.title[0].text).toBe('东城  2')
    expect(option.title[14].textStyle.fontWeight).toBe(700)
    expect(option.yAxis.filter((a: any) => a.axisLabel.show)).toHaveLength(4)
  })
  it('exports a year per column', () => {
    const table = smallMultiplesTable(input, 't', '区')
    expect(table.columns.map((c) => c.key)).toEqual(['district', '2023', '2024', '2025'])
    expect(table.rows[1]).toEqual({ district: '西城区', 2023: 10, 2024: 11, 2025: 12 })
  })
})
