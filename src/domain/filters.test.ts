import { describe, expect, it } from 'vitest'
import { defaultFilters, filtersFromQuery, filtersToQuery } from './filters'

describe('filters in the URL', () => {
  it('round-trips through the query string', () => {
    const f = { from: 2018, to: 2024, districts: ['110118', '110114'], level: 'city' as const, per: 'members' as const }
    expect(filtersFromQuery(filtersToQuery(f))).toEqual(f)
  })
  it('leaves defaults out of the URL', () => {
    expect(filtersToQuery(defaultFilters)).toEqual({})
  })
  it('ignores malformed or hostile values instead of failing', () => {
    const f = filtersFromQuery({ from: 'abc', to: '1999', districts: "110118,<script>,'; DROP", level: 'galaxy', per: ['residents'] })
    expect(f).toEqual({ ...defaultFilters, districts: ['110118'], per: 'residents' })
  })
  it('swaps a reversed range', () => {
    expect(filtersFromQuery({ from: '2024', to: '2019' })).toMatchObject({ from: 2019, to: 2024 })
  })
})
