import type { EChartsCoreOption } from 'echarts/core'
import { districtName } from '../../domain/districts'
import { districtColors, isDarkFill, rampColor, type ChartTheme } from './district-colors'
import { districtStats, districtTip, shortValue, valueText, type DistrictMetricInput, type TipLabels } from './district-stats'

/** A district's square on the equal-area grid (from the districts table). */
export interface Tile {
  code: string
  short: string
  row: number
  col: number
}

export interface TileMapInput extends DistrictMetricInput {
  tiles: Tile[]
  theme: ChartTheme
  labels: TipLabels
}

/** Room on the left for the colour legend. */
export const TILE_LEGEND_WIDTH = 104

/** Where the squares go in a chart of width × height: equal squares, centred right of the legend. */
export function tileLayout(width: number, height: number, rows: number, cols: number, left = TILE_LEGEND_WIDTH) {
  const pad = 6
  const cell = Math.max(0, Math.min((width - left - 2 * pad) / cols, (height - 2 * pad) / rows))
  return { cell, x0: left + (width - left - cell * cols) / 2, y0: (height - cell * rows) / 2 }
}

/** A font size at which `text` fits the given width (CJK glyphs are 1 em wide, Latin about 0.6 em). */
export function fitFont(text: string, width: number, max: number): number {
  const ems = [...text].reduce((s, ch) => s + (/[\u2e80-\u9fff]/.test(ch) ? 1 : 0.6), 0)
  return Math.max(9, Math.min(max, Math.floor(width / Math.max(ems, 1))))
}

interface RenderApi {
  getWidth(): number
  getHeight(): number
}

/** The equal-area tile map: one square per district, coloured by the metric, names never truncated. */
export function tileMapOption(input: TileMapInput): EChartsCoreOption {
  const { tiles, locale, selected, theme, labels } = input
  const colors = districtColors(theme)
  const stats = new Map(districtStats(input.panel, input.metric, input.year, input.per, tiles.map((t) => t.code)).map((s) => [s.code, s]))
  const values = [...stats.values()].map((s) => s.value).filter((v): v is number => v != null)
  const min = values.length ? Math.min(...values) : 0
  const max = values.length ? Math.max(...values) : 1
  const rows = Math.max(...tiles.map((t) => t.row)) + 1
  const cols = Math.max(...tiles.map((t) => t.col)) + 1
  const items = tiles.map((t) => {
    const stat = stats.get(t.code)!
    const fill = stat.value == null ? colors.noData : rampColor(colors, stat.value, min, max)
    const label = locale === 'zh' ? t.short : districtName(t.code, locale)
    return { t, stat, fill, label, ink: isDarkFill(fill) ? colors.inkOnDark : colors.inkOnLight, chosen: selected.includes(t.code) }
  })
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: { dataIndex: number }) => {
        const it = items[p.dataIndex]
        return it ? districtTip(districtName(it.t.code, locale), it.stat, input, labels) : ''
      },
      extraCssText: 'max-width:320px;white-space:normal;',
    },
    visualMap: {
      type: 'continuous', min, max: max > min ? max : min + 1, seriesIndex: 0, dimension: 0, calculable: false, hoverLink: false,
      left: 8, bottom: 8, itemHeight: 140, itemWidth: 14,
      text: [valueText(max, input.metric, input.per, locale, input.perLabel), valueText(min, input.metric, input.per, locale, input.perLabel)],
      textStyle: { color: colors.text, fontSize: 12, width: TILE_LEGEND_WIDTH - 12, overflow: 'break' },
      inRange: { color: [colors.low, colors.high] },
    },
    series: [
      {
        type: 'custom',
        coordinateSystem: 'none',
        data: items.map((it) => ({ name: it.t.code, code: it.t.code, value: [it.stat.value ?? '-'] })),
        renderItem: (params: { dataIndex: number }, api: RenderApi) => {
          const it = items[params.dataIndex]!
          const { cell, x0, y0 } = tileLayout(api.getWidth(), api.getHeight(), rows, cols)
          const gap = Math.max(3, cell * 0.06)
          const x = x0 + it.t.col * cell + gap / 2
          const y = y0 + it.t.row * cell + gap / 2
          const side = cell - gap
          const nameSize = fitFont(it.label, side * 0.9, Math.round(cell * 0.26))
          const value = it.stat.value == null ? labels.noData : shortValue(it.stat.value, input.metric, locale)
          const valueSize = fitFont(value, side * 0.9, Math.round(cell * 0.19))
          const text = (content: string, size: number, dy: number, weight: number) => ({
            type: 'text', silent: true,
            style: { text: content, x: x + side / 2, y: y + side / 2 + dy, align: 'center', verticalAlign: 'middle', fontSize: size, fontWeight: weight, fill: it.ink },
          })
          return {
            type: 'group',
            children: [
              {
                type: 'rect', shape: { x, y, width: side, height: side, r: 4 },
                style: { fill: it.fill, stroke: it.chosen ? colors.selected : colors.halo, lineWidth: it.chosen ? 4 : 1 },
                emphasis: { style: { stroke: colors.selected, lineWidth: 3 } },
              },
              text(it.label, nameSize, -valueSize * 0.6, 700),
              text(value, valueSize, nameSize * 0.65, 400),
            ],
          }
        },
      },
    ],
  }
}
