import { describe, expect, it } from 'vitest'
import { compact, formatPercent, formatValue, formatYoY, type Qualifier, type UnitKind } from './format'
import { parseChineseNumber } from './parse-number'

describe('parseChineseNumber: values', () => {
  it.each<[string, number]>([
    ['0', 0], ['42', 42], ['4862', 4862], ['4,862', 4862], ['1,234,567', 1234567], ['1 234 567', 1234567],
    ['1，234', 1234], ['3.14', 3.14], ['.5', 0.5], ['+7', 7], ['-7', -7], ['\u22127', -7], ['-0', 0],
    ['  12  ', 12], ['１２３', 123], ['１，２３４．５', 1234.5], ['－８', -8], ['３．０５万', 30500],
    ['3.05万', 30500], ['1772.21亿', 177221000000], ['1.2万亿', 1.2e12], ['5千', 5000], ['3百万', 3e6],
    ['2千万', 2e7], ['3500万', 35000000], ['1.1万', 11000], ['0.7亿', 70000000], ['3.05 万', 30500],
    ['856元', 856], ['3500万元', 35000000], ['1772.21亿元', 177221000000], ['342.95万人次', 3429500],
    ['877家', 877], ['12个', 12], ['3.05万项', 30500], ['30场', 30], ['5件', 5], ['20名', 20], ['40人', 40],
    ['3期', 3], ['12对', 12], ['9次', 9], ['48.2%', 0.482], ['４８．２％', 0.482], ['-4.1%', -0.041],
    ['+12.3%', 0.123], ['100%', 1], ['0.1%', 0.001], ['−3500万元', -35000000],
  ])('%s → %d', (s, want) => expect(parseChineseNumber(s)).toEqual({ value: want, qualifier: 'exact' }))
})

describe('parseChineseNumber: qualifiers', () => {
  it.each<[string, number, Qualifier]>([
    ['近3500万元', 35000000, 'nearly'], ['将近30场', 30, 'nearly'],
    ['约3500万元', 35000000, 'approx'], ['大约20人', 20, 'approx'], ['30人左右', 30, 'approx'],
    ['约30万元左右', 300000, 'approx'], ['48.2%左右', 0.482, 'approx'],
    ['20万余人次', 200000, 'over'], ['20万余', 200000, 'over'], ['30余', 30, 'over'], ['30余场', 30, 'over'],
    ['30多', 30, 'over'], ['30多万', 300000, 'over'], ['30余万人', 300000, 'over'], ['5000余人次', 5000, 'over'],
    ['3500万余元', 35000000, 'over'], ['超3亿', 3e8, 'over'], ['超过200人', 200, 'over'],
    ['逾50家', 50, 'over'], ['100人以上', 100, 'over'], ['超过30万元以上', 300000, 'over'], ['超48.2%', 0.482, 'over'],
    ['目标3500万元', 35000000, 'target'], ['近 3,500 万元', 35000000, 'nearly'],
  ])('%s → %d %s', (s, value, qualifier) => {
    expect(parseChineseNumber(s)).toEqual({ value, qualifier })
  })
})

describe('parseChineseNumber: rejects', () => {
  it.each([
    '', '   ', 'abc', '1.2.3', '--', '-', '+', '.', '1.', '万', '近', '元', '逾千万', '—', '12abc', 'abc12', '1e5', '0x10',
    '1,2', '12,34', '1,2345', '1 2', '近30余', '约30以上', '30余万多', '万30', '30元万', '30%%', '3..5', '1,234.5,6', 'NaN', 'Infinity',
  ])('%j → null', (s) => expect(parseChineseNumber(s)).toBeNull())
})

describe('parseChineseNumber: floating noise', () => {
  it.each<[string, number]>([
    ['3.05万', 30500], ['1.1万', 11000], ['0.3万', 3000], ['1772.21亿', 177221000000], ['0.07%', 0.0007], ['14.7万', 147000],
  ])('%s is exactly %d', (s, want) => expect(parseChineseNumber(s)?.value).toBe(want))
})

/** Deterministic pseudo-random sample over every magnitude, both signs. */
function samples(): number[] {
  let seed = 12345
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  const out = [0, 1, 9999, 10000, 14700, 30499, 99_999_999, 1e8, 177_221_000_000, 1.2e12, 9999.99995, 99_995_000]
  for (let exp = -2; exp <= 14; exp++) for (let k = 0; k < 25; k++) out.push(Number((rnd() * 10 ** exp).toPrecision(9)))
  return [...out, ...out.map((v) => -v)]
}
const SCALE: [RegExp, number][] = [[/万亿$/, 1e12], [/亿$/, 1e8], [/万$/, 1e4]]

describe('round trip', () => {
  it.each(samples())('parse(compact(%d, zh, 4)) is within displayed precision', (v) => {
    const s = compact(v, 'zh', 4)
    const scale = SCALE.find(([re]) => re.test(s))?.[1] ?? 1
    const got = parseChineseNumber(s)
    expect(got?.qualifier).toBe('exact')
    expect(Math.abs((got?.value ?? NaN) - v)).toBeLessThanOrEqual(0.5e-4 * scale + 1e-12 * Math.max(1, Math.abs(v))) // + float slack at exact halves
  })

  it.each<[number, UnitKind, Qualifier, string?]>([
    [35_000_000, 'yuan', 'nearly'], [35_000_000, 'yuan', 'over'], [200_000, 'person-times', 'over'],
    [30, 'count', 'over', '场'], [5000, 'person-times', 'over'], [877, 'count', 'approx', '家'],
    [177_221_000_000, 'yuan', 'target'], [4862, 'count', 'exact', '人'], [0.482, 'ratio', 'exact'], [0.482, 'ratio', 'over'],
  ])('formatValue(%d, %s, zh, %s) parses back', (v, unit, qualifier, unitWord) => {
    const s = formatValue(v, unit, 'zh', { qualifier, unitWord })
    expect(parseChineseNumber(s)).toEqual({ value: v, qualifier })
  })

  it.each([0.482, -0.041, 0.123, 0])('formatPercent / formatYoY(%d) parse back', (r) => {
    expect(parseChineseNumber(formatPercent(r))?.value).toBeCloseTo(r, 12)
    expect(parseChineseNumber(formatYoY(r, 'zh'))?.value).toBeCloseTo(r, 12)
  })
})
