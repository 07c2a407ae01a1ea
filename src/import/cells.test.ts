import { describe, expect, it } from 'vitest'
import { readCell } from './cells'
import { specOf } from './catalog'
import type { ColumnSpec } from './schema'

const col = (table: string, name: string): ColumnSpec => specOf(table).columns.find((c) => c.name === name)!
const value = (c: ColumnSpec, raw: Parameters<typeof readCell>[1]) => {
  const r = readCell(c, raw)
  return r.ok ? r.cell : r.expected.en
}

describe('readCell', () => {
  const recovered = col('rights', 'recovered_yuan')
  const cases = col('rights', 'cases')
  it('reads 万/亿, qualifiers, full-width digits and thousands separators', () => {
    expect(value(recovered, '近3500万')).toEqual({ value: 35_000_000, qualifier: 'nearly' })
    expect(value(recovered, '1.2亿元')).toEqual({ value: 120_000_000 })
    expect(value(cases, '１，９００')).toEqual({ value: 1900 })
    expect(value(cases, '20万余')).toEqual({ value: 200_000, qualifier: 'over' })
    expect(value(cases, 1900)).toEqual({ value: 1900 })
  })
  it('refuses negative counts, fractions of a count and words', () => {
    expect(value(cases, '-5')).toBe('a number ≥ 0')
    expect(value(cases, -5)).toBe('a number ≥ 0')
    expect(value(cases, '12.5')).toBe('a whole number')
    expect(value(cases, 'abc')).toMatch(/a number/)
    expect(value(cases, "'); DROP TABLE rights; --")).toMatch(/a number/)
  })
  it('keeps years between 1990 and the current year, by the clock', () => {
    const year = col('rights', 'year')
    expect(value(year, '2025年')).toEqual({ value: 2025 })
    expect(value(year, 2030)).toMatch(/a year from 1990 to /)
    expect(value(year, '二〇二五')).toMatch(/a year/)
    const in2026 = new Date(2026, 11, 1)
    const at = (raw: Parameters<typeof readCell>[1], now: Date) => { const r = readCell(year, raw, now); return r.ok ? r.cell : r.expected.en }
    expect(at(2026, in2026)).toEqual({ value: 2026 })
    expect(at(2027, in2026)).toBe('a year from 1990 to 2026')
    expect(at(2026, new Date(2025, 5, 1))).toBe('a year from 1990 to 2025')
    expect(at(1989, in2026)).toMatch(/a year/)
  })
  it('normalises district aliases and refuses the city where a district is needed', () => {
    const d = col('rights', 'district_code')
    for (const name of ['密云', '密云区', '密云县', 'Miyun', '110118']) expect(value(d, name)).toEqual({ value: '110118' })
    expect(value(d, '北京市')).toMatch(/16 districts/)
    expect(value(col('targets', 'region_code'), '北京市')).toEqual({ value: '110000' })
    expect(value(d, '浦东新区')).toMatch(/16 districts/)
  })
  it('accepts enum codes and their labels in either language', () => {
    const level = col('workshops', 'level')
    expect(value(level, '市级')).toEqual({ value: 'city' })
    expect(value(level, 'City')).toEqual({ value: 'city' })
    expect(value(level, 'national')).toEqual({ value: 'national' })
    expect(value(level, '省级')).toMatch(/one of: national, city, district, enterprise/)
  })
  it('reads dates written the usual ways and refuses impossible ones', () => {
    const d = col('facts', 'period_end')
    expect(value(d, '2025/12/31')).toEqual({ value: '2025-12-31' })
    expect(value(d, '2025年1月5日')).toEqual({ value: '2025-01-05' })
    expect(value(d, new Date(Date.UTC(2024, 1, 29)))).toEqual({ value: '2024-02-29' })
    expect(value(d, '2025-02-30')).toMatch(/a date/)
  })
  it('keeps text verbatim, markup and SQL included', () => {
    const name = col('workshops', 'name')
    expect(value(name, '<img src=x onerror=alert(1)>')).toEqual({ value: '<img src=x onerror=alert(1)>' })
    expect(value(name, "'); DROP TABLE workshops; --")).toEqual({ value: "'); DROP TABLE workshops; --" })
    expect(value(name, 'a\u0000b')).toMatch(/control characters/)
    expect(value(col('workshops', 'workshop_id'), 'W 1')).toMatch(/without spaces/)
  })
  it('accepts only http(s) links', () => {
    const url = col('facts', 'source_url')
    expect(value(url, 'https://example.org/a')).toEqual({ value: 'https://example.org/a' })
    expect(value(url, 'javascript:alert(1)')).toMatch(/http/)
  })
  it('refuses counts and money the storage cannot hold, and says so in Chinese and English', () => {
    const r = (c: ColumnSpec, raw: Parameters<typeof readCell>[1]) => readCell(c, raw)
    const big = r(cases, '30亿')
    expect(big.ok).toBe(false)
    if (!big.ok) expect(big.expected.zh).toMatch(/不超过 2,147,483,647 的整数/)
    expect(value(cases, '2147483648')).toMatch(/up to 2,147,483,647/)
    expect(value(cases, 2_147_483_647)).toEqual({ value: 2_147_483_647 })
    expect(value(recovered, String(2n ** 63n))).toMatch(/kept exactly/)
    expect(value(recovered, 2 ** 53)).toMatch(/kept exactly/)
    expect(value(recovered, 2 ** 53 - 1)).toEqual({ value: 2 ** 53 - 1 })
  })
  it('rounds yuan with a decimal and says it rounded', () => {
    const r = readCell(recovered, '1234.56')
    expect(r).toEqual({ ok: true, cell: { value: 1235 }, rounded: true })
    expect(readCell(recovered, '1234')).toEqual({ ok: true, cell: { value: 1234 } })
  })
  it('refuses names carrying bidirectional control characters', () => {
    const name = col('workshops', 'name')
    for (const c of ['\u202E', '\u202A', '\u2066', '\u2069', '\u200E', '\u200F', '\u061C']) {
      expect(value(name, `工作室${c}gnp.exe`)).toMatch(/bidirectional control characters/)
    }
    expect(value(col('workshops', 'workshop_id'), 'W\u202E1')).toMatch(/bidirectional/)
  })
})
