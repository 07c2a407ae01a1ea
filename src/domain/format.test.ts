import { describe, expect, it } from 'vitest'
import { compact, formatPercent, formatValue, formatYoY, yoy, yoyDirection, type Qualifier, type UnitKind } from './format'

const M = '\u2212' // real minus sign
const D = '\u2014' // missing-value dash

describe('compact', () => {
  it.each<[number, string]>([
    [0, '0'], [7, '7'], [856, '856'], [4862, '4,862'], [5000, '5,000'], [9999, '9,999'],
    [12.5, '12.5'], [3.14159, '3.14'], [0.004, '0'], [9999.994, '9,999.99'],
    [9999.996, '1万'], [10000, '1万'], [14700, '1.47万'], [30499, '3.05万'], [30500, '3.05万'],
    [35000, '3.5万'], [14750, '1.48万'], [35000000, '3500万'], [99_990_000, '9999万'],
    [99_999_999, '1亿'], [1e8, '1亿'], [177_221_000_000, '1772.21亿'], [999_999_999_999, '1万亿'],
    [1.2e12, '1.2万亿'], [1.2e16, '12000万亿'],
    [-4862, `${M}4,862`], [-30500, `${M}3.05万`], [-177_221_000_000, `${M}1772.21亿`], [-0.001, '0'], [-0, '0'],
  ])('zh %d → %s', (v, want) => expect(compact(v, 'zh')).toBe(want))

  it.each<[number, string]>([
    [0, '0'], [856, '856'], [4862, '4,862'], [9999, '9,999'], [10000, '10K'], [30500, '30.5K'],
    [999_999, '1M'], [35_000_000, '35M'], [3_429_500, '3.43M'], [177_221_000_000, '177.22B'],
    [1.5e12, '1.5T'], [-30500, `${M}30.5K`],
  ])('en %d → %s', (v, want) => expect(compact(v, 'en')).toBe(want))

  it.each<[number, number, string]>([
    [30499, 0, '3万'], [30499, 4, '3.0499万'], [12345.678, 1, '1.2万'], [1234.5678, 3, '1,234.568'], [1.005, 2, '1.01'],
  ])('zh %d with %d digits → %s', (v, d, want) => expect(compact(v, 'zh', d)).toBe(want))

  it.each([NaN, Infinity, -Infinity, null, undefined])('%s → dash', (v) => {
    expect(compact(v, 'zh')).toBe(D)
    expect(compact(v, 'en')).toBe(D)
  })
})

describe('formatValue', () => {
  type Row = [number | null, UnitKind, 'zh' | 'en', { digits?: number; qualifier?: Qualifier; unitWord?: string }, string]
  it.each<Row>([
    [35_000_000, 'yuan', 'zh', {}, '3500万元'],
    [177_221_000_000, 'yuan', 'zh', {}, '1772.21亿元'],
    [856, 'yuan', 'zh', {}, '856元'],
    [4862, 'yuan', 'zh', {}, '4,862元'],
    [-35_000_000, 'yuan', 'zh', {}, `${M}3500万元`],
    [35_000_000, 'yuan', 'en', {}, '¥35M'],
    [177_221_000_000, 'yuan', 'en', {}, '¥177.22B'],
    [-35_000_000, 'yuan', 'en', {}, `${M}¥35M`],
    [877, 'count', 'zh', { unitWord: '家' }, '877家'],
    [30499, 'count', 'zh', { unitWord: '项' }, '3.05万项'],
    [877, 'count', 'zh', {}, '877'],
    [877, 'count', 'en', { unitWord: '家' }, '877'],
    [3_429_500, 'person-times', 'zh', {}, '342.95万人次'],
    [3_429_500, 'person-times', 'en', {}, '3.43M person-times'],
    [0.482, 'ratio', 'zh', {}, '48.2%'],
    [0.482, 'ratio', 'en', {}, '48.2%'],
    [0.5, 'ratio', 'zh', {}, '50.0%'],
    [0.48256, 'ratio', 'zh', { digits: 2 }, '48.26%'],
    [12.34, 'per10k', 'zh', {}, '12.3'],
    [12, 'per10k', 'en', {}, '12.0'],
    [12.345, 'per10k', 'zh', { digits: 2 }, '12.35'],
    [null, 'yuan', 'zh', { qualifier: 'nearly' }, D],
    [NaN, 'ratio', 'en', {}, D],
    [35_000_000, 'yuan', 'zh', { digits: 0 }, '3500万元'],
    [30499, 'count', 'zh', { digits: 1, unitWord: '项' }, '3万项'],
  ])('%s %s %s %o → %s', (v, unit, loc, opts, want) => expect(formatValue(v, unit, loc, opts)).toBe(want))

  it.each<Row>([
    [35_000_000, 'yuan', 'zh', { qualifier: 'nearly' }, '近3500万元'],
    [35_000_000, 'yuan', 'zh', { qualifier: 'approx' }, '约3500万元'],
    [35_000_000, 'yuan', 'zh', { qualifier: 'target' }, '目标3500万元'],
    [35_000_000, 'yuan', 'zh', { qualifier: 'exact' }, '3500万元'],
    [35_000_000, 'yuan', 'zh', { qualifier: 'over' }, '3500万余元'],
    [200_000, 'person-times', 'zh', { qualifier: 'over' }, '20万余人次'],
    [30, 'count', 'zh', { qualifier: 'over', unitWord: '场' }, '30余场'],
    [30, 'count', 'zh', { qualifier: 'over' }, '30余'],
    [5000, 'person-times', 'zh', { qualifier: 'over' }, '5000余人次'],
    [4862, 'count', 'zh', { qualifier: 'nearly', unitWord: '人' }, '近4862人'],
    [0.482, 'ratio', 'zh', { qualifier: 'over' }, '超48.2%'],
    [0.482, 'ratio', 'zh', { qualifier: 'approx' }, '约48.2%'],
    [12.3, 'per10k', 'zh', { qualifier: 'over' }, '超12.3'],
    [35_000_000, 'yuan', 'en', { qualifier: 'nearly' }, 'nearly ¥35M'],
    [35_000_000, 'yuan', 'en', { qualifier: 'approx' }, 'about ¥35M'],
    [200_000, 'person-times', 'en', { qualifier: 'over' }, 'over 200K person-times'],
    [5000, 'person-times', 'en', { qualifier: 'over' }, 'over 5,000 person-times'],
    [35_000_000, 'yuan', 'en', { qualifier: 'target' }, 'target ¥35M'],
    [0.482, 'ratio', 'en', { qualifier: 'over' }, 'over 48.2%'],
  ])('qualifier: %s %s %s %o → %s', (v, unit, loc, opts, want) => expect(formatValue(v, unit, loc, opts)).toBe(want))
})

