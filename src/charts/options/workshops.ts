import type { EChartsCoreOption } from 'echarts/core'
import type { ExportTable } from '../../domain/export-table'
import type { Per } from '../../domain/filters'
import { compact, type Locale } from '../../domain/format'
import { metricById, type MetricDef } from '../../domain/metrics'
import { metricSeries, perFactor, type Panel } from '../../domain/panel'
import { axisFormatter, grid, tipHtml, tipValue } from './common'
import { yearSeriesOption } from './year-series'

/** A named row of values over the years. */
export interface NamedValues {
  name: string
  values: (number | null)[]
}

/** Whether a chart has nothing to show: no value, or only zeros. */
export function isBlank(values: (number | null)[]): boolean {
  return values.every((v) => !v)
}

/**
 * A count's yearly series, optionally per 10k members or residents. A district-year without rows
 * had nothing named or revoked, so a missing count is zero; a missing base stays a gap.
 */
export function countSeries(panel: Panel, metric: MetricDef, districts: string[], from: number, to: number, per: Per): (number | null)[] {
  return metricSeries(panel, metric, districts, from, to, 'none').map((p) => {
    const scale = perFactor(panel, per, districts, p.year)
    return scale == null ? null : (p.value ?? 0) * scale
  })
}

/** Common inputs: years on the x-axis, the language, the counting word and the 口径. */
interface YearChart {
  years: number[]
  locale: Locale
  unitWord: string
  definition: string
}

/** Active workshops at year end, one stacked bar per year split by level. */
export function activeByLevelOption({ years, series, locale, unitWord, definition }: YearChart & { series: NamedValues[] }): EChartsCoreOption {
  return yearSeriesOption({
    years, locale, definition,
    series: series.map((s) => ({ name: s.name, type: 'bar', values: s.values, unit: 'count', unitWord, stack: 'active' })),
  })
}

/** Named (up) and revoked (down, drawn below zero) side by side per year; the tooltip adds the net change. */
export function newRevokedOption(input: YearChart & { added: NamedValues; revoked: NamedValues; netName: string }): EChartsCoreOption {
  const { years, locale, unitWord, definition, added, revoked, netName } = input
  const fmt = (v: number | null | undefined) => tipValue(v, 'count', locale, unitWord)
  const axis = axisFormatter('count', locale)
  return {
    animationDuration: 300,
    grid: { ...grid, top: 48 },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (items: { dataIndex: number; axisValue: string; marker: string; seriesIndex: number }[]) => {
        const i = items[0]?.dataIndex ?? 0
        const a = added.values[i] ?? null
        const r = revoked.values[i] ?? null
        const lines = items.map((it) => ({ marker: it.marker, name: it.seriesIndex ? revoked.name : added.name, value: fmt(it.seriesIndex ? r : a) }))
        lines.push({ marker: '', name: netName, value: a == null || r == null ? fmt(null) : fmt(a - r) })
        return tipHtml(`${items[0]?.axisValue ?? ''}${locale === 'zh' ? '年' : ''}`, lines, definition)
      },
      extraCssText: 'max-width:340px;white-space:normal;',
    },
    xAxis: { type: 'category', data: years.map(String), axisTick: { alignWithLabel: true } },
    // Revocations sit below zero but are counts: the axis shows magnitudes.
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => axis(Math.abs(v)) } },
    series: [
      { name: added.name, type: 'bar', data: added.values, barMaxWidth: 28, barGap: '10%', emphasis: { focus: 'series' } },
      { name: revoked.name, type: 'bar', data: revoked.values.map((v) => (v == null ? null : -v)), barMaxWidth: 28, emphasis: { focus: 'series' } },
    ],
  }
}

/** Horizontal bars, largest at the top, each labelled with its value. */
export function industryOption(input: { items: { name: string; value: number | null }[]; seriesName: string; locale: Locale; unitWord: string; definition: string }): EChartsCoreOption {
  const { items, seriesName, locale, unitWord, definition } = input
  return {
    animationDuration: 300,
    grid: { ...grid, top: 8, right: 56 },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: { name: string; value: number | null; marker: string }) =>
        tipHtml(p.name, [{ marker: p.marker, name: seriesName, value: tipValue(p.value, 'count', locale, unitWord) }], definition),
      extraCssText: 'max-width:320px;white-space:normal;',
    },
    xAxis: { type: 'value', axisLabel: { formatter: axisFormatter('count', locale) } },
    yAxis: { type: 'category', inverse: true, data: items.map((x) => x.name), axisTick: { show: false } },
    series: [
      {
        name: seriesName,
        type: 'bar',
        data: items.map((x) => x.value),
        barMaxWidth: 22,
        label: { show: true, position: 'right', color: 'inherit', textBorderWidth: 0, formatter: (p: { value: number | null }) => compact(p.value, locale, Math.abs(p.value ?? 0) < 10 ? 2 : 1) },
      },
    ],
  }
}

/** Rows of the alliances query, as the chart reads them. */
interface AllianceInput {
  year: number
  part: string
  type: string
  citywide: boolean
  value: number
}

/** Alliances founded by each year end, stacked by type with city-wide ones apart, and a line of the workshops they cover. */
export function alliancesSeries(years: number[], rows: AllianceInput[], types: { code: string; name: string }[], names: { citywide: string; covered: string }) {
  const pick = (keep: (r: AllianceInput) => boolean) =>
    years.map((y) => rows.filter((r) => r.year === y && keep(r)).reduce((s, r) => s + r.value, 0))
  const byType = types.map((t) => ({ name: t.name, values: pick((r) => r.part === 'alliances' && !r.citywide && r.type === t.code) }))
  const citywide = rows.some((r) => r.citywide) ? [{ name: names.citywide, values: pick((r) => r.part === 'alliances' && r.citywide) }] : []
  return { bars: [...byType, ...citywide], covered: { name: names.covered, values: pick((r) => r.part === 'covered') } }
}

/** The alliances chart: counts (个) on the left axis, covered workshops (家) on the right. */
export function alliancesOption({ years, bars, covered, locale, definition }: { years: number[]; bars: NamedValues[]; covered: NamedValues; locale: Locale; definition: string }): EChartsCoreOption {
  return yearSeriesOption({
    years, locale, definition,
    series: [
      ...bars.map((s) => ({ name: s.name, type: 'bar' as const, values: s.values, unit: 'count' as const, unitWord: metricById('alliances').unitWord, stack: 'alliances' })),
      { name: covered.name, type: 'line', values: covered.values, unit: 'count', unitWord: metricById('workshops_active').unitWord, axis: 1 },
    ],
  })
}

/** A download of series over the years: one row per year, one column per series. */
export function yearTable(title: string, yearLabel: string, years: number[], series: NamedValues[]): ExportTable {
  return {
    title,
    meta: [],
    columns: [{ key: 'year', label: yearLabel }, ...series.map((s, i) => ({ key: `s${i}`, label: s.name }))],
    rows: years.map((year, y) => ({ year, ...Object.fromEntries(series.map((s, i) => [`s${i}`, s.values[y] ?? null])) })),
  }
}
