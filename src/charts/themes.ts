import { registerTheme } from 'echarts/core'
import { fontFamily } from '../setup/fonts'

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const palette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000']


const base = { color: palette, backgroundColor: 'transparent', textStyle: { fontFamily } }

registerTheme('uc-light', { ...base, textStyle: { ...base.textStyle, color: '#1f2933' } })
registerTheme('uc-dark', {
  ...base,
  color: ['#56B4E9', '#E69F00', '#009E73', '#CC79A7', '#F0E442', '#D55E00', '#FFFFFF'],
  textStyle: { ...base.textStyle, color: '#e4e7eb' },
  categoryAxis: { axisLine: { lineStyle: { color: '#7b8794' } }, axisLabel: { color: '#cbd2d9' } },
  valueAxis: { axisLabel: { color: '#cbd2d9' }, splitLine: { lineStyle: { color: '#3e4c59' } } },
  legend: { textStyle: { color: '#e4e7eb' } },
})
registerTheme('uc-projector', {
  ...base,
  color: ['#003f8a', '#c75000', '#00734d', '#8a1c7c', '#000000'],
  textStyle: { ...base.textStyle, color: '#000000', fontSize: 24 },
  line: { lineStyle: { width: 5 }, symbolSize: 12 },
})
