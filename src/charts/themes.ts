import { registerTheme } from 'echarts/core'
import { fontFamily } from '../setup/fonts'

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const palette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000']

const base = { color: palette, backgroundColor: 'transparent', textStyle: { fontFamily } }
// Series marks at 3:1 or more on white: Okabe–Ito's orange, sky blue and yellow (2.3, 2.3, 1.3:1) darkened, same hues.
export const lightSeries = ['#0072B2', '#B07800', '#009E73', '#CC79A7', '#3A8FC4', '#D55E00', '#8C7A00', '#000000']

registerTheme('uc-light', { ...base, color: lightSeries, textStyle: { ...base.textStyle, color: '#1f2933' } })
registerTheme('uc-dark', {
  ...base,
  color: ['#56B4E9', '#E69F00', '#009E73', '#CC79A7', '#F0E442', '#D55E00', '#FFFFFF'],
  textStyle: { ...base.textStyle, color: '#e4e7eb' },
  categoryAxis: { axisLine: { lineStyle: { color: '#7b8794' } }, axisLabel: { color: '#cbd2d9' } },
  valueAxis: { axisLabel: { color: '#cbd2d9' }, splitLine: { lineStyle: { color: '#3e4c59' } } },
  legend: { textStyle: { color: '#e4e7eb' } },
})
// Washed-out projectors: black text, strong saturated colours far apart in lightness, thick lines, a light grid.
// Type size is not fixed here: projectorize() (applied by BaseChart) sizes every label to the chart (≥ 24 px on a 1920×1080 slide).
export const projectorPalette = ['#0046ad', '#d45500', '#00804a', '#a3007d', '#000000', '#7a5c00']
registerTheme('uc-projector', {
  ...base,
  color: projectorPalette,
  textStyle: { ...base.textStyle, color: '#000000', fontWeight: 600 },
  line: { lineStyle: { width: 5 }, symbolSize: 12 },
  categoryAxis: { axisLine: { lineStyle: { color: '#000000', width: 2 } }, axisLabel: { color: '#000000' }, axisTick: { show: false } },
  valueAxis: { axisLabel: { color: '#000000' }, splitLine: { lineStyle: { color: '#bbbbbb' } } },
  legend: { textStyle: { color: '#000000' } },
})
