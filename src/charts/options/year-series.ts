import type { EChartsCoreOption } from 'echarts/core'
import type { Locale, UnitKind } from '../../domain/format'
import { axisFormatter, grid, tipHtml, tipValue } from './common'

/** One series over the years: bars or a line, optionally stacked, on the left (0) or right (1) axis. */
export interface YearSeries {
  name: string
  type: 'bar' | 'line'
  values: (number | null)[]
  unit: UnitKind
  unitWord?: string
  stack?: string
  axis?: 0 | 1
}

export interface YearSeriesInput {
  years: number[]
  series: YearSeries[]
  locale: Locale
  /** 口径 text shown under the tooltip. */
  definition?: string
}

/** Several metrics or breakdowns over the years, with up to two value axes (e.g. counts and a rate). */
export function yearSeriesOption({ years, series, locale, definition }: YearSeriesInput): EChartsCoreOption {
  const axes = [0, 1].filter((i) => series.some((s) => (s.axis ?? 0) === i))
  const axisUnit = (i: number) => series.find((s) => (s.axis ?? 0) === i)!.unit
  return {
    animationDuration: 300,
    grid: { ...grid, top: 48 },
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (items: { seriesIndex: number; axisValue: string; value: number | null; marker: string }[]) =>
        tipHtml(
          `${items[0]?.axisValue ?? ''}${locale === 'zh' ? '年' : ''}`,
          items.map((it) => {
            const s = series[it.seriesIndex]!
            return { marker: it.marker, name: s.name, value: tipValue(it.value, s.unit, locale, s.unitWord) }
          }),
          definition,
        ),
      extraCssText: 'max-width:340px;white-space:normal;',
    },
    xAxis: { type: 'category', data: years.map(String), axisTick: { alignWithLabel: true } },
    yAxis: axes.map((i) => ({
      type: 'value',
      position: i === 0 ? 'left' : 'right',
      splitLine: { show: i === 0 },
      axisLabel: { formatter: axisFormatter(axisUnit(i), locale) },
    })),
    series: series.map((s) => ({
      name: s.name,
      type: s.type,
      data: s.values,
      stack: s.stack,
      yAxisIndex: axes.indexOf(s.axis ?? 0),
      barMaxWidth: 36,
      symbolSize: 7,
      lineStyle: { width: 3 },
      emphasis: { focus: 'series' },
    })),
  }
}
