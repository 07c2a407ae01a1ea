import { describe, expect, it } from 'vitest'
import { defaultFilters, defaultsFor, filtersFromQuery, filtersToQuery, isWholeCity, selectedDistricts, yearsOf } from './filters'

describe('filters in the URL', () => {
  it('round-trips through the query string', () => {
    const f = { from: 2018, to: 2024, districts: ['110118', '110114'], zone: 'ecological' as const, level: 'city' as const, per: 'members' as const }
    expect(filtersFromQuery(filtersToQuery(f))).toEqual(f)
  })
  it('leaves defaults out of the URL', () => {
    expect(filtersToQuery(defaultFilters)).toEqual({})
  })
  it('ignores malformed or hostile values instead of failing', () => {
    const f = filtersFromQuery({ from: 'abc', to: '1999', districts: "110118,<script>,'; DROP,110199", zone: 'moon', level: 'galaxy', per: ['residents'] })
    expect(f).toEqual({ ...defaultFilters, districts: ['110118'], per: 'residents' })
  })
  it('follows the years of the dataset: a 2026 file makes 2026 the default and a valid choice', () => {
    const span = { min: 2016, max: 2026 }
    expect(defaultFilters).toMatchObject({ from: 2021, to: 2025 })
    expect(filtersFromQuery({}, span)).toMatchObject({ from: 2022, to: 2026 })
    expect(filtersFromQuery({ from: '2021', to: '2026' }, span)).toMatchObject({ from: 2021, to: 2026 })
    expect(filtersFromQuery({ to: '2026' })).toMatchObject({ to: 2025 })
    expect(filtersToQuery(defaultsFor(span), span)).toEqual({})
    expect(filtersToQuery({ ...defaultsFor(span), to: 2025 }, span)).toEqual({ to: '2025' })
  })
  it('swaps a reversed range', () => {
    expect(filtersFromQuery({ from: '2024', to: '2019' })).toMatchObject({ from: 2019, to: 2024 })
  })
})

describe('selectedDistricts', () => {
  const base = { ...defaultFilters }
  it('is the whole city by default', () => {
    expect(selectedDistricts(base)).toHaveLength(16)
    expect(isWholeCity(base)).toBe(true)
  })
  it('is the zone, or the chosen districts within it', () => {
    expect(selectedDistricts({ ...base, zone: 'core' })).toEqual(['110101', '110102'])
    expect(selectedDistricts({ ...base, zone: 'ecological', districts: ['110118', '110101'] })).toEqual(['110118'])
    expect(selectedDistricts({ ...base, districts: ['110118'] })).toEqual(['110118'])
    expect(isWholeCity({ ...base, districts: ['110118'] })).toBe(false)
  })
  it('falls back to the zone when no chosen district lies in it', () => {
    expect(selectedDistricts({ ...base, zone: 'core', districts: ['110118'] })).toEqual(['110101', '110102'])
  })
})

describe('yearsOf', () => {
  it('lists the years from from to to, inclusive', () => {
    expect(yearsOf({ from: 2021, to: 2025 })).toEqual([2021, 2022, 2023, 2024, 2025])
    expect(yearsOf({ from: 2025, to: 2025 })).toEqual([2025])
  })
})
