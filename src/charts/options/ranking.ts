import { normalisable } from '../../domain/metrics'
import type { EChartsCoreOption } from 'echarts/core'
import { districtName, DISTRICTS, ZONES, type Zone } from '../../domain/districts'
import type { ExportTable } from '../../domain/export-table'
import { axisFormatter, grid } from './common'
import { districtColors, type ChartTheme } from './district-colors'
import {
  districtStats, districtTip, rankChangeText, referenceValue, shortValue, valueText,
  type DistrictMetricInput, type DistrictStat, type TipLabels,
} from './district-stats'

/** Texts of the ranking chart, in the active language. */
export interface RankingLabels extends TipLabels {
  /** Reference line: "全市区均" for counts, "全市" for ratios and per-capita figures. */
  reference: string
  /** Zone reference prefix: "区均" or "整体". */
  zoneReference: string
}

export interface RankingInput extends DistrictMetricInput {
  /** The districts shown (the zone's when one is chosen); ranks stay among all 16. */
  codes: string[]
  groupByZone: boolean
  theme: ChartTheme
  labels: RankingLabels
}

const zoneOf = new Map(DISTRICTS.map((d) => [d.code, d.zone]))

/** The districts in ranking order: best first (ties in official order), then those without data. */
export function rankingRows(input: Pick<RankingInput, 'panel' | 'metric' | 'year' | 'per' | 'codes'>): DistrictStat[] {
  const stats = districtStats(input.panel, input.metric, input.year, input.per, input.codes)
  const order = (s: DistrictStat) => (s.rank ?? Number.MAX_SAFE_INTEGER) * 100 + input.codes.indexOf(s.code) / 100
  return stats.sort((a, b) => order(a) - order(b))
}

type Row = { stat: DistrictStat; zone?: undefined } | { zone: Zone; reference: number | null; stat?: undefined }

/** Horizontal bars of the districts, sorted, with rank change, the city reference line and (optionally) zone groups. */
export function rankingOption(input: RankingInput): EChartsCoreOption {
  const { metric, per, locale, perLabel, selected, labels, panel, year } = input
  const colors = districtColors(input.theme)
  const text = (v: number | null) => valueText(v, metric, per, locale, perLabel, 1)
  const stats = rankingRows(input)
  // Grouped, each zone gets a header row of its own carrying the zone's reference, so no text overlaps a bar.
  const rows: Row[] = input.groupByZone
    ? ZONES.flatMap((z) => {
        const list = stats.filter((s) => zoneOf.get(s.code) === z.id)
        if (!list.length) return []
        return [{ zone: z.id, reference: referenceValue(panel, metric, list.map((s) => s.code), year, per) }, ...list.map((stat) => ({ stat }))]
      })
    : stats.map((stat) => ({ stat }))
  const keys = rows.map((r) => (r.stat ? r.stat.code : `zone:${r.zone}`))
  const nameOf = (code: string) => (locale === 'zh' ? districtName(code, 'zh', true) : districtName(code, 'en'))
  const zoneText = (r: Row) => (r.zone ? `${ZONES.find((z) => z.id === r.zone)![locale]} · ${labels.zoneReference} ${text(r.reference)}` : '')
  const reference = referenceValue(panel, metric, input.codes, year, per)
  return {
    animationDuration: 300,
    grid: { ...grid, top: 30, right: 16 },
    tooltip: {
      trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true,
      formatter: (items: { dataIndex: number }[]) => {
        const r = rows[items[0]?.dataIndex ?? -1]
        if (!r) return ''
        return r.stat ? districtTip(districtName(r.stat.code, locale), r.stat, input, labels) : zoneText(r)
      },
      extraCssText: 'max-width:320px;white-space:normal;',
    },
    xAxis: {
      // Headroom on the right for the value and rank-change labels of the longest bar.
      type: 'value', splitLine: { show: true }, max: (e: { max: number }) => e.max * 1.14,
      axisLabel: { showMaxLabel: false, formatter: per === 'none' || !normalisable(metric) ? axisFormatter(metric.unit, locale) : (v: number) => shortValue(v, metric, locale) },
    },
    yAxis: {
      type: 'category', inverse: true, data: keys, axisTick: { show: false },
      axisLabel: { fontSize: 13, interval: 0, formatter: (_: string, i: number) => (rows[i]?.stat ? `${rows[i].stat.rank ?? '–'}  ${nameOf(rows[i].stat.code)}` : '') },
    },
    series: [
      {
        type: 'bar', barMaxWidth: 18,
        data: rows.map((r) =>
          r.stat ? { value: r.stat.value, code: r.stat.code, itemStyle: { color: selected.includes(r.stat.code) ? colors.selected : colors.base } } : null,
        ),
        label: {
          show: true, position: 'right', fontSize: 12, color: colors.text,
          formatter: (p: { dataIndex: number }) => {
            const s = rows[p.dataIndex]?.stat
            return s ? `${shortValue(s.value, metric, locale)}  ${rankChangeText(s)}`.trim() : ''
          },
        },
        markLine: reference == null ? undefined : {
          silent: true, symbol: 'none', animation: false,
          lineStyle: { color: colors.text, type: 'dashed', width: 1.5 },
          label: { position: 'start', color: colors.text, fontSize: 12, formatter: `${labels.reference} ${text(reference)}` },
          data: [{ xAxis: reference }],
        },
      },
      {
        // No data is said in words where the bar would be, never drawn as a zero; zone headers use the same row.
        type: 'bar', barGap: '-100%', silent: true, barMaxWidth: 18, itemStyle: { color: 'transparent' },
        data: rows.map((r) => (r.zone || r.stat.value == null ? 0 : null)),
        label: {
          show: true, position: 'insideLeft', color: colors.text, fontSize: 12,
          formatter: (p: { dataIndex: number }) => {
            const r = rows[p.dataIndex]!
            return r.zone ? `{zone|${zoneText(r)}}` : `{none|${labels.noData}}`
          },
          rich: { zone: { fontWeight: 700, fontSize: 12, color: colors.text, backgroundColor: colors.halo, padding: [1, 4] }, none: { fontStyle: 'italic', color: colors.text } },
        },
      },
    ],
  }
}

/** The ranking as a downloadable table: one row per district shown, in display order. */
export function rankingTable(input: RankingInput, title: string, columns: { district: string; zone: string; value: string; rank: string; change: string }): ExportTable {
  const rows = rankingRows(input)
  return {
    title, meta: [],
    columns: Object.entries(columns).map(([key, label]) => ({ key, label })),
    rows: rows.map((s) => ({
      district: districtName(s.code, input.locale),
      zone: ZONES.find((z) => z.id === zoneOf.get(s.code))?.[input.locale] ?? '',
      value: s.value,
      rank: s.rank,
      change: rankChangeText(s),
    })),
  }
}
