import { describe, expect, it } from 'vitest'
import { CITY_CODE, resolveDistrict } from './districts'

describe('resolveDistrict', () => {
  it.each(['密云', '密云区', '密云县', 'Miyun', 'miyun district', ' MIYUN ', '110118', 110118, '１１０１１８'])('%s → 110118', (input) => {
    expect(resolveDistrict(input)).toBe('110118')
  })
  it('maps merged districts and their old codes to today\'s', () => {
    expect(resolveDistrict('崇文区')).toBe('110101')
    expect(resolveDistrict('110104')).toBe('110102')
    expect(resolveDistrict('通县')).toBe('110112')
  })
  it('knows the whole city', () => {
    expect(resolveDistrict('北京市')).toBe(CITY_CODE)
    expect(resolveDistrict('110000')).toBe(CITY_CODE)
  })
  it.each(['', '密', '上海', '110120', '经开区', "'); DROP TABLE x; --"])('rejects %s', (input) => {
    expect(resolveDistrict(input)).toBeNull()
  })
})
