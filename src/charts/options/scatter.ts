import type { EChartsCoreOption } from 'echarts/core'
import { districtName } from '../../domain/districts'
import type { ExportTable } from '../../domain/export-table'
import type { Per } from '../../domain/filters'
import type { Locale } from '../../domain/format'
import type { MetricDef } from '../../domain/metrics'
import { normalisable } from '../../domain/metrics'
import { metricValue, type Panel } from '../../domain/panel'
import { grid, tipHtml } from './common'
import { districtColors, type ChartTheme } from './district-colors'
import { shortValue, valueText } from './district-stats'

export interface ScatterInput {
  panel: Panel
  x: MetricDef
  y: MetricDef
  year: number
  per: Per
  locale: Locale
  perLabel: string
  codes: string[]
  selected: string[]
  theme: ChartTheme
  /** "中位数" */
  medianLabel: string
}

/** The median of some numbers; null for none. */
export function median(values: number[]): number | null {
  if (!values.length) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** The districts with both values, as points [x, y]. */
export function scatterPoints(input: Pick<ScatterInput, 'panel' | 'x' | 'y' | 'year' | 'per' | 'codes'>) {
  return input.codes.flatMap((code) => {
    const x = metricValue(input.panel, input.x, [code], input.year, input.per)
    const y = metricValue(input.panel, input.y, [code], input.year, input.per)
    return x == null || y == null ? [] : [{ code, x, y }]
  })
}

/** Two metrics against each other, one labelled point per district, quadrants split at the medians. */
export function scatterOption(input: ScatterInput): EChartsCoreOption {
  const { locale, selected, x, y, per, perLabel } = input
  const colors = districtColors(input.theme)
  const points = scatterPoints(input)
  const mx = median(points.map((p) => p.x))
  const my = median(points.map((p) => p.y))
  const nameOf = (code: string) => (locale === 'zh' ? districtName(code, 'zh', true) : districtName(code, 'en'))
  // A normalised axis says so in its title ("创新成果（每万名会员）"); rates are never normalised.
  const axisName = (m: MetricDef) => (per !== 'none' && perLabel && normalisable(m) ? (locale === 'zh' ? `${m.label.zh}（${perLabel}）` : `${m.label.en} (${perLabel})`) : m.label[locale])
  const axis = (m: MetricDef) => ({
    type: 'value', scale: true, name: axisName(m), nameTextStyle: { fontSize: 12, color: colors.text },
    axisLabel: { formatter: (v: number) => shortValue(v, m, locale) }, splitLine: { lineStyle: { opacity: 0.5 } },
  })
  // Median labels sit at the far end of their line, inside the plot, away from the axis titles at the edges.
  const medianLine = (value: number | null, key: 'xAxis' | 'yAxis', m: MetricDef) =>
    value == null ? [] : [{
      [key]: value,
      label: { formatter: `${input.medianLabel} ${shortValue(value, m, locale)}`, position: key === 'xAxis' ? 'insideEndTop' : 'insideStartTop' },
    }]
  return {
    animation: false,
    grid: { ...grid, top: 36, right: 56, bottom: 28 },
    tooltip: {
      trigger: 'item', confine: true,
      formatter: (p: { dataIndex: number }) => {
        const pt = points[p.dataIndex]
        if (!pt) return ''
        return tipHtml(`${districtName(pt.code, locale)} · ${input.year}`, [
          { name: x.label[locale], value: valueText(pt.x, x, per, locale, perLabel) },
          { name: y.label[locale], value: valueText(pt.y, y, per, locale, perLabel) },
        ])
      },
      extraCssText: 'max-width:320px;white-space:normal;',
    },
    xAxis: { ...axis(x), nameLocation: 'middle', nameGap: 28 },
    // The y name starts at the axis and runs right, so a long name is never clipped at the card's edge.
    yAxis: { ...axis(y), nameLocation: 'end', nameGap: 12, nameTextStyle: { ...axis(y).nameTextStyle, align: 'left', padding: [0, 0, 0, -12] } },
    series: [
      {
        type: 'scatter',
        data: points.map((p) => {
          const chosen = selected.includes(p.code)
          return { value: [p.x, p.y], code: p.code, symbolSize: chosen ? 16 : 11, itemStyle: { color: chosen ? colors.selected : colors.base } }
        }),
        label: { show: true, position: 'right', fontSize: 12, color: colors.text, formatter: (p: { dataIndex: number }) => nameOf(points[p.dataIndex]!.code) },
        // Shift crowded names apart rather than hiding some: every district on the chart keeps its name.
        labelLayout: { moveOverlap: 'shiftY', hideOverlap: false },
        labelLine: { show: true, lineStyle: { opacity: 0.5 } },
        emphasis: { scale: 1.4 },
        markLine: {
          silent: true, symbol: 'none', animation: false,
          lineStyle: { color: colors.text, type: 'dashed', width: 1, opacity: 0.7 },
          label: { color: colors.text, fontSize: 11 },
          data: [...medianLine(mx, 'xAxis', x), ...medianLine(my, 'yAxis', y)],
        },
      },
    ],
  }
}

/** The scatter as a table: district, x, y. */
export function scatterTable(input: ScatterInput, title: string, districtLabel: string): ExportTable {
  return {
    title, meta: [],
    columns: [{ key: 'district', label: districtLabel }, { key: 'x', label: input.x.label[input.locale] }, { key: 'y', label: input.y.label[input.locale] }],
    rows: scatterPoints(input).map((p) => ({ district: districtName(p.code, input.locale), x: p.x, y: p.y })),
  }
}
