import { describe, expect, it } from 'vitest'
import { factPeriod, factUnit, factValueText, sourceHref } from './facts'

describe('published figures', () => {
  it('writes values as the sources do, with their qualifier', () => {
    expect(factValueText({ value: 35_000_000, unit: '元', qualifier: 'nearly' }, 'zh')).toBe('近3500万元')
    expect(factValueText({ value: 5000, unit: '人次', qualifier: 'over' }, 'zh')).toBe('5000余人次')
    expect(factValueText({ value: 48, unit: '个', qualifier: 'exact' }, 'zh')).toBe('48个')
    expect(factValueText({ value: 1, unit: '%', qualifier: 'exact' }, 'zh')).toBe('100%')
    expect(factValueText({ value: 48, unit: '个', qualifier: 'bogus' }, 'en')).toBe('48 个')
    expect(factUnit('场次')).toEqual({ kind: 'count', word: '场次' })
  })
  it('reads periods: stock, one year, a range of years, a single day, a target', () => {
    expect(factPeriod({ period_kind: 'stock', period_start: '2025-10-01', period_end: '2025-10-01' })).toEqual({ key: 'stock', params: { date: '2025-10-01' } })
    expect(factPeriod({ period_kind: 'year', period_start: '2025-01-01', period_end: '2025-12-31' })).toEqual({ key: 'year', params: { year: '2025' } })
    expect(factPeriod({ period_kind: 'cumulative', period_start: '2021-01-01', period_end: '2025-12-31' })).toEqual({ key: 'range', params: { from: '2021', to: '2025' } })
    expect(factPeriod({ period_kind: 'cumulative', period_start: '2024-09-01', period_end: '2024-09-01' })).toEqual({ key: 'day', params: { date: '2024-09-01' } })
    expect(factPeriod({ period_kind: 'target', period_start: '2021-01-01', period_end: '2025-12-31' }).key).toBe('target')
  })
  it('links only http(s) sources', () => {
    expect(sourceHref('http://ldwb.workerbj.cn/content/2017-07/19/content_54668.htm')).toBe('http://ldwb.workerbj.cn/content/2017-07/19/content_54668.htm')
    expect(sourceHref('HTTPS://example.org/a')).toBe('HTTPS://example.org/a')
    expect(sourceHref('seed:000_e7d845db35134a5b.txt')).toBeNull()
    expect(sourceHref('javascript:alert(1)')).toBeNull()
    expect(sourceHref(null)).toBeNull()
  })
})
