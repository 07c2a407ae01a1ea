import { escapeHtml } from './html'

const FONT = '&quot;Microsoft YaHei&quot;, &quot;PingFang SC&quot;, &quot;Noto Sans CJK SC&quot;, sans-serif'
const FOOTER = 40

const size = (svg: string, attr: 'width' | 'height') => Number(new RegExp(`<svg[^>]*?\\s${attr}="([\\d.]+)`).exec(svg)?.[1] ?? 0)

/** An SVG document with a white background and a footer line (source, 数据截至) below the picture; text is escaped. */
export function stampSvg(svg: string, footer: string, color = '#333333'): string {
  const inner = svg.replace(/^\s*<\?xml[^>]*>\s*/, '')
  const width = size(inner, 'width')
  const height = size(inner, 'height')
  const total = height + FOOTER
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">` +
    `<rect width="${width}" height="${total}" fill="#ffffff"/>${inner}` +
    `<text x="12" y="${height + 26}" font-size="16" font-family="${FONT}" fill="${color}">${escapeHtml(footer)}</text></svg>`
  )
}

/** One KPI as the slide shows it. */
export interface KpiText {
  label: string
  value: string
  note: string
}

/** The KPI row as an SVG picture: a title, then cards four to a row (for the KPI slide's PNG and SVG exports). */
export function kpiGridSvg(title: string, cards: KpiText[], cols = 4): string {
  const w = 360
  const h = 150
  const gap = 16
  const top = 70
  const width = cols * w + (cols + 1) * gap
  const height = top + Math.ceil(cards.length / cols) * (h + gap)
  const text = (x: number, y: number, s: string, size: number, weight = 400) =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" font-family="${FONT}" fill="#000000">${escapeHtml(s)}</text>`
  const body = cards.map((c, i) => {
    const x = gap + (i % cols) * (w + gap)
    const y = top + Math.floor(i / cols) * (h + gap)
    return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="8" fill="#ffffff" stroke="#000000" stroke-width="2"/>` +
      text(x + 16, y + 34, c.label, 22, 600) + text(x + 16, y + 92, c.value, 44, 700) + text(x + 16, y + 130, c.note, 18)
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${text(gap, 46, title, 32, 700)}${body.join('')}</svg>`
}
