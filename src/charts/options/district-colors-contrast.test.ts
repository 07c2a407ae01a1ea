import { describe, expect, it } from 'vitest'
import { lightSeries, projectorPalette } from '../themes'
import { districtColors, isDarkFill, mix, rampColor, type ChartTheme } from './district-colors'

// WCAG 2.1 contrast: 3:1 for chart marks against their background (1.4.11), 4.5:1 for text (1.4.3).
const luminance = (hex: string) => {
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
  const [r, g, b] = [0, 1, 2].map((i) => lin(parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255))
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}
/** The card surface each theme draws charts on (styles.css --uc-surface). */
const SURFACE: Record<ChartTheme, string> = { light: '#ffffff', dark: '#1b2127', projector: '#ffffff' }

describe('chart colours hold their contrast in every theme', () => {
  it('series marks are 3:1 or more on the light and projector surfaces', () => {
    for (const c of lightSeries) expect(contrast(c, SURFACE.light), c).toBeGreaterThanOrEqual(3)
    for (const c of projectorPalette) expect(contrast(c, SURFACE.projector), c).toBeGreaterThanOrEqual(3)
  })

  for (const theme of ['light', 'dark', 'projector'] as const) {
    it(`${theme}: district bars, the selection and the ramp's top are 3:1 on the surface; tile text 4.5:1 on every ramp step`, () => {
      const c = districtColors(theme)
      for (const mark of [c.base, c.selected, c.high]) expect(contrast(mark, SURFACE[theme]), mark).toBeGreaterThanOrEqual(3)
      expect(contrast(c.text, SURFACE[theme])).toBeGreaterThanOrEqual(4.5)
      for (let v = 0; v <= 20; v++) {
        const fill = rampColor(c, v, 0, 20)
        const ink = isDarkFill(fill) ? c.inkOnDark : c.inkOnLight
        expect(contrast(ink, fill), `${ink} on ${fill}`).toBeGreaterThanOrEqual(4.5)
      }
      expect(contrast(isDarkFill(c.noData) ? c.inkOnDark : c.inkOnLight, c.noData)).toBeGreaterThanOrEqual(4.5)
    })
  }

  it('the contrast function is WCAG’s (black on white 21:1, a mid grey 4.5:1 on white)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5)
    expect(contrast(mix('#ffffff', '#000000', 0.1), '#ffffff')).toBeLessThan(3)
  })
})
