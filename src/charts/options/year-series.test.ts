import { describe, expect, it } from 'vitest'
import { yearSeriesOption } from './year-series'

describe('yearSeriesOption', () => {
  const option = yearSeriesOption({
    years: [2024, 2025],
    locale: 'zh',
    definition: '口径说明',
    series: [
      { name: '成果', type: 'bar', values: [100, 120], unit: 'count', unitWord: '项' },
      { name: '转化率<script>', type: 'line', values: [0.4, 0.5], unit: 'ratio', axis: 1 },
    ],
  }) as any

  it('puts counts and rates on their own axes', () => {
    expect(option.yAxis).toHaveLength(2)
    expect(option.series[0].yAxisIndex).toBe(0)
    expect(option.series[1].yAxisIndex).toBe(1)
    expect(option.yAxis[1].axisLabel.formatter(0.5)).toBe('50%')
  })
  it('formats each series in its own unit in the tooltip, escaped, with the 口径', () => {
    const html: string = option.tooltip.formatter([
      { seriesIndex: 0, axisValue: '2025', value: 120, marker: '' },
      { seriesIndex: 1, axisValue: '2025', value: 0.5, marker: '' },
    ])
    expect(html).toContain('2025年')
    expect(html).toContain('120项')
    expect(html).toContain('50.0%')
    expect(html).toContain('转化率&lt;script&gt;')
    expect(html).toContain('口径说明')
  })
  it('uses a single axis when every series shares it', () => {
    const single = yearSeriesOption({ years: [2025], locale: 'en', series: [{ name: 'a', type: 'bar', values: [1], unit: 'count', stack: 's' }] }) as any
    expect(single.yAxis).toHaveLength(1)
    expect(single.series[0].stack).toBe('s')
  })
})
