import type { EChartsCoreOption } from 'echarts/core'
import type { ExportTable } from '../../domain/export-table'
import { compact, type Locale, type UnitKind } from '../../domain/format'
import { INDUSTRIES, label, PROGRAMS } from '../../domain/labels'
import { palette } from '../themes'
import { axisFormatter, grid, tipHtml, tipValue } from './common'
import type { YearSeries } from './year-series'

/** A programme's sessions and person-times in a year (as the training query returns them). */
export interface ProgrammeRow { program: string; year: number; sessions: number; person_times: number }
/** An industry's competitions and participants in a year (as the industry query returns them). */
export interface IndustryRow { industry: string | null; year: number; competitions: number; participants: number }

const scaled = (v: number | null | undefined, factor: number | null) => (v == null || factor == null ? null : v * factor)

/** Stacked person-times by programme (catalogue order first, unknown codes after) and sessions as a line on the right axis. */
export function programmeSeries(rows: ProgrammeRow[], years: number[], factors: (number | null)[], locale: Locale, sessionsLabel: string): YearSeries[] {
  const per = factors.some((x) => x !== 1)
  const codes = [...Object.keys(PROGRAMS), ...[...new Set(rows.map((r) => r.program))].filter((c) => !(c in PROGRAMS)).sort()]
  const cell = (program: string | null, key: 'sessions' | 'person_times', i: number) => {
    const hits = rows.filter((r) => r.year === years[i] && (program == null || r.program === program))
    return hits.length ? scaled(hits.reduce((s, r) => s + r[key], 0), factors[i]!) : null
  }
  const bars: YearSeries[] = codes
    .filter((code) => rows.some((r) => r.program === code))
    .map((code) => ({
      name: label(PROGRAMS, code, locale), type: 'bar', stack: 'person-times', unit: per ? 'per10k' : 'person-times',
      values: years.map((_, i) => cell(code, 'person_times', i)),
    }))
  const line: YearSeries = {
    name: sessionsLabel, type: 'line', axis: 1, unit: per ? 'per10k' : 'count', unitWord: '场次',
    values: years.map((_, i) => cell(null, 'sessions', i)),
  }
  return bars.length ? [...bars, line] : []
}

/** Participants by industry over the range (each year normalised by its own base), largest first. */
export function industryTotals(rows: IndustryRow[], years: number[], factors: (number | null)[]) {
  const totals = new Map<string, { industry: string | null; competitions: number; participants: number }>()
  for (const r of rows) {
    const factor = factors[years.indexOf(r.year)]
    if (factor == null) continue
    const key = r.industry ?? ''
    const t = totals.get(key) ?? { industry: r.industry, competitions: 0, participants: 0 }
    t.competitions += r.competitions
    t.participants += r.participants * factor
    totals.set(key, t)
  }
  return [...totals.values()].sort((a, b) => b.participants - a.participants)
}

/** Inputs of the industry bars: totals, and the words of the tooltip. */
export interface IndustryInput {
  totals: ReturnType<typeof industryTotals>
  locale: Locale
  unit: UnitKind
  participantsLabel: string
  competitionsLabel: string
  definition: string
}

/** Horizontal bars of participants by industry, largest on top; industry names are escaped in the tooltip. */
export function industryOption({ totals, locale, unit, participantsLabel, competitionsLabel, definition }: IndustryInput): EChartsCoreOption {
  const names = totals.map((t) => label(INDUSTRIES, t.industry, locale))
  return {
    animationDuration: 300,
    grid: { ...grid, top: 8, right: 56 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (items: { dataIndex: number }[]) => {
        const i = items[0]?.dataIndex ?? 0
        const t = totals[i]
        if (!t) return ''
        return tipHtml(names[i]!, [
          { name: participantsLabel, value: tipValue(t.participants, unit, locale) },
          { name: competitionsLabel, value: tipValue(t.competitions, 'count', locale, '场') },
        ], definition)
      },
      extraCssText: 'max-width:340px;white-space:normal;',
    },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => compact(v, locale, 1) } },
    yAxis: { type: 'category', inverse: true, data: names, axisTick: { show: false } },
    series: [{
      name: participantsLabel, type: 'bar', data: totals.map((t) => t.participants), barMaxWidth: 18,
      label: { show: true, position: 'right', color: 'inherit', textBorderWidth: 0, formatter: (p: { value: number }) => compact(p.value, locale, 1) },
    }],
  }
}

