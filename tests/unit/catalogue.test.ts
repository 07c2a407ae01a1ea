import { describe, expect, it } from 'vitest'
import factMetrics from '../../src/locales/views/fact-metrics'
import { RIGHTS_FACT_SUMS } from '../../src/data/queries/rights'
import { isMetricId, metricById, metricFromQuery, metrics, type MetricId } from '../../src/domain/metrics'
import { COMPUTABLE } from '../../src/domain/reconcile'
import { summarise } from '../../src/domain/summary'
import { talkingPoint } from '../../src/domain/talking-point'

describe('the catalogue: a metric is one definition', () => {
  it('names its metrics with a typed id; an id from outside the code is checked first', () => {
    expect(isMetricId('rights_recovered_yuan')).toBe(true)
    expect(isMetricId('rights_recoverd_yuan')).toBe(false)
    expect(isMetricId(undefined)).toBe(false)
    // @ts-expect-error a typo in a metric id is a type error
    expect(() => metricById('workshops_activ')).toThrow(/Unknown metric/)
    // A URL value (the trends page's metric=, the comparison's x= and y=) falls back to the view's own default.
    expect(metricFromQuery('nonsense', 'outputs_per_workshop').id).toBe('outputs_per_workshop')
    expect(metricFromQuery(['rights_cases'], 'outputs_per_workshop').id).toBe('rights_cases')
    const ids: MetricId[] = metrics.map((m) => m.id)
    expect(new Set(ids).size).toBe(metrics.length)
  })

  it('is what reconciliation compares published figures with', () => {
    for (const m of metrics) if (m.published) expect(COMPUTABLE[m.id]).toBe(m.published)
    expect(COMPUTABLE.rights_arrears_recovered_yuan!.measure).toBe('rights_arrears_recovered_yuan')
  })

  it("is the rights page's published table: every rights metric with published figures, summed as the catalogue says", () => {
    const expected = metrics.filter((m) => m.family === 'rights' && m.published && !m.denominator)
    expect(RIGHTS_FACT_SUMS.map((x) => x.id).sort()).toEqual(expected.map((m) => m.id).sort())
    for (const x of RIGHTS_FACT_SUMS) expect(x.expr).toBe(metricById(x.id).numerator.expr)
  })

  it('names the published figures of its metrics on #/facts, in both languages', () => {
    for (const m of metrics) {
      expect(factMetrics.zh[m.id]).toBe(m.label.zh)
      expect(factMetrics.en[m.id]).toBe(m.label.en)
    }
  })

  it("gives the talking point and the summary their Chinese wording", () => {
    const metric = { ...metricById('rights_recovered_yuan'), phrase: { zh: '替职工要回' } }
    const summary = { metricId: metric.id, value: 100, previous: null, rank: null, total: null, points: [], changeNote: null, coverage: null, change: null }
    expect(talkingPoint({ locale: 'zh', year: 2025, scope: '全市', metric, summary })).toBe('2025年全市替职工要回100元。')
    const kpis = new Map([['rights_recovered_yuan', summary], ['training_coverage', { ...summary, metricId: 'training_coverage', value: 0.5 }],
      ['training_person_times', { ...summary, metricId: 'training_person_times' }]])
    const text = summarise({ locale: 'zh', scope: '全市', year: 2025, kpis }).join('')
    expect(text).toContain(metricById('rights_recovered_yuan').phrase!.zh)
    expect(text).toContain(`，${metricById('training_coverage').label.zh}`)
  })
})
