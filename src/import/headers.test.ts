import { describe, expect, it } from 'vitest'
import { specOf } from './catalog'
import { mapHeaders } from './headers'

describe('mapHeaders', () => {
  const rights = specOf('rights')
  it('maps Chinese, English, template-style and aliased headers', () => {
    const m = mapHeaders(rights, ['区县', 'YEAR', '法律咨询 (consultations)', 'Cases', '挽回经济损失（元）', 'arrears_recovered_yuan', ' 受助职工人数 '])
    expect([...m.index.entries()]).toEqual([
      ['district_code', 0], ['year', 1], ['consultations', 2], ['cases', 3], ['recovered_yuan', 4], ['arrears_recovered_yuan', 5], ['workers_helped', 6],
    ])
    expect(m.missing).toEqual([])
  })
  it('lists missing required columns, unknown headers and repeats', () => {
    const m = mapHeaders(rights, ['区', '年份', '年度', '备忘'])
    expect(m.missing.map((c) => c.name)).toEqual(['consultations', 'cases', 'recovered_yuan'])
    expect(m.unknown).toEqual(['备忘'])
    expect(m.repeated).toEqual(['year'])
  })
})
