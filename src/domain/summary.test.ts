import { describe, expect, it } from 'vitest'
import { fastestGrowth, summarise } from './summary'
import { changeWords, type Change } from './change'
import type { KpiSummary } from './kpi'
import { indexPanel } from './panel'
import { metricById, type MetricId } from './metrics'

const k = (metricId: MetricId, value: number | null, change: number | null, extra: Partial<KpiSummary> = {}): KpiSummary => ({
  metricId, value, previous: null, rank: null, total: null, points: [], changeNote: null, coverage: null,
  change: change == null ? null : { kind: metricById(metricId).unit === 'ratio' ? 'points' : 'relative', value: change },
  ...extra,
})

const kpis = new Map([
  ['workshops_active', k('workshops_active', 4930, 0.067)],
  ['workshops_city_plus', k('workshops_city_plus', 877, 0.03)],
  ['workshops_new', k('workshops_new', 420, -0.05)],
  ['innovation_outputs', k('innovation_outputs', 4784, 0.061)],
  ['transformation_rate', k('transformation_rate', 0.482, 0.01)],
  ['innovation_benefit_yuan', k('innovation_benefit_yuan', 2.1e10, 0.1)],
  ['training_person_times', k('training_person_times', 419281, -0.047)],
  ['training_coverage', k('training_coverage', 0.0353, 0)],
  ['rights_recovered_yuan', k('rights_recovered_yuan', 352143185, 0.03)],
])

describe('summarise', () => {
  it('writes Chinese sentences with Chinese units and the direction in words', () => {
    const text = summarise({ locale: 'zh', scope: '全市', year: 2025, kpis, leader: { name: '密云区', change: { kind: 'relative', value: 0.25 } } })
    expect(text).toHaveLength(5)
    expect(text[0]).toBe('2025年全市在册职工创新工作室4,930家，同比增长6.7%，其中市级及以上877家。')
    expect(text[1]).toBe('全年新命名工作室420家，同比下降5.0%，密云区增幅居全市第一（增长25.0%）。')
    expect(text[4]).toBe('为职工挽回经济损失3.52亿元，同比增长3.0%。')
  })
  it('leaves out a change that has no previous year, never printing "null"', () => {
    const oneYear = new Map([['rights_recovered_yuan', k('rights_recovered_yuan', 47e6, null)], ['workshops_new', k('workshops_new', 12, null)]])
    expect(summarise({ locale: 'zh', scope: '全市', year: 2025, kpis: oneYear })).toEqual(['2025年全市新命名工作室12家。', '为职工挽回经济损失4700万元。'])
    expect(summarise({ locale: 'en', scope: 'the whole city', year: 2025, kpis: oneYear }).join(' ')).not.toMatch(/null|\(\)/)
  })
  it('writes English too', () => {
    const text = summarise({ locale: 'en', scope: 'the whole city', year: 2025, kpis })
    expect(text[0]).toBe('In 2025, the whole city had 4,930 active workshops (up 6.7% year on year), of which 877 at city level or above.')
  })
  it('leaves out a sentence whose figures are missing rather than printing blanks', () => {
    const partial = new Map(kpis)
    partial.set('rights_recovered_yuan', k('rights_recovered_yuan', null, null))
    expect(summarise({ locale: 'zh', scope: '全市', year: 2025, kpis: partial })).toHaveLength(4)
  })
  it('gives the 同比 of a rate in 百分点, in the summary as on the card', () => {
    const rates = new Map(kpis)
    rates.set('training_coverage', k('training_coverage', 0.035, -0.3))
    const zh = summarise({ locale: 'zh', scope: '全市', year: 2025, kpis: rates })
    expect(zh[3]).toBe('技能培训覆盖职工41.93万人次，同比下降4.7%，培训覆盖率3.5%，同比下降0.3个百分点。')
    expect(summarise({ locale: 'en', scope: 'the city', year: 2025, kpis: rates })[3]).toContain('coverage 3.5% (down 0.3 pp year on year)')
  })
  it('says when 同比 cannot be given and how many districts reported', () => {
    const partial = new Map([['rights_recovered_yuan', k('rights_recovered_yuan', 47e6, null, { changeNote: 'previous-incomplete', coverage: { reported: 2, of: 16 } })]])
    expect(summarise({ locale: 'zh', scope: '全市', year: 2025, kpis: partial, missing: ['创新工作室', '创新成果'] })).toEqual([
      '2025年全市为职工挽回经济损失4700万元（16区中2区已报送），上年数据不全，不计同比。',
      '当前数据集不含创新工作室、创新成果数据。',
    ])
    expect(summarise({ locale: 'en', scope: 'the city', year: 2025, kpis: partial })[0])
      .toBe("In 2025 in the city, money recovered for workers: ¥47M (2 of 16 districts reported) (no year-on-year change: last year's data incomplete).")
  })
  it('keeps the year and scope when the dataset has none of the figures', () => {
    expect(summarise({ locale: 'zh', scope: '全市', year: 2025, kpis: new Map(), missing: ['维权服务'] })).toEqual(['2025年全市：当前数据集不含维权服务数据。'])
  })
  it('says flat for no change', () => {
    expect(changeWords({ kind: 'relative', value: 0 } satisfies Change, 'zh')).toBe('持平')
    expect(changeWords(null, 'zh')).toBeNull()
  })
})

describe('fastestGrowth', () => {
  it('finds the district with the largest year-on-year rise', () => {
    const panel = indexPanel([
      { measure: 'workshops_new', district_code: 'A', year: 2024, value: 10 },
      { measure: 'workshops_new', district_code: 'A', year: 2025, value: 12 },
      { measure: 'workshops_new', district_code: 'B', year: 2024, value: 4 },
      { measure: 'workshops_new', district_code: 'B', year: 2025, value: 6 },
      { measure: 'workshops_new', district_code: 'C', year: 2025, value: 90 },
    ])
    expect(fastestGrowth(panel, metricById('workshops_new'), ['A', 'B', 'C'], 2025, 'none')).toEqual({ code: 'B', change: { kind: 'relative', value: 0.5 } })
  })
})
