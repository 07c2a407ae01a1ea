import type { EChartsCoreOption } from 'echarts/core'
import { districtName } from '../../domain/districts'
import { exportNumber, type ExportTable } from '../../domain/export-table'
import { unitText } from './district-table'
import { compact, formatPercent, type Locale } from '../../domain/format'
import type { MetricDef } from '../../domain/metrics'
import { normalisable } from '../../domain/metrics'
import { axisFormatter, grid, tipHtml, tipValue } from './common'
import { yearSeriesOption } from './year-series'

/** Value labels in the series colour without a halo, legible on the light and the dark theme alike. */
const plainLabel = { color: 'inherit', textBorderWidth: 0, textBorderColor: 'transparent' }

/** What a view needs for one card: the chart option, its download table, and whether there is anything to draw. */
export interface ChartModel {
  option: EChartsCoreOption
  table: ExportTable
  empty: boolean
}

/** One metric's values over the years, as bars or a line on the left (0) or right (1) axis. */
export interface MetricLine {
  metric: MetricDef
  values: (number | null)[]
  type: 'bar' | 'line'
  axis?: 0 | 1
}

/** Shared inputs of the cards: title, labels in the active language. */
export interface CardText {
  title: string
  locale: Locale
  definition: string
}

/** A metric's name, with the normalisation when one applies (a rate is never normalised). */
export function lineName(metric: MetricDef, locale: Locale, perLabel = ''): string {
  if (!perLabel || !normalisable(metric)) return metric.label[locale]
  return locale === 'zh' ? `${metric.label.zh}（${perLabel}）` : `${metric.label.en} (${perLabel.toLowerCase()})`
}

/** A download header with its unit (and basis), so a rounded number is never read without one: "件均挽回损失（元）". */
function withUnit(metric: MetricDef, locale: Locale, perLabel = ''): string {
  const parts = [unitText(metric, 'none', locale, ''), perLabel && normalisable(metric) ? perLabel : ''].filter(Boolean)
  if (!parts.length) return metric.label[locale]
  return locale === 'zh' ? `${metric.label.zh}（${parts.join('，')}）` : `${metric.label.en} (${parts.join(', ')})`
}

/** Metrics over the years side by side (never stacked, so nothing reads as a sum), with their download table. */
export function metricYearsChart(text: CardText & { yearLabel: string; years: number[]; lines: MetricLine[]; perLabel?: string }): ChartModel {
  const { locale, years, lines } = text
  const names = lines.map((l) => lineName(l.metric, locale, text.perLabel))
  const option = yearSeriesOption({
    years,
    locale,
    definition: text.definition,
    series: lines.map((l, i) => ({ name: names[i]!, type: l.type, values: l.values, unit: l.metric.unit, unitWord: l.metric.unitWord, axis: l.axis })),
  })
  const table: ExportTable = {
    title: text.title,
    meta: [],
    columns: [{ key: 'year', label: text.yearLabel }, ...lines.map((l) => ({ key: l.metric.id, label: withUnit(l.metric, locale, text.perLabel) }))],
    rows: years.map((year, y) => ({ year, ...Object.fromEntries(lines.map((l) => [l.metric.id, exportNumber(l.values[y], l.metric.unit)])) })),
  }
  return { option, table, empty: lines.every((l) => l.values.every((v) => v == null)) }
}

/** A workshop's totals over the range, as the top-10 query returns them. */
export interface WorkshopTotal {
  workshop_id: string
  name: string
  district_code: string
  level: string
  outputs: number
}

/** Shortens a long name in the middle: "北京市西城区职业…任新劳模创新工作室". */
export function shortName(name: string, max = 16): string {
  const chars = [...name]
  if (chars.length <= max) return name
  const tail = Math.ceil((max - 1) / 2) + 1
  return `${chars.slice(0, max - 1 - tail).join('')}…${chars.slice(-tail).join('')}`
}

/** Column and tooltip labels of the top-10 card. */
export interface TopText extends CardText {
  metric: MetricDef
  rank: string
  workshop: string
  district: string
  level: string
  levelName: (code: string) => string
}