const round = (v: number | null) => (v == null ? null : Math.round(v * 100) / 100)

/** A downloadable table with one row per year and one column per series. */
export function yearTable(title: string, yearLabel: string, years: number[], series: YearSeries[]): ExportTable {
  return {
    title,
    meta: [],
    columns: [{ key: 'year', label: yearLabel }, ...series.map((s, i) => ({ key: `s${i}`, label: s.name }))],
    rows: years.map((year, y) => ({ year, ...Object.fromEntries(series.map((s, i) => [`s${i}`, round(s.values[y] ?? null)])) })),
  }
}

/** The industry bars as a downloadable table. */
export function industryTable(title: string, input: IndustryInput, industryLabel: string): ExportTable {
  return {
    title,
    meta: [],
    columns: [{ key: 'industry', label: industryLabel }, { key: 'participants', label: input.participantsLabel }, { key: 'competitions', label: input.competitionsLabel }],
    rows: input.totals.map((t) => ({ industry: label(INDUSTRIES, t.industry, input.locale), participants: round(t.participants), competitions: t.competitions })),
  }
}

/** Competitions and craftsmen named as bars on the left axis, participants as a line on the right. */
export function competitionSeries(
  labels: { competitions: string; craftsmen: string; participants: string },
  values: { competitions: (number | null)[]; craftsmen: (number | null)[]; participants: (number | null)[] },
  per: boolean,
): YearSeries[] {
  if (![...values.competitions, ...values.participants].some((v) => v != null)) return []
  return [
    { name: labels.competitions, type: 'bar', unit: per ? 'per10k' : 'count', unitWord: '场', values: values.competitions },
    { name: labels.craftsmen, type: 'bar', unit: per ? 'per10k' : 'count', unitWord: '名', values: values.craftsmen },
    { name: labels.participants, type: 'line', axis: 1, unit: per ? 'per10k' : 'person-times', values: values.participants },
  ]
}

