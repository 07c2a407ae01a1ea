import { describe, expect, it } from 'vitest'
import { trendOption } from './trend'
import { metricById } from '../../domain/metrics'

const points = [{ year: 2024, value: 4600 }, { year: 2025, value: null }]

describe('trendOption', () => {
  it('draws a stock as a line and a yearly flow as bars', () => {
    const stock = trendOption({ metric: metricById('workshops_active'), points, locale: 'zh', name: '全市' }) as any
    const flow = trendOption({ metric: metricById('innovation_outputs'), points, locale: 'zh', name: '全市' }) as any
    expect(stock.series[0].type).toBe('line')
    expect(flow.series[0].type).toBe('bar')
    expect(stock.xAxis.data).toEqual(['2024', '2025'])
    expect(stock.series[0].data).toEqual([4600, null])
  })
  it('puts the value in Chinese units and the 口径 in the tooltip, escaping the series name', () => {
    const metric = metricById('workshops_active')
    const option = trendOption({ metric, points, locale: 'zh', name: '<img src=x onerror=alert(1)>' }) as any
    const html: string = option.tooltip.formatter([{ axisValue: '2024', value: 4600 }])
    expect(html).toContain('4,600家')
    expect(html).toContain(metric.definition.zh)
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img')
  })
  it('formats the axis in 万 in Chinese', () => {
    const option = trendOption({ metric: metricById('training_person_times'), points, locale: 'zh', name: '全市' }) as any
    expect(option.yAxis.axisLabel.formatter(350000)).toBe('35万')
  })
})