describe('formatPercent', () => {
  it.each<[number | null | undefined, number | undefined, string]>([
    [0.482, undefined, '48.2%'], [0, undefined, '0.0%'], [1, undefined, '100.0%'], [-0.041, undefined, `${M}4.1%`],
    [0.00049, undefined, '0.0%'], [0.0005, undefined, '0.1%'], [0.12345, 2, '12.35%'], [0.482, 0, '48%'],
    [12.5, undefined, '1,250.0%'], [null, undefined, D], [undefined, undefined, D], [NaN, undefined, D],
  ])('%s (%s digits) → %s', (r, d, want) => expect(formatPercent(r, d)).toBe(want))
})

describe('formatYoY', () => {
  it.each<[number | null | undefined, string]>([
    [0.123, '+12.3%'], [-0.041, `${M}4.1%`], [0, '0.0%'], [-0, '0.0%'], [0.0004, '0.0%'], [-0.0004, '0.0%'],
    [0.0005, '+0.1%'], [1.5, '+150.0%'], [null, D], [undefined, D], [Infinity, D], [-Infinity, D], [NaN, D],
  ])('%s → %s', (r, want) => {
    expect(formatYoY(r, 'zh')).toBe(want)
    expect(formatYoY(r, 'en')).toBe(want)
  })
  it('honours digits', () => expect(formatYoY(0.12345, 'zh', 2)).toBe('+12.35%'))
})

describe('yoy', () => {
  it.each<[number | null | undefined, number | null | undefined, number | null]>([
    [112.3, 100, 0.123], [95.9, 100, -0.041], [100, 100, 0], [-50, -100, 0.5], [-150, -100, -0.5],
    [5, 0, null], [5, null, null], [5, undefined, null], [5, NaN, null], [null, 100, null], [NaN, 100, null],
  ])('yoy(%s, %s) → %s', (c, p, want) => {
    const got = yoy(c, p)
    if (want === null) expect(got).toBeNull()
    else expect(got).toBeCloseTo(want, 12)
  })
})

describe('yoyDirection', () => {
  it.each<[number | null | undefined, 'up' | 'down', string]>([
    [0.1, 'up', 'good'], [0.1, 'down', 'bad'], [-0.1, 'up', 'bad'], [-0.1, 'down', 'good'],
    [0, 'up', 'flat'], [0.0004, 'up', 'flat'], [-0.0004, 'down', 'flat'], [0.0005, 'up', 'good'],
    [null, 'up', 'none'], [undefined, 'down', 'none'], [NaN, 'up', 'none'], [Infinity, 'up', 'none'],
  ])('%s better %s → %s', (r, better, want) => expect(yoyDirection(r, better)).toBe(want))
})