/** Mixes a #rrggbb colour with white (amount > 0) or black (amount < 0): the scale's ends, derived from the theme's blue. */
export function mix(hex: string, amount: number): string {
  const target = amount > 0 ? 255 : 0
  const a = Math.abs(amount)
  const channels = [1, 3, 5].map((i) => Math.round(parseInt(hex.slice(i, i + 2), 16) * (1 - a) + target * a))
  return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`
}

/** Inputs of the coverage heatmap: a value per district (rows, official order) and year (columns). */
export interface CoverageInput {
  years: number[]
  codes: string[]
  /** Row names, same order as codes. */
  names: string[]
  /** values[row][column]: trainees ÷ union members. */
  values: (number | null)[][]
  /** The whole city's coverage per year, for the tooltip. */
  city: (number | null)[]
  /** Districts in scope; the others are dimmed. Empty: nothing dimmed (whole city). */
  selected: string[]
  locale: Locale
  metricLabel: string
  cityLabel: string
  definition: string
  /** The theme's text colour, for the scale's labels (ECharts does not take it from the theme here). */
  textColor: string
}

const pct = (v: number | null | undefined, d = 1) => (v == null ? '—' : `${(v * 100).toFixed(d)}%`)

/** Coverage of districts × years as a light-to-dark blue heatmap, districts out of scope dimmed. */
export function coverageOption(input: CoverageInput): EChartsCoreOption {
  const { years, codes, names, values, city, selected, locale, textColor } = input
  const blue = palette[0]!
  const flat = values.flat().filter((v): v is number => v != null)
  const inScope = (code: string) => !selected.length || selected.includes(code)
  const data = codes.flatMap((code, row) =>
    years.map((_, col) => ({
      value: [col, row, values[row]?.[col] ?? null],
      // Outlined when chosen, faded otherwise: readable on light and dark backgrounds alike.
      itemStyle: selected.length && inScope(code) ? { borderColor: textColor, borderWidth: 1.5 } : { opacity: inScope(code) ? 1 : 0.45 },
      // Faded cells let the card show through, so ECharts' automatic label contrast misjudges them: use the text colour.
      label: inScope(code) ? {} : { color: textColor, textBorderWidth: 0, opacity: 0.75 },
    })),
  )
  return {
    animationDuration: 300,
    grid: { ...grid, top: 8, bottom: 44, right: 16 },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: { value: [number, number, number | null] }) => {
        const [col, row, v] = p.value
        return tipHtml(`${names[row]} · ${years[col]}${locale === 'zh' ? '年' : ''}`, [
          { name: input.metricLabel, value: pct(v) },
          { name: input.cityLabel, value: pct(city[col]) },
        ], input.definition)
      },
      extraCssText: 'max-width:320px;white-space:normal;',
    },
    xAxis: { type: 'category', data: years.map(String), splitArea: { show: false }, axisTick: { show: false } },
    yAxis: {
      type: 'category', inverse: true, data: names, axisTick: { show: false },
      axisLabel: { formatter: (name: string, i: number) => (selected.length && inScope(codes[i]!) ? `{b|${name}}` : name), rich: { b: { fontWeight: 'bold' } } },
    },
    visualMap: {
      type: 'continuous', min: flat.length ? Math.min(...flat) : 0, max: flat.length ? Math.max(...flat) : 1,
      orient: 'horizontal', left: 'center', bottom: 0, itemWidth: 12, itemHeight: 180, calculable: false,
      text: [pct(flat.length ? Math.max(...flat) : null), pct(flat.length ? Math.min(...flat) : null)],
      textStyle: { color: textColor },
      inRange: { color: [mix(blue, 0.9), mix(blue, 0.45), blue, mix(blue, -0.45)] },
    },
    series: [{
      name: input.metricLabel, type: 'heatmap', data,
      label: { show: years.length <= 10, fontSize: 11, formatter: (p: { value: [number, number, number | null] }) => pct(p.value[2]) },
      emphasis: { itemStyle: { borderColor: textColor, borderWidth: 1 } },
    }],
  }
}

/** The heatmap as a downloadable table: one row per district (plus the city), one column per year, in %. */
export function coverageTable(title: string, districtLabel: string, input: CoverageInput): ExportTable {
  const row = (name: string, vals: (number | null)[]) => ({ name, ...Object.fromEntries(input.years.map((y, i) => [String(y), vals[i] == null ? null : Math.round(vals[i]! * 10_000) / 100])) })
  return {
    title,
    meta: [],
    columns: [{ key: 'name', label: districtLabel }, ...input.years.map((y) => ({ key: String(y), label: `${y} (%)` }))],
    rows: [...input.names.map((n, i) => row(n, input.values[i] ?? [])), row(input.cityLabel, input.city)],
  }
}

/** An axis tick in the unit's convention (the shared formatter, for callers that format one value). */
export function fineTick(v: number, unit: UnitKind, locale: Locale): string {
  return axisFormatter(unit, locale)(v)
}

/** Per-10k rates can sit below 1, where a one-decimal axis repeats labels ("0.1, 0.1"): use fine ticks instead. */
export function withFineAxes(option: EChartsCoreOption, locale: Locale): EChartsCoreOption {
  const axes = (option.yAxis as { axisLabel?: object }[]).map((axis) => ({
    ...axis,
    axisLabel: { ...axis.axisLabel, formatter: (v: number) => fineTick(v, 'per10k', locale) },
  }))
  return { ...option, yAxis: axes }
}
