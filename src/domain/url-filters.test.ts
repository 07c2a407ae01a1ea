import { describe, expect, it } from 'vitest'
import { cleanQuery } from './url-filters'

describe('the URL says what is shown', () => {
  it('drops nonsense and names each ignored value', () => {
    const { patch, ignored } = cleanQuery({ from: 'abc', districts: '110118,999999', per: 'xyz', lang: 'fr', dataset: 'demo' })
    expect(ignored).toEqual([
      { key: 'from', value: 'abc' }, { key: 'districts', value: '999999' }, { key: 'per', value: 'xyz' }, { key: 'lang', value: 'fr' },
    ])
    expect(patch).toMatchObject({ districts: '110118', per: undefined, lang: undefined })
    expect('from' in patch && patch.from === undefined).toBe(true)
    expect('dataset' in patch).toBe(false)
  })
  it('changes nothing in a good link', () => {
    expect(cleanQuery({ from: '2018', to: '2024', districts: '110118,110114', zone: 'ecological', level: 'city', per: 'members', theme: 'dark' }))
      .toEqual({ patch: {}, ignored: [] })
  })
  it('puts swapped years in order without calling them ignored', () => {
    const { patch, ignored } = cleanQuery({ from: '2024', to: '2018' })
    expect(ignored).toEqual([])
    expect(patch).toEqual({ from: '2018', to: '2024' })
  })
  it('drops a district list with nothing valid in it', () => {
    expect(cleanQuery({ districts: '999999' })).toEqual({ patch: { districts: undefined }, ignored: [{ key: 'districts', value: '999999' }] })
  })
  it('judges a year by the data\'s own years, and says which year is shown instead of one outside them', () => {
    expect(cleanQuery({ from: '1995', to: '2000' }, { min: 1990, max: 2025 })).toEqual({ patch: {}, ignored: [] })
    const { ignored } = cleanQuery({ from: '1995' }, { min: 2016, max: 2025 })
    expect(ignored).toEqual([{ key: 'from', value: '1995', shown: '2021', range: [2017, 2025] }])
  })
})
