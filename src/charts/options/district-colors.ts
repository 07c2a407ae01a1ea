import { palette } from '../themes'

/** The app theme the chart is drawn in (BaseChart re-creates charts when it changes). */
export type ChartTheme = 'light' | 'dark' | 'projector'

/** Colours of the districts charts, all derived from the theme's Okabe–Ito palette and its text/background. */
export interface DistrictColors {
  /** Sequential ramp ends: least → most. */
  low: string
  high: string
  noData: string
  /** Selected districts (vermillion: distinct from the blue ramp for every common colour-vision deficiency). */
  selected: string
  /** Bars and lines of unselected districts. */
  base: string
  text: string
  /** Text on a light fill and on a dark fill (tiles), whatever the theme: black and white, so any fill gets 4.5:1. */
  inkOnLight: string
  inkOnDark: string
  /** Outline drawn around text on maps, and region borders: the page background. */
  halo: string
}

const BLUE = palette[0]!
const SKY = palette[4]!
const VERMILLION = palette[5]!

/** Linear mix of two #rrggbb colours (t = 0 → a, 1 → b). */
export function mix(a: string, b: string, t: number): string {
  const ch = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16)
  const out = [0, 1, 2].map((i) => Math.round(ch(a, i) + (ch(b, i) - ch(a, i)) * Math.min(1, Math.max(0, t))))
  return `#${out.map((x) => x.toString(16).padStart(2, '0')).join('')}`
}

/**
 * Whether white text reads better than black on a #rrggbb fill: relative luminance below 0.179, where the two
 * contrasts cross. Either way the text gets at least 4.58:1 (WCAG AA), on any fill. (The old 0.4 threshold put
 * white on mid blues at 2.5:1.)
 */
export function isDarkFill(hex: string): boolean {
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
  const [r, g, b] = [0, 1, 2].map((i) => lin(parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255))
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 0.179
}

/** The colours for a theme; the text colours match the ECharts themes in charts/themes.ts. */
export function districtColors(theme: ChartTheme): DistrictColors {
  if (theme === 'dark') {
    const bg = '#101418'
    return {
      low: mix(bg, SKY, 0.18), high: SKY, noData: mix(bg, '#ffffff', 0.12), selected: VERMILLION, base: SKY,
      text: '#e4e7eb', inkOnLight: '#000000', inkOnDark: '#ffffff', halo: bg,
    }
  }
  const text = theme === 'projector' ? '#000000' : '#1f2933'
  return {
    low: mix('#ffffff', BLUE, 0.08), high: BLUE, noData: mix('#ffffff', '#000000', 0.1), selected: VERMILLION, base: BLUE,
    text, inkOnLight: '#000000', inkOnDark: '#ffffff', halo: '#ffffff',
  }
}

/** The ramp colour of a value between min and max (the middle of the ramp when they are equal). */
export function rampColor(colors: DistrictColors, value: number, min: number, max: number): string {
  return mix(colors.low, colors.high, max > min ? (value - min) / (max - min) : 0.5)
}
