import { describe, expect, it } from 'vitest'
import { projectorFontSize, projectorize } from './projector'

describe('projector rules', () => {
  it('labels are at least 24 px on a 1920×1080 slide and stay readable at 1024×768', () => {
    expect(projectorFontSize(1840, 800)).toBeGreaterThanOrEqual(24)
    expect(projectorFontSize(960, 590)).toBe(16)
    expect(projectorFontSize(300, 200)).toBe(16)
  })
  it('every explicit font size is raised, axes and legend enlarged, lines thickened, tooltips untouched', () => {
    const o: any = projectorize({
      grid: { top: 40, left: 8 },
      legend: { top: 0 },
      tooltip: { textStyle: { fontSize: 12 } },
      xAxis: { type: 'category', axisLabel: { fontSize: 11 } },
      yAxis: [{ type: 'value' }, { type: 'value', nameTextStyle: { fontSize: 12 } }],
      series: [
        { type: 'line', lineStyle: { width: 2 }, label: { show: true, fontSize: 11, rich: { a: { fontSize: 10 } } } },
        { type: 'bar', barMaxWidth: 20, markLine: { label: { fontSize: 12 } } },
      ],
    }, 26)
    expect(o.textStyle.fontSize).toBe(26)
    expect(o.xAxis.axisLabel.fontSize).toBe(26)
    expect(o.xAxis.axisTick.show).toBe(false)
    expect(o.yAxis[1].nameTextStyle.fontSize).toBe(26)
    expect(o.yAxis[0].splitNumber).toBe(4)
    expect(o.legend).toMatchObject({ type: 'scroll', textStyle: { fontSize: 26 } })
    expect(o.grid[0].top).toBeGreaterThanOrEqual(57)
    expect(o.series[0].lineStyle.width).toBe(5)
    expect(o.series[0].label.rich.a.fontSize).toBe(26)
    expect(o.series[1].markLine.label.fontSize).toBe(26)
    expect(o.series[1].barMaxWidth).toBe(32)
    expect(o.tooltip.textStyle.fontSize).toBe(12)
  })
  it('makes room under the plot for a colour scale', () => {
    const o: any = projectorize({ grid: { bottom: 44 }, visualMap: { bottom: 0 }, series: [] }, 26)
    expect(o.grid[0].bottom).toBe(62)
    expect(o.visualMap[0].textStyle.fontSize).toBe(26)
  })
  it('leaves percentage grids (small multiples) where they are and does not mutate its input', () => {
    const input = { legend: {}, grid: [{ top: '12%' }], series: [] }
    const o: any = projectorize(input, 24)
    expect(o.grid[0].top).toBe('12%')
    expect(input.legend).toEqual({})
  })
})
