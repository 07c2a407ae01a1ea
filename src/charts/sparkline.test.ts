import { describe, expect, it } from 'vitest'
import { sparklinePath } from './sparkline'

describe('sparklinePath', () => {
  it('spans the box from lowest to highest value', () => {
    expect(sparklinePath([0, 10], 100, 20, 0)).toBe('M0.0,20.0L100.0,0.0')
  })
  it('breaks the line at missing values and needs two points', () => {
    expect(sparklinePath([1, null, 3], 100, 20, 0)).toBe('M0.0,20.0M100.0,0.0')
    expect(sparklinePath([5], 100, 20)).toBe('')
  })
})
