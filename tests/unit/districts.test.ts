import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DISTRICTS, districtName, zoneCodes } from '../../src/domain/districts'

describe('districts', () => {
  it('match the reviewable source table exactly (code, names, zone)', () => {
    const [, ...lines] = readFileSync('data/sources/districts.csv', 'utf8').trim().split('\n')
    const rows = lines.map((l) => l.split(',')).map(([code, zh, short, en, zone]) => ({ code, zh, short, en, zone }))
    expect(DISTRICTS).toEqual(rows)
  })
  it('names a district in either language and falls back to the code', () => {
    expect(districtName('110118', 'zh')).toBe('密云区')
    expect(districtName('110118', 'zh', true)).toBe('密云')
    expect(districtName('110118', 'en')).toBe('Miyun')
    expect(districtName('999999', 'zh')).toBe('999999')
  })
  it('groups districts by functional zone', () => {
    expect(zoneCodes('core')).toEqual(['110101', '110102'])
    expect(zoneCodes('ecological')).toHaveLength(5)
  })
})
