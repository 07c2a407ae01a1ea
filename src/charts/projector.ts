import type { EChartsCoreOption } from 'echarts/core'

/**
 * The label size for a chart of this size on a projector: 1/32 of its height or 1/60 of its width, whichever is smaller,
 * never under 16 px (about 27 px on a 1920×1080 slide, 16 px at 1024×768, which projects to a similar physical size).
 */
export function projectorFontSize(width: number, height: number): number {
  return Math.max(16, Math.min(30, Math.round(Math.min(width / 60, height / 32))))
}

type Node = Record<string, unknown>
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v)
const list = (v: unknown): Node[] => (Array.isArray(v) ? v.filter(isNode) : isNode(v) ? [v] : [])

/** Every explicit fontSize becomes `size` (option builders set 11–13 px for the screen); tooltips are HTML and stay as they are. */
function enlarge(node: unknown, size: number): unknown {
  if (Array.isArray(node)) return node.map((x) => enlarge(x, size))
  if (!isNode(node)) return node
  const out: Node = {}
  for (const [k, v] of Object.entries(node)) out[k] = k === 'fontSize' && typeof v === 'number' ? size : k === 'tooltip' ? v : enlarge(v, size)
  return out
}

const axis = (a: Node, size: number): Node => ({
  ...a,
  axisLabel: { ...(a.axisLabel as Node), fontSize: size, hideOverlap: true },
  nameTextStyle: { ...(a.nameTextStyle as Node), fontSize: size },
  // Fewer, thicker lines: no ticks, a light grid, at most five value steps.
  axisTick: { ...(a.axisTick as Node), show: false },
  axisLine: { ...(a.axisLine as Node), lineStyle: { ...((a.axisLine as Node)?.lineStyle as Node), width: 2, color: '#000' } },
  ...(a.type === 'value' ? { splitNumber: 4, splitLine: { ...(a.splitLine as Node), lineStyle: { ...((a.splitLine as Node)?.lineStyle as Node), color: '#bbb', width: 1 } } } : {}),
})

const series = (s: Node, size: number): Node => {
  const line = s.type === 'line'
  const width = Number((s.lineStyle as Node)?.width ?? 0)
  return {
    ...s,
    ...(line ? { lineStyle: { ...(s.lineStyle as Node), width: Math.max(5, width) }, symbolSize: Math.max(12, Number(s.symbolSize ?? 0)) } : {}),
    ...(s.label ? { label: { ...(s.label as Node), fontSize: size } } : {}),
    ...(s.type === 'bar' && s.barMaxWidth ? { barMaxWidth: Math.round(Number(s.barMaxWidth) * 1.6) } : {}),
  }
}

/** Projector rules on top of any chart option: large type everywhere, thick lines, plain axes, a plain legend. */
export function projectorize(option: EChartsCoreOption, size: number): EChartsCoreOption {
  const o = enlarge(option, size) as Node
  const mapAxes = (v: unknown) => (v === undefined ? v : Array.isArray(v) ? list(v).map((a) => axis(a, size)) : axis(v as Node, size))
  const legend = list(o.legend).map((l) => ({
    ...l, type: 'scroll', itemWidth: Math.round(size * 1.4), itemHeight: Math.round(size * 0.8), itemGap: size, textStyle: { ...(l.textStyle as Node), fontSize: size },
  }))
  return {
    ...o,
    textStyle: { ...(o.textStyle as Node), fontSize: size },
    // A one-line legend above the plot needs room for its larger text.
    ...(o.legend !== undefined && o.grid !== undefined ? { grid: list(o.grid).map((g) => ({ ...g, top: typeof g.top === 'string' ? g.top : Math.max(Number(g.top ?? 0), Math.round(size * 2.2)) })) } : {}),
    // A colour scale under the plot (the coverage heatmap) needs room for its larger labels too.
    ...(o.visualMap !== undefined && o.grid !== undefined && o.legend === undefined
      ? { grid: list(o.grid).map((g) => ({ ...g, bottom: typeof g.bottom === 'string' ? g.bottom : Math.max(Number(g.bottom ?? 0), Math.round(size * 2.4)) })) }
      : {}),
    ...(o.xAxis !== undefined ? { xAxis: mapAxes(o.xAxis) } : {}),
    ...(o.yAxis !== undefined ? { yAxis: mapAxes(o.yAxis) } : {}),
    ...(o.legend !== undefined ? { legend: Array.isArray(o.legend) ? legend : legend[0] } : {}),
    ...(o.visualMap !== undefined ? { visualMap: list(o.visualMap).map((v) => ({ ...v, textStyle: { ...(v.textStyle as Node), fontSize: size }, itemWidth: size, itemHeight: size * 6 })) } : {}),
    ...(o.series !== undefined ? { series: list(o.series).map((s) => series(s, size)) } : {}),
  }
}

/** An option as drawn in `theme` at this size, with the label size used (0 outside the projector theme). */
export function forTheme(option: EChartsCoreOption, theme: string, width: number, height: number): { option: EChartsCoreOption; fontSize: number } {
  if (theme !== 'projector') return { option, fontSize: 0 }
  const fontSize = projectorFontSize(width, height)
  return { option: projectorize(option, fontSize), fontSize }
}
