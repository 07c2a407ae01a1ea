import { renderPng } from '../charts/BaseChart.vue'
import { trendOption } from '../charts/options/trend'
import type { ReportChart, ReportModel } from '../domain/report/model'
import type { ChartImage } from './docx'

/** A chart's size in CSS pixels: about the text block's width (156 mm), so labels print at their screen size. */
const WIDTH = 620
const HEIGHT = 300

function bytes(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

/** Draws every chart of a report with the app's own option builder, at three times (or twice the screen's) resolution. */
export function reportImages(model: ReportModel): Map<string, ChartImage> {
  const ratio = Math.max(3, Math.ceil(2 * (globalThis.devicePixelRatio || 1)))
  const charts = model.sections.flatMap((s) => s.blocks).filter((b): b is ReportChart => b.kind === 'chart')
  return new Map(charts.map((c) => {
    const option = trendOption({ metric: c.metric, points: c.points, locale: model.locale, name: c.name })
    return [c.id, { data: bytes(renderPng(option, WIDTH, HEIGHT, ratio)), width: WIDTH * ratio, height: HEIGHT * ratio }]
  }))
}
