import { describe, expect, it } from 'vitest'
import { INDUSTRIES, LEVELS, PROGRAMS, label } from './labels'

describe('labels', () => {
  it('labels coded values in both languages and falls back to the code', () => {
    expect(label(LEVELS, 'city', 'zh')).toBe('市级')
    expect(label(PROGRAMS, 'cadre', 'en')).toBe('Union cadre training')
    expect(label(INDUSTRIES, 'quantum', 'zh')).toBe('quantum')
    expect(label(LEVELS, null, 'zh')).toBe('—')
  })
})
