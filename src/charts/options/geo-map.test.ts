import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DISTRICTS } from '../../domain/districts'
import { metricById } from '../../domain/metrics'
import { indexPanel } from '../../domain/panel'
import { districtColors } from './district-colors'
import { CALLOUTS, geoMapOption, LABEL_ANCHORS } from './geo-map'

type Feature = { id: string; properties: { name: string }; geometry: { type: string; coordinates: any; encodeOffsets: any } }
const geo = JSON.parse(readFileSync('data/geo/beijing.json', 'utf8')) as { features: Feature[] }

/** ECharts' UTF8Encoding of one ring, decoded as ECharts does it. */
function decode(ring: string, [x0, y0]: number[]): number[][] {
  const out: number[][] = []
  let [px, py] = [x0!, y0!]
  for (let i = 0; i < ring.length; i += 2) {
    let x = ring.charCodeAt(i) - 64
    let y = ring.charCodeAt(i + 1) - 64
    x = (x >> 1) ^ -(x & 1)
    y = (y >> 1) ^ -(y & 1)
    px += x
    py += y
    out.push([px / 1024, py / 1024])
  }
  return out
}
const inside = ([x, y]: number[], ring: number[][]) => {
  let hit = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!, [xj, yj] = ring[j]!
    if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) hit = !hit
  }
  return hit
}
const rings = (f: Feature) =>
  f.geometry.type === 'Polygon'
    ? [decode(f.geometry.coordinates[0], f.geometry.encodeOffsets[0])]
    : f.geometry.coordinates.map((p: string[], i: number) => decode(p[0]!, f.geometry.encodeOffsets[i][0]))

const metric = metricById('workshops_active')
const panel = indexPanel(DISTRICTS.map((d, i) => ({ measure: 'workshops_active', district_code: d.code, year: 2025, value: 10 + i })))
const labels = { value: '数值', rank: '全市排名', yoy: '同比', noData: '无数据' }
const option = geoMapOption({ panel, metric, year: 2025, per: 'none', locale: 'zh', selected: ['110118'], perLabel: '', theme: 'light', labels }) as any

describe('geoMapOption', () => {
  it('names each region as the GeoJSON does, so colours land on the right district', () => {
    const names = new Set(geo.features.map((f) => f.properties.name))
    expect(option.series[0].data.map((d: any) => d.name).every((n: string) => names.has(n))).toBe(true)
    expect(option.series[0].data.find((d: any) => d.code === '110118').value).toBe(24)
  })
  it('anchors every name inside its own district', () => {
    for (const f of geo.features) {
      const anchor = LABEL_ANCHORS[f.id]!
      expect(rings(f).some((r: number[][]) => inside(anchor, r)), f.properties.name).toBe(true)
    }
  })
  it('puts 东城 and 西城 in callouts with leader lines, outside every district', () => {
    expect(option.series[1].markLine.data).toHaveLength(Object.keys(CALLOUTS).length)
    for (const at of Object.values(CALLOUTS)) expect(geo.features.some((f) => rings(f).some((r: number[][]) => inside(at, r)))).toBe(false)
    const dc = option.series[1].data.find((d: any) => d.code === '110101')
    expect(dc).toMatchObject({ text: '东城', value: CALLOUTS['110101'], label: { position: 'right' } })
  })
  it('outlines the selection and explains a region on hover by its Chinese name', () => {
    expect(option.geo.regions).toEqual([{ name: '密云区', itemStyle: { borderColor: districtColors('light').selected, borderWidth: 3 } }])
    expect(option.tooltip.formatter({ name: '密云区' })).toContain('24家')
    expect(option.visualMap.text).toEqual(['25家', '10家'])
  })
})
