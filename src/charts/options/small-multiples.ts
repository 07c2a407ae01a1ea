import type { EChartsCoreOption } from 'echarts/core'
import { districtName } from '../../domain/districts'
import type { ExportTable } from '../../domain/export-table'
import { yearsOf } from '../../domain/filters'
import { metricValue } from '../../domain/panel'
import { tipHtml } from './common'
import { districtColors, type ChartTheme } from './district-colors'
import { referenceValue, shortValue, valueText, type DistrictMetricInput } from './district-stats'

export interface SmallMultiplesInput extends Omit<DistrictMetricInput, 'year'> {
  from: number
  to: number
  /** Districts in display order (ranking or zone order). */
  codes: string[]
  theme: ChartTheme
  /** Name of the dashed reference line (e.g. 全市区均). */
  referenceName: string
}

const COLS = 4

/** A round upper bound for the shared y scale (1, 2, 2.5 or 5 × 10^n). */
export function niceCeil(v: number): number {
  if (!(v > 0)) return 1
  const p = 10 ** Math.floor(Math.log10(v))
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((x) => x >= v * 0.999)!
}

/** One value per year for a district (null where it has no data). */
function series(input: SmallMultiplesInput, codes: string[], years: number[], reference = false) {
  const { panel, metric, per } = input
  return years.map((y) => (reference ? referenceValue(panel, metric, codes, y, per) : metricValue(panel, metric, codes, y, per)))
}

/** One mini trend per district in a 4-column grid, all on the same y scale, in a single chart instance. */
export function smallMultiplesOption(input: SmallMultiplesInput): EChartsCoreOption {
  const { codes, locale, selected, metric, per, perLabel } = input
  const colors = districtColors(input.theme)
  const years = yearsOf(input)
  const lines = codes.map((code) => series(input, [code], years))
  const reference = series(input, input.codes, years, true)
  const top = niceCeil(Math.max(0, ...lines.flat().map((v) => v ?? 0), ...reference.map((v) => v ?? 0)))
  const rows = Math.ceil(codes.length / COLS)
  const rowH = 100 / rows
  const cell = (i: number) => ({ c: i % COLS, r: Math.floor(i / COLS) })
  const nameOf = (code: string) => (locale === 'zh' ? districtName(code, 'zh', true) : districtName(code, 'en'))
  const text = (v: number | null | undefined) => valueText(v, metric, per, locale, perLabel)
  return {
    animation: false,
    title: codes.map((code, i) => {
      const last = lines[i]![lines[i]!.length - 1]
      const chosen = selected.includes(code)
      return {
        text: `${nameOf(code)}  ${last == null ? '—' : shortValue(last, metric, locale)}`,
        left: `${cell(i).c * 25 + 6}%`, top: `${cell(i).r * rowH}%`,
        textStyle: { fontSize: 13, fontWeight: chosen ? 700 : 500, color: chosen ? colors.selected : colors.text },
      }
    }),
    grid: codes.map((_, i) => ({
      left: `${cell(i).c * 25 + 6}%`, width: '17%', top: `${cell(i).r * rowH + rowH * 0.3}%`, height: `${rowH * 0.5}%`,
    })),
    tooltip: {
      trigger: 'axis', confine: true,
      formatter: (items: { seriesIndex: number; dataIndex: number; marker: string }[]) => {
        const first = items[0]
        if (!first) return ''
        const i = Math.floor(first.seriesIndex / 2)
        const year = years[first.dataIndex]!
        return tipHtml(`${districtName(codes[i]!, locale)} · ${year}`, [
          { name: nameOf(codes[i]!), value: text(lines[i]![first.dataIndex]) },
          { name: input.referenceName, value: text(reference[first.dataIndex]) },
        ], metric.definition[locale])
      },
    },
    xAxis: codes.map((_, i) => ({
      type: 'category', gridIndex: i, data: years.map(String), boundaryGap: false, axisTick: { show: false },
      // First and last year only, aligned inward so neither is clipped by the neighbouring grid.
      axisLabel: {
        show: i + COLS >= codes.length, interval: 0, fontSize: 11, alignMinLabel: 'left', alignMaxLabel: 'right',
        formatter: (v: string, k: number) => (k === 0 || k === years.length - 1 ? v : ''),
      },
    })),
    yAxis: codes.map((_, i) => ({
      type: 'value', gridIndex: i, min: 0, max: top, interval: top / 2,
      axisLabel: { show: cell(i).c === 0, fontSize: 11, formatter: (v: number) => shortValue(v, metric, locale) },
      splitLine: { lineStyle: { opacity: 0.5 } },
    })),
    series: codes.flatMap((code, i) => {
      const chosen = selected.includes(code)
      const color = chosen ? colors.selected : colors.base
      return [
        {
          type: 'line', xAxisIndex: i, yAxisIndex: i, showSymbol: years.length <= 2, symbolSize: 5, connectNulls: false,
          data: lines[i]!.map((value) => ({ value, code })),
          lineStyle: { color, width: chosen ? 3 : 2 }, itemStyle: { color },
        },
        {
          type: 'line', xAxisIndex: i, yAxisIndex: i, silent: true, showSymbol: false, data: reference,
          lineStyle: { color: colors.text, width: 1, type: 'dashed', opacity: 0.6 }, itemStyle: { color: colors.text },
        },
      ]
    }),
  }
}

/** The small multiples as a table: one row per district, one column per year. */
export function smallMultiplesTable(input: SmallMultiplesInput, title: string, districtLabel: string): ExportTable {
  const years = yearsOf(input)
  return {
    title, meta: [],
    columns: [{ key: 'district', label: districtLabel }, ...years.map((y) => ({ key: String(y), label: String(y) }))],
    rows: input.codes.map((code) => {
      const values = series(input, [code], years)
      return { district: districtName(code, input.locale), ...Object.fromEntries(years.map((y, i) => [String(y), values[i] ?? null])) }
    }),
  }
}
