import { describe, expect, it } from 'vitest'
import { palette } from '../themes'
import { districtColors, isDarkFill, mix, rampColor } from './district-colors'

describe('district colours', () => {
  it('derive the ramp and the selection from the Okabe–Ito palette', () => {
    const light = districtColors('light')
    expect(light.high).toBe(palette[0])
    expect(light.selected).toBe(palette[5])
    expect(districtColors('dark').high).toBe(palette[4])
  })
  it('mix and ramp linearly', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080')
    const c = districtColors('light')
    expect(rampColor(c, 0, 0, 10)).toBe(c.low)
    expect(rampColor(c, 10, 0, 10)).toBe(c.high.toLowerCase())
  })
  it('choose white text on dark fills only', () => {
    expect(isDarkFill('#0072b2')).toBe(true)
    expect(isDarkFill(districtColors('light').low)).toBe(false)
  })
})
