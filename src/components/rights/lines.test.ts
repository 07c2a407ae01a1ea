import { describe, expect, it } from 'vitest'
import type { PublishedRightsRow } from '../../data/queries/rights'
import { factLines, factsTable, periodLabel } from './lines'

const row = (change: Partial<PublishedRightsRow>): PublishedRightsRow => ({
  fact_id: 'F152', region_code: '110118', region_zh: '密云区', metric: 'rights_recovered_yuan', period_kind: 'cumulative',
  period_start: '2021-01-01', period_end: '2025-12-31', value: 35_000_000, unit: '元', qualifier: 'nearly',
  source_title: '密云区总工会“十四五”工作成就', source_url: 'seed:004_ff57be4e9b47dca2.txt', computed: 34_375_912, ...change,
})
const text = { locale: 'zh' as const, city: '北京市' }

describe('periodLabel', () => {
  it('writes whole years as years and anything else as exact dates', () => {
    expect(periodLabel('2021-01-01', '2025-12-31')).toBe('2021–2025')
    expect(periodLabel('2021-01-01', '2021-12-31')).toBe('2021')
    expect(periodLabel('2021-01-01', '2021-06-30')).toBe('2021.01.01–2021.06.30')
  })
})

describe('factLines', () => {
  it('sets 密云 近3500万元 beside the computed ≈3438万元, with the difference and no link for a seed source', () => {
    const [l] = factLines([row({})], text)
    expect(l).toMatchObject({
      region: '密云区', metric: '为职工挽回经济损失', period: '2021–2025', published: '近3500万元', computed: '≈3438万元',
      computedValue: 34_375_912, partial: false, diff: '−62.4万元', diffPct: '−1.8%', href: null, sourceTitle: '密云区总工会“十四五”工作成就',
    })
  })
  it('keeps the fact’s own unit and qualifier (5000余人次, 近1万件)', () => {
    const [a, b] = factLines([
      row({ metric: 'rights_consultations', unit: '人次', value: 5000, qualifier: 'over', computed: 4800 }),
      row({ metric: 'rights_cases', unit: '件', value: 10000, qualifier: 'nearly', computed: 10250 }),
    ], text)
    expect(a!.published).toBe('5000余人次')
    expect(a!.computed).toBe('≈4,800人次')
    expect(b!.published).toBe('近1万件')
    expect([b!.diff, b!.diffPct]).toEqual(['+250件', '+2.5%'])
  })
  it('shows — when the period is outside the data, and does not compare a part-year period', () => {
    const [outside, half] = factLines([
      row({ region_code: '110000', period_start: '1999-01-01', period_end: '2019-09-30', computed: null }),
      row({ region_code: '110000', period_start: '2021-01-01', period_end: '2021-06-30', value: 120_000_000, qualifier: 'exact', computed: 335_735_484, source_url: 'http://rdfzl.org.cn/show-7292.html' }),
    ], text)
    expect(outside).toMatchObject({ region: '北京市', computed: '—', diff: '—', diffPct: '', partial: false })
    expect(half).toMatchObject({ computed: '≈3.36亿元', partial: true, years: '2021', diff: '—', href: 'http://rdfzl.org.cn/show-7292.html' })
  })
  it('links only http(s) sources, so a javascript: address never becomes a link', () => {
    expect(factLines([row({ source_url: 'javascript:alert(1)' })], text)[0]!.href).toBeNull()
    expect(factLines([row({ source_url: 'https://example.org/a' })], text)[0]!.href).toBe('https://example.org/a')
  })
  it('speaks English with English magnitudes', () => {
    const [l] = factLines([row({})], { locale: 'en', city: 'Beijing' })
    expect(l).toMatchObject({ region: 'Miyun', published: 'nearly ¥35M', computed: '≈¥34.38M', diff: '−¥624K', diffPct: '−1.8%' })
  })
})

describe('factsTable', () => {
  it('downloads the display strings, the unrounded computed value and the source address', () => {
    const cols = { region: '区域', metric: '指标', period: '期间', published: '公开', computed: '测算', diff: '差异', diffPct: '差异率', source: '来源', url: '链接' }
    const t = factsTable('对照', factLines([row({ source_url: 'https://example.org/a' })], text), cols)
    expect(t.columns.map((c) => c.label)).toEqual(Object.values(cols))
    expect(t.rows[0]).toMatchObject({ published: '近3500万元', computed: 34_375_912, diff: '−62.4万元', diffPct: '−1.8%', url: 'https://example.org/a' })
  })
})