/** The top workshops by outputs as horizontal bars, best on top; names from data reach the tooltip only escaped. */
export function topWorkshopsChart(rows: WorkshopTotal[], text: TopText): ChartModel {
  const { locale, metric } = text
  const option: EChartsCoreOption = {
    animationDuration: 300,
    grid: { ...grid, top: 8, right: 48 },
    tooltip: {
      trigger: 'item',
      confine: true,
      extraCssText: 'max-width:340px;white-space:normal;',
      formatter: (p: { dataIndex: number }) => {
        const r = rows[p.dataIndex]
        if (!r) return ''
        return tipHtml(r.name, [
          { name: text.district, value: districtName(r.district_code, locale) },
          { name: text.level, value: text.levelName(r.level) },
          { name: metric.label[locale], value: tipValue(r.outputs, metric.unit, locale, metric.unitWord) },
        ], text.definition)
      },
    },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      // Ids, not names, so two workshops with the same name stay two bars.
      data: rows.map((r) => r.workshop_id),
      axisTick: { show: false },
      // Names run to 30 characters and differ at the end (leader and kind): keep both ends, the tooltip has it all.
      axisLabel: { width: 200, overflow: 'truncate', ellipsis: '…', formatter: (_: string, i: number) => shortName(rows[i]?.name ?? '') },
    },
    series: [{
      name: metric.label[locale],
      type: 'bar',
      data: rows.map((r) => r.outputs),
      barMaxWidth: 22,
      label: { show: true, position: 'right', ...plainLabel },
    }],
  }
  const table: ExportTable = {
    title: text.title,
    meta: [],
    columns: [
      { key: 'rank', label: text.rank }, { key: 'name', label: text.workshop }, { key: 'district', label: text.district },
      { key: 'level', label: text.level }, { key: 'outputs', label: metric.label[locale] },
    ],
    rows: rows.map((r, i) => ({ rank: i + 1, name: r.name, district: districtName(r.district_code, locale), level: text.levelName(r.level), outputs: r.outputs })),
  }
  return { option, table, empty: rows.length === 0 }
}

/** One district's value of a metric in the end year. */
export interface DistrictValue {
  code: string
  value: number | null
}

/** Labels of a by-district card. */
export interface DistrictText extends CardText {
  metric: MetricDef
  district: string
  /** The city's name in the reference line and table (全市). */
  city: string
}

/** A short bar label: whole numbers from 100 up, two decimals below 10 (0.86项), percentages for rates. */
function shortValue(v: number, metric: MetricDef, locale: Locale): string {
  if (metric.unit === 'ratio') return formatPercent(v)
  const abs = Math.abs(v)
  return compact(v, locale, abs < 10 ? 2 : abs < 100 || abs >= 1e4 ? 1 : 0)
}

/**
 * Every district's value sorted best first as horizontal bars, the selected ones at full strength with bold names (the rest faded),
 * the city value as a dashed reference line; districts without data are left out.
 */
export function districtBarsChart(values: DistrictValue[], city: number | null, selected: string[], text: DistrictText): ChartModel {
  const { locale, metric } = text
  const bars = values
    .filter((v): v is { code: string; value: number } => v.value != null)
    .sort((a, b) => (metric.better === 'up' ? b.value - a.value : a.value - b.value) || a.code.localeCompare(b.code))
  const chosen = new Set(selected)
  const fmt = (v: number | null) => tipValue(v, metric.unit, locale, metric.unitWord)
  const option: EChartsCoreOption = {
    animationDuration: 300,
    grid: { ...grid, top: 28, right: 32 },
    tooltip: {
      trigger: 'item',
      confine: true,
      extraCssText: 'max-width:320px;white-space:normal;',
      formatter: (p: { dataIndex: number }) => {
        const b = bars[p.dataIndex]
        if (!b) return ''
        return tipHtml(districtName(b.code, locale), [{ name: metric.label[locale], value: fmt(b.value) }, { name: text.city, value: fmt(city) }], text.definition)
      },
    },
    xAxis: { type: 'value', axisLabel: { formatter: axisFormatter(metric.unit, locale) } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.code),
      axisTick: { show: false },
      // Each value sits beside its district name, left of the plot, so the city line never crosses a figure.
      axisLabel: {
        formatter: (code: string, i: number) => `{${chosen.has(code) ? 'sel' : 'name'}|${districtName(code, locale, true)}}{value|${shortValue(bars[i]!.value, metric, locale)}}`,
        rich: {
          name: { width: locale === 'zh' ? 40 : 78 },
          sel: { width: locale === 'zh' ? 40 : 78, fontWeight: 'bold' },
          value: { width: 48, align: 'right', fontSize: 11 },
        },
      },
    },
    series: [{
      name: metric.label[locale],
      type: 'bar',
      barMaxWidth: 16,
      data: bars.map((b) => ({ value: b.value, itemStyle: { opacity: chosen.size && !chosen.has(b.code) ? 0.35 : 1 } })),
      markLine: city == null ? undefined : {
        silent: true,
        symbol: 'none',
        lineStyle: { type: 'dashed', width: 1.5 },
        // The category axis is inverted, so the line starts at the top: its label sits above the bars, clear of the axis.
        label: { position: 'start', ...plainLabel, formatter: `${text.city} ${shortValue(city, metric, locale)}` },
        data: [{ xAxis: city }],
      },
    }],
  }
  const table: ExportTable = {
    title: text.title,
    meta: [],
    columns: [{ key: 'district', label: text.district }, { key: 'value', label: withUnit(metric, locale) }],
    rows: [...bars.map((b) => ({ district: districtName(b.code, locale), value: exportNumber(b.value, metric.unit) })), { district: text.city, value: exportNumber(city, metric.unit) }],
  }
  return { option, table, empty: bars.length === 0 }
}
