import { describe, expect, it } from 'vitest'
import { DISTRICTS } from '../../domain/districts'
import { metricById } from '../../domain/metrics'
import { indexPanel } from '../../domain/panel'
import { districtColors } from './district-colors'
import { fitFont, tileLayout, tileMapOption } from './tile-map'

const metric = metricById('workshops_active')
const tiles = DISTRICTS.map((d, i) => ({ code: d.code, short: d.short, row: Math.floor(i / 4), col: i % 4 }))
// Every district but 延庆 has a value; 东城 the largest (1.2万).
const panel = indexPanel(DISTRICTS.filter((d) => d.code !== '110119').map((d, i) => ({ measure: 'workshops_active', district_code: d.code, year: 2025, value: i === 0 ? 12_000 : 100 + i })))
const labels = { value: '数值', rank: '全市排名', yoy: '同比', noData: '无数据' }
const option = tileMapOption({ panel, metric, year: 2025, per: 'none', locale: 'zh', selected: ['110118'], perLabel: '', tiles, theme: 'light', labels }) as any
const api = { getWidth: () => 650, getHeight: () => 360 }
const drawn = option.series[0].data.map((_: unknown, i: number) => option.series[0].renderItem({ dataIndex: i }, api))

describe('tileLayout and fitFont', () => {
  it('makes equal squares that fit beside the legend', () => {
    const { cell, x0, y0 } = tileLayout(650, 360, 5, 4)
    expect(cell).toBeCloseTo((360 - 12) / 5)
    expect(x0 + 4 * cell).toBeLessThanOrEqual(650)
    expect(y0).toBeGreaterThanOrEqual(0)
  })
  it('shrinks a font until the text fits', () => {
    expect(fitFont('石景山', 60, 30)).toBe(20)
    expect(fitFont('Shijingshan', 60, 30)).toBe(9)
    expect(fitFont('东城', 60, 14)).toBe(14)
  })
})

describe('tileMapOption', () => {
  it('draws one equal square per district, named in full with its short Chinese name', () => {
    const rects = drawn.map((g: any) => g.children[0].shape)
    expect(new Set(rects.map((r: any) => r.width.toFixed(3))).size).toBe(1)
    expect(rects.every((r: any) => r.width === r.height)).toBe(true)
    expect(drawn.map((g: any) => g.children[1].style.text)).toEqual(DISTRICTS.map((d) => d.short))
    expect(option.series[0].data.map((d: any) => d.code)).toEqual(DISTRICTS.map((d) => d.code))
  })
  it('says 无数据 for a district without data, in the no-data colour, and outlines the selection', () => {
    const yq = drawn[DISTRICTS.findIndex((d) => d.code === '110119')]
    expect(yq.children[2].style.text).toBe('无数据')
    expect(yq.children[0].style.fill).toBe(districtColors('light').noData)
    const my = drawn[DISTRICTS.findIndex((d) => d.code === '110118')]
    expect(my.children[0].style.stroke).toBe(districtColors('light').selected)
    expect(drawn[0].children[2].style.text).toBe('1.2万')
  })
  it('has a legend in Chinese units and a tooltip with value, rank and 同比', () => {
    expect(option.visualMap.text).toEqual(['1.2万家', '101家'])
    const tip = option.tooltip.formatter({ dataIndex: 0 })
    expect(tip).toContain('东城区')
    expect(tip).toContain('1.2万家')
    // 延庆 has no data: 东城 ranks first of the 15 districts that have some.
    expect(tip).toContain('1/15')
  })
})
