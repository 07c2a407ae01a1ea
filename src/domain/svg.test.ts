import { describe, expect, it } from 'vitest'
import { kpiGridSvg, stampSvg } from './svg'

describe('SVG exports', () => {
  it('stamps a chart SVG with a footer below it, escaped, keeping the picture whole', () => {
    const out = stampSvg('<?xml version="1.0"?><svg width="800" height="400" xmlns="http://www.w3.org/2000/svg"><rect/></svg>', '标题 <b> · 数据截至：2025-12-31', '#9a3412')
    expect(out).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="800" height="440"/)
    expect(out).not.toContain('<?xml')
    expect(out).toContain('<svg width="800" height="400"')
    expect(out).toContain('>标题 &lt;b&gt; · 数据截至：2025-12-31</text></svg>')
    expect(out).toContain('fill="#9a3412"')
  })
  it('draws the KPI row as a grid of cards, four to a row, text escaped', () => {
    const cards = Array.from({ length: 6 }, (_, i) => ({ label: `指标${i}`, value: `${i}万`, note: '同比 ▲ +1%' }))
    const svg = kpiGridSvg('核心指标 & 要点', cards)
    expect(svg).toMatch(/width="1520" height="402"/)
    expect(svg).toContain('核心指标 &amp; 要点')
    expect(svg.match(/<rect x=/g)).toHaveLength(6)
  })
})
