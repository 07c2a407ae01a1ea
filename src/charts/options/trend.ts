import type { EChartsCoreOption } from 'echarts/core'
import type { MetricDef } from '../../domain/metrics'
import type { Point } from '../../domain/panel'
import { compact, formatValue, type Locale } from '../../domain/format'
import { axisFormatter, grid, tipHtml } from './common'

/** A metric's yearly series; for tooltips and the data-rendered contract. */
export interface TrendInput {
  metric: MetricDef
  points: Point[]
  locale: Locale
  /** Series name shown in legend and tooltip (e.g. 全市 or a district). */
  name: string
  /** Extra label text after the value (e.g. "/万会员"). */
  perLabel?: string
}

/** Builds the option of a single-metric trend: bars for yearly flows, a line for year-end stocks. */
export function trendOption({ metric, points, locale, name, perLabel = '' }: TrendInput): EChartsCoreOption {
  const isRatio = metric.unit === 'ratio'
  const fmt = (v: number | null) =>
    formatValue(v, perLabel ? 'per10k' : metric.unit, locale, { unitWord: perLabel ? undefined : metric.unitWord }) + perLabel
  return {
    animationDuration: 300,
    grid,
    tooltip: {
      trigger: 'axis',
      confine: true,
      // The formatter returns text built from numbers and catalogue strings only.
      formatter: (items: { axisValue: string; value: number | null }[]) => {
        const item = items[0]
        if (!item) return ''
        return tipHtml(`${item.axisValue}${locale === 'zh' ? '年' : ''}`, [{ name, value: fmt(item.value) }], metric.definition[locale])
      },
      extraCssText: 'max-width:320px;white-space:normal;',
    },
    xAxis: { type: 'category', data: points.map((p) => String(p.year)), axisTick: { alignWithLabel: true } },
    yAxis: {
      type: 'value',
      axisLabel: { formatter: axisFormatter(metric.unit, locale) },
    },
    series: [
      {
        name,
        type: metric.kind === 'stock' || isRatio ? 'line' : 'bar',
        data: points.map((p) => p.value),
        barMaxWidth: 40,
        symbolSize: 8,
        lineStyle: { width: 3 },
        label: { show: points.length <= 12, position: 'top', color: 'inherit', textBorderColor: 'transparent', textBorderWidth: 0, formatter: (p: { value: number | null }) => (p.value == null ? '' : isRatio ? `${(p.value * 100).toFixed(1)}%` : compact(p.value, locale, 1)) },
      },
    ],
  }
}
