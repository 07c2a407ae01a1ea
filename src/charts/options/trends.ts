import type { EChartsCoreOption } from 'echarts/core'
import { CITY_CODE, DISTRICT_CODES } from '../../domain/districts'
import type { ExportTable } from '../../domain/export-table'
import { isWholeCity, selectedDistricts, yearsOf, type Filters } from '../../domain/filters'
import { formatValue, type Locale } from '../../domain/format'
import { type MetricDef, normalisable } from '../../domain/metrics'
import { metricValue, type Panel } from '../../domain/panel'
import { grid, tipHtml } from './common'
import { fineTick } from './training'

/** More lines than this stop being readable: the chart draws the first ones, the table lists all. */
export const MAX_LINES = 8

/** A line of the chart: a district (or the city, code 110000) and its value per year. */
export interface Line { code: string; values: (number | null)[] }

/** perDistrict: city total ÷ 16 (counts); city: the city's own value (ratios and per-capita figures). */
export type ReferenceKind = 'perDistrict' | 'city'

/**
 * One line per selected district (or the city when nothing is narrowed) and the city average to compare with;
 * no reference when the only line already is the city value.
 */
export function trendLines(panel: Panel, metric: MetricDef, f: Filters): { lines: Line[]; reference: Line & { kind: ReferenceKind } | null } {
  const years = yearsOf(f)
  const series = (codes: string[]) => years.map((y) => metricValue(panel, metric, codes, y, f.per))
  const whole = isWholeCity(f)
  const lines = whole ? [{ code: CITY_CODE, values: series(DISTRICT_CODES) }] : selectedDistricts(f).map((code) => ({ code, values: series([code]) }))
  const rate = metric.unit === 'ratio' || metric.denominator != null || f.per !== 'none'
  if (rate && whole) return { lines, reference: null }
  const city = series(DISTRICT_CODES)
  const values = rate ? city : city.map((v) => (v == null ? null : v / DISTRICT_CODES.length))
  return { lines, reference: { code: CITY_CODE, kind: rate ? 'city' : 'perDistrict', values } }
}

/** The unit words after a number: "家", "元", "%", "人次/万名会员" (Chinese words only in Chinese). */
export function unitText(metric: MetricDef, locale: Locale, perSuffix: string): string {
  if (metric.unit === 'ratio') return '%'
  const word = locale === 'zh' ? (metric.unit === 'yuan' ? '元' : metric.unit === 'person-times' ? '人次' : metric.unitWord ?? '') : ''
  return perSuffix ? `${word}${perSuffix}` : word
}

/** A value with its unit: "4,600家", "48.2%", "12.3人次/万名会员". */
export function valueText(v: number | null | undefined, metric: MetricDef, locale: Locale, perSuffix: string): string {
  if (perSuffix && normalisable(metric) && v != null) return `${formatValue(v, 'per10k', locale, { digits: 1 })}${unitText(metric, locale, perSuffix)}`
  return formatValue(v, metric.unit, locale, { unitWord: metric.unitWord })
}

/** What the trends chart needs: named lines, the reference and the words around them. */
export interface TrendsInput {
  metric: MetricDef
  years: number[]
  lines: { name: string; values: (number | null)[] }[]
  reference: { name: string; note: string; values: (number | null)[] } | null
  locale: Locale
  /** "/万名会员" when normalised, else empty. */
  perSuffix: string
  /** The dashed line's colour: the theme's neutral (black on light, white on dark). */
  referenceColor: string
}

/** One solid line per district and a dashed city average; tooltips escape names and explain the reference. */
export function trendsOption({ metric, years, lines, reference, locale, perSuffix, referenceColor }: TrendsInput): EChartsCoreOption {
  const all = reference ? [...lines, reference] : lines
  return {
    animationDuration: 300,
    grid: { ...grid, top: 48 },
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (items: { seriesIndex: number; dataIndex: number; marker: string }[]) => {
        const i = items[0]?.dataIndex ?? 0
        const rows = items.map((it) => ({ marker: it.marker, name: all[it.seriesIndex]!.name, value: valueText(all[it.seriesIndex]!.values[i], metric, locale, perSuffix) }))
        return tipHtml(`${years[i]}${locale === 'zh' ? '年' : ''}`, rows, [reference?.note, metric.definition[locale]].filter(Boolean).join(' '))
      },
      extraCssText: 'max-width:360px;white-space:normal;',
    },
    xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => fineTick(v, perSuffix && normalisable(metric) ? 'per10k' : metric.unit, locale) } },
    series: [
      ...lines.map((l) => ({ name: l.name, type: 'line', data: l.values, symbolSize: 6, lineStyle: { width: 2.5 }, emphasis: { focus: 'series' } })),
      ...(reference
        ? [{ name: reference.name, type: 'line', data: reference.values, symbol: 'none', color: referenceColor, lineStyle: { type: 'dashed', width: 2, color: referenceColor }, z: 1 }]
        : []),
    ],
  }
}

/** The values as a downloadable table: one row per line, one column per year; rates in %, other figures as they are. */
export function trendsTable(title: string, nameLabel: string, unitLine: [string, string], input: Pick<TrendsInput, 'metric' | 'years' | 'lines' | 'reference'>): ExportTable {
  const ratio = input.metric.unit === 'ratio'
  const cell = (v: number | null | undefined) => (v == null ? null : ratio ? Math.round(v * 10_000) / 100 : Math.round(v * 100) / 100)
  const rows = [...input.lines, ...(input.reference ? [input.reference] : [])]
  return {
    title,
    meta: [unitLine],
    columns: [{ key: 'name', label: nameLabel }, ...input.years.map((y) => ({ key: String(y), label: String(y) }))],
    rows: rows.map((r) => ({ name: r.name, ...Object.fromEntries(input.years.map((y, i) => [String(y), cell(r.values[i])])) })),
  }
}
