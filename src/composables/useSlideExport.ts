import { kpiGridSvg, type KpiText } from '../domain/svg'
import type { FocusedCard } from './usePresentFocus'
import { useExport } from './useExport'

/** Reads the KPI cards a slide shows, as text, for the KPI slide's pictures. */
function kpiTexts(root: Element | null): KpiText[] {
  const text = (el: Element, sel: string) => el.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
  return [...(root?.querySelectorAll('.kpi') ?? [])].map((k) => ({ label: text(k, '.label'), value: text(k, '.value'), note: [text(k, '.yoy'), text(k, '.rank')].filter(Boolean).join(' · ') }))
}

/** Draws an SVG picture onto a canvas, for a PNG of the KPI slide. */
async function rasterise(svg: string): Promise<string> {
  const img = new Image()
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  await img.decode()
  const canvas = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height })
  canvas.getContext('2d')!.drawImage(img, 0, 0)
  return canvas.toDataURL('image/png')
}

/** The current slide as PNG and SVG, stamped with source and 数据截至: the chart itself, or the KPI row redrawn as a picture. */
export function useSlideExport(slide: () => { card: FocusedCard | null; title: string; body: Element | null } | undefined) {
  const exporter = useExport()
  const kpiSvg = (s: NonNullable<ReturnType<typeof slide>>) => kpiGridSvg(s.title, kpiTexts(s.body))
  return {
    async png() {
      const s = slide()
      const card = s?.card
      if (!s || !card) return
      const url = card.png ? card.png() : await rasterise(kpiSvg(s))
      if (url) await exporter.png(url, s.title)
    },
    svg() {
      const s = slide()
      const card = s?.card
      if (!s || !card) return
      const svg = card.svg ? card.svg() : kpiSvg(s)
      if (svg) exporter.svg(svg, s.title)
    },
  }
}
