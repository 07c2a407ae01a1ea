import { init, type EChartsCoreOption } from 'echarts/core'
import { fontFamily } from '../../setup/fonts'
import type { ChartTheme } from './context'

/**
 * Draws an option off screen, in the light theme and without animation, and returns it as a PNG data URL:
 * for documents (the Word report), where a chart is wanted that is not on the page, sharper than the screen.
 */
export function renderPng(option: EChartsCoreOption, width: number, height: number, pixelRatio: number): string {
  const instance = init(document.createElement('div'), 'uc-light', { renderer: 'canvas', width, height })
  try {
    instance.setOption({ ...option, animation: false, textStyle: { ...(option as { textStyle?: object }).textStyle, fontFamily } })
    return instance.getDataURL({ type: 'png', pixelRatio, backgroundColor: '#ffffff' })
  } finally {
    instance.dispose()
  }
}

/** An option as an SVG document, drawn by a short-lived server-side-style instance of the given size. */
export function renderSvg(option: EChartsCoreOption, theme: ChartTheme, width: number, height: number): string {
  const svg = init(null, `uc-${theme}`, { renderer: 'svg', ssr: true, width, height })
  try {
    // ECharts writes the font stack into a double-quoted style attribute: its own double quotes would break the XML.
    const textStyle = (option as { textStyle?: object }).textStyle
    svg.setOption({ ...option, animation: false, textStyle: { ...textStyle, fontFamily: fontFamily.replaceAll('"', "'") } })
    return svg.renderToSVGString()
  } finally {
    svg.dispose()
  }
}
