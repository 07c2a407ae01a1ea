import type { EChartsCoreOption } from 'echarts/core'
import { DISTRICTS, districtName } from '../../domain/districts'
import { districtColors, type ChartTheme } from './district-colors'
import { districtStats, districtTip, valueText, type DistrictMetricInput, type TipLabels } from './district-stats'

export interface GeoMapInput extends DistrictMetricInput {
  theme: ChartTheme
  labels: TipLabels
}

/**
 * Where each district's name sits [lon, lat]: the visual centre of its largest polygon, nudged so that the
 * central districts' names do not collide. The two smallest (东城, 西城) get a callout east of the city
 * with a leader line, so no name is hidden or overlapped at any card size.
 */
export const LABEL_ANCHORS: Record<string, [number, number]> = {
  '110101': [116.417, 39.925], '110102': [116.366, 39.905], '110105': [116.56, 40.0], '110106': [116.2, 39.83],
  '110107': [116.16, 39.93], '110108': [116.22, 40.04], '110109': [115.79, 39.99], '110111': [115.86, 39.72],
  '110112': [116.74, 39.8], '110113': [116.73, 40.15], '110114': [116.21, 40.22], '110115': [116.42, 39.63],
  '110116': [116.59, 40.63], '110117': [117.15, 40.21], '110118': [117.0, 40.53], '110119': [116.1, 40.52],
}
/** Callout positions for the districts too small to hold their name. */
export const CALLOUTS: Record<string, [number, number]> = { '110101': [117.22, 39.98], '110102': [117.22, 39.84] }

/** The geographic district map (registered as 'beijing' by charts/maps.ts), coloured by the metric. */
export function geoMapOption(input: GeoMapInput): EChartsCoreOption {
  const { locale, selected, theme, labels, metric, per, perLabel } = input
  const colors = districtColors(theme)
  const stats = new Map(districtStats(input.panel, metric, input.year, per).map((s) => [s.code, s]))
  const values = [...stats.values()].map((s) => s.value).filter((v): v is number => v != null)
  const min = values.length ? Math.min(...values) : 0
  const max = values.length ? Math.max(...values) : 1
  const tip = (code: string) => districtTip(districtName(code, locale), stats.get(code), input, labels)
  const nameOf = (code: string) => (locale === 'zh' ? districtName(code, 'zh', true) : districtName(code, 'en'))
  const label = { color: colors.text, textBorderColor: colors.halo, textBorderWidth: 3, fontSize: 13, fontWeight: 600 }
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: { data?: { code?: string }; name?: string }) => {
        const code = p.data?.code ?? DISTRICTS.find((d) => d.zh === p.name)?.code
        return code ? tip(code) : ''
      },
      extraCssText: 'max-width:320px;white-space:normal;',
    },
    visualMap: {
      type: 'continuous', min, max: max > min ? max : min + 1, seriesIndex: 0, calculable: false,
      left: 8, bottom: 8, itemHeight: 140, itemWidth: 14,
      text: [valueText(max, metric, per, locale, perLabel), valueText(min, metric, per, locale, perLabel)],
      textStyle: { color: colors.text, fontSize: 12 },
      inRange: { color: [colors.low, colors.high] },
    },
    geo: {
      map: 'beijing', roam: false, layoutCenter: ['54%', '50%'], layoutSize: '96%',
      label: { show: false },
      itemStyle: { areaColor: colors.noData, borderColor: colors.halo, borderWidth: 1 },
      // Hover outlines a district and keeps its colour (ECharts keeps it when both colours are null).
      emphasis: { label: { show: false }, itemStyle: { areaColor: null, color: null, borderColor: colors.selected, borderWidth: 2 } },
      select: { disabled: true },
      regions: selected.map((code) => ({ name: districtName(code, 'zh'), itemStyle: { borderColor: colors.selected, borderWidth: 3 } })),
    },
    series: [
      {
        type: 'map', geoIndex: 0,
        data: DISTRICTS.map((d) => ({ name: d.zh, code: d.code, value: stats.get(d.code)?.value ?? null })),
      },
      {
        // Names as a separate layer so each sits where it reads best; clicking a name selects its district too.
        type: 'scatter', coordinateSystem: 'geo', symbolSize: (_: unknown, p: { data: { callout: boolean } }) => (p.data.callout ? 5 : 0),
        itemStyle: { color: colors.text },
        label: { show: true, position: 'inside', formatter: (p: { data: { text: string } }) => p.data.text, ...label },
        data: DISTRICTS.map((d) => ({
          name: d.zh, code: d.code, callout: d.code in CALLOUTS, text: nameOf(d.code),
          value: CALLOUTS[d.code] ?? LABEL_ANCHORS[d.code],
          ...(d.code in CALLOUTS ? { label: { position: 'right' } } : {}),
        })),
        markLine: {
          silent: true, symbol: 'none', animation: false, label: { show: false },
          lineStyle: { color: colors.text, type: 'solid', width: 1, opacity: 0.7 },
          data: Object.entries(CALLOUTS).map(([code, at]) => [{ coord: LABEL_ANCHORS[code] }, { coord: at }]),
        },
      },
    ],
  }
}
