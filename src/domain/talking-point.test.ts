import { describe, expect, it } from 'vitest'
import { defaultFilters } from './filters'
import { metricById } from './metrics'
import { cardMetric, scopeName, talkingPoint } from './talking-point'
import type { KpiSummary } from './kpi'

const summary = (value: number | null, yoy: number | null, rank: number | null = null): KpiSummary => ({
  metricId: 'x', value, previous: null, change: yoy == null ? null : { kind: 'relative', value: yoy }, changeNote: null,
  rank: rank == null ? null : { rank, of: 16, all: 16 }, coverage: null, total: null, points: [],
})

describe('talking points', () => {
  it('says what the recovered-wages chart shows, with 同比 and rank, in Chinese', () => {
    const s = talkingPoint({ locale: 'zh', year: 2025, scope: '密云区', metric: metricById('rights_recovered_yuan'), summary: summary(7_020_000, 0.082, 3) })
    expect(s).toBe('2025年密云区为职工挽回经济损失702万元，同比增长8.2%，居全市第3位。')
  })
  it('names the leader for the whole city, and speaks English when switched', () => {
    const m = metricById('workshops_active')
    expect(talkingPoint({ locale: 'zh', year: 2025, scope: '全市', metric: m, summary: summary(5000, -0.01), leader: { name: '海淀区', value: 800 } }))
      .toBe('2025年全市年末在册职工创新工作室5,000家，同比下降1.0%，其中海淀区居全市首位（800家）。')
    expect(talkingPoint({ locale: 'en', year: 2025, scope: 'Miyun', metric: m, summary: summary(48, 0.5, 2) }))
      .toBe('In 2025, active innovation workshops in Miyun stood at 48, up 50.0% year on year, 2nd of the 16 districts.')
  })
  it('gives a rate’s 同比 in 百分点 and a rank among the districts with data', () => {
    const rate = metricById('training_coverage')
    const s: KpiSummary = { ...summary(0.035, null), change: { kind: 'points', value: -0.3 }, rank: { rank: 1, of: 2, all: 16 } }
    expect(talkingPoint({ locale: 'zh', year: 2025, scope: '密云区', metric: rate, summary: s })).toBe('2025年密云区培训覆盖率为3.5%，同比下降0.3个百分点，居2区中第1位。')
    expect(talkingPoint({ locale: 'en', year: 2025, scope: 'Miyun', metric: rate, summary: s }))
      .toBe('In 2025, training coverage in Miyun stood at 3.5%, down 0.3 pp year on year, 1st of the 2 districts with data.')
  })
  it('says when last year cannot be compared and how many districts reported', () => {
    const s: KpiSummary = { ...summary(47e6, null), changeNote: 'previous-incomplete', coverage: { reported: 2, of: 16 } }
    expect(talkingPoint({ locale: 'zh', year: 2025, scope: '全市', metric: metricById('rights_recovered_yuan'), summary: s }))
      .toBe('2025年全市为职工挽回经济损失4700万元（16区中2区已报送），上年数据不全，不计同比。')
  })
  it('says plainly when there is nothing to say', () => {
    expect(talkingPoint({ locale: 'zh', year: 2016, scope: '全市', metric: metricById('alliances'), summary: summary(null, null) })).toMatch(/暂无数据/)
  })
  it('finds the metric of a card and names the scope', () => {
    expect(cardMetric('rights-arrears', {})).toBe('rights_recovered_yuan')
    expect(cardMetric('districts-ranking', { metric: 'alliances' })).toBe('alliances')
    expect(cardMetric('overview-kpis', {})).toBeNull()
    expect(scopeName(defaultFilters, 'zh')).toBe('全市')
    expect(scopeName({ ...defaultFilters, districts: ['110118'] }, 'zh')).toBe('密云区')
    expect(scopeName({ ...defaultFilters, districts: ['110118', '110114'] }, 'en')).toBe('Miyun and 1 other districts')
  })
})
