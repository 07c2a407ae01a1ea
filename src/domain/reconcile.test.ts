import { describe, expect, it } from 'vitest'
import { planFor, yearEndsAround, type FactKey } from './reconcile'
import { indexSums, reconcile, summarise, type PanelSumRow } from './reconcile-status'

const fact = (f: Partial<FactKey> & { value?: number; qualifier?: string } = {}) => ({
  fact_id: 'F900', region_code: '110118', body: null, period_kind: 'cumulative', period_start: '2021-01-01', period_end: '2025-12-31',
  metric: 'rights_recovered_yuan', unit: '元', value: 100, qualifier: 'exact', ...f,
})
const rows = (measure: string, district: string, values: Record<number, number>): PanelSumRow[] =>
  Object.entries(values).map(([year, value]) => ({ measure, district_code: district, year: Number(year), value }))

describe('planFor: what a published figure is compared with', () => {
  it('sums a flow over whole calendar years; reads a stock at the year ends around its date', () => {
    expect(planFor(fact())).toEqual({ measure: 'recovered_yuan', kind: 'sum', from: 2021, to: 2025 })
    expect(planFor(fact({ metric: 'workshops_city_plus', unit: '家', period_kind: 'stock', period_start: '2021-04-30', period_end: '2021-04-30' })))
      .toEqual({ measure: 'workshops_city_plus', kind: 'level', years: [2020, 2021] })
    expect(planFor(fact({ metric: 'innovation_outputs', unit: '项', period_kind: 'stock', period_end: '2025-12-31' })))
      .toEqual({ measure: 'outputs', kind: 'running', years: [2025] })
    expect(yearEndsAround('2025-01-01')).toEqual([2024, 2025])
  })

  it('says why a figure cannot be computed', () => {
    expect(planFor(fact({ region_code: '330000' }))).toEqual({ reason: 'region' })
    expect(planFor(fact({ region_code: '100000' }))).toEqual({ reason: 'region' })
    expect(planFor(fact({ body: '京能集团工会' }))).toEqual({ reason: 'body' })
    expect(planFor(fact({ period_kind: 'target' }))).toEqual({ reason: 'target' })
    expect(planFor(fact({ metric: 'tourism_routes' }))).toEqual({ reason: 'metric' })
    expect(planFor(fact({ fact_id: 'F105', metric: 'training_sessions', unit: '场' }))).toEqual({ reason: 'scope' })
    expect(planFor(fact({ metric: 'competition_participants', unit: '名' }))).toEqual({ reason: 'unit' })
    expect(planFor(fact({ metric: 'alliances', unit: '个' }))).toEqual({ reason: 'kind' }) // a level has no sum over years
    expect(planFor(fact({ period_end: '2021-06-30' }))).toEqual({ reason: 'partYear' })
  })
})

describe('reconcile: status, difference, and what is missing', () => {
  const sums = indexSums([...rows('recovered_yuan', '110118', { 2021: 20, 2022: 20, 2023: 20, 2024: 20, 2025: 19 }), ...rows('recovered_yuan', '110101', { 2021: 5 })], ['recovered_yuan', 'workshops_city_plus', 'outputs'])

  it('ok within tolerance, with the difference absolute and relative', () => {
    expect(reconcile(fact({ value: 100, qualifier: 'nearly' }), sums)).toMatchObject({ status: 'ok', computed: 99, diff: -1, diffPct: -0.01, basis: { kind: 'sum', from: 2021, to: 2025 } })
  })

  it('beyond tolerance when the computed figure falls outside the qualifier’s range', () => {
    expect(reconcile(fact({ value: 120, qualifier: 'exact' }), sums)).toMatchObject({ status: 'beyond', computed: 99, diff: -21 })
  })

  it('the city is the sum of its districts; a year without rows is missing, never zero', () => {
    expect(reconcile(fact({ region_code: '110000', period_start: '2021-01-01', period_end: '2021-12-31', value: 25 }), sums)).toMatchObject({ status: 'ok', computed: 25 })
    expect(reconcile(fact({ period_start: '2020-01-01', value: 99 }), sums)).toMatchObject({ status: 'missing', reason: 'years', missingYears: [2020] })
    expect(reconcile(fact({ region_code: '110101', value: 5 }), sums)).toMatchObject({ status: 'missing', missingYears: [2022, 2023, 2024, 2025] })
  })

  it('a measure whose table is not loaded is missing from the active dataset', () => {
    expect(reconcile(fact({ metric: 'rights_cases', unit: '件' }), sums)).toMatchObject({ status: 'missing', reason: 'table', computed: null })
  })

  it('a stock between two year ends agrees with the span; shows the nearer year end', () => {
    const s = indexSums(rows('workshops_city_plus', '110105', { 2020: 680, 2021: 740 }), ['workshops_city_plus'])
    const stock = (value: number) => fact({ region_code: '110000', metric: 'workshops_city_plus', unit: '家', period_kind: 'stock', period_start: '2021-04-30', period_end: '2021-04-30', value })
    expect(reconcile(stock(683), s)).toMatchObject({ status: 'ok', computed: 680, basis: { kind: 'level', from: 2020, to: 2020 } })
    expect(reconcile(stock(720), s)).toMatchObject({ status: 'ok', computed: 740, basis: { kind: 'level', to: 2021 } })
    expect(reconcile(stock(800), s)).toMatchObject({ status: 'beyond', computed: 740 })
  })

  it('a running total sums everything the data has up to the year end', () => {
    const s = indexSums(rows('outputs', '110105', { 2016: 1, 2017: 2, 2018: 3 }), ['outputs'])
    const total = fact({ region_code: '110000', metric: 'innovation_outputs', unit: '项', period_kind: 'stock', period_start: '2018-12-31', period_end: '2018-12-31', value: 6 })
    expect(reconcile(total, s)).toMatchObject({ status: 'ok', computed: 6, basis: { kind: 'running', from: 2016, to: 2018 } })
  })

  it('summarises: computable = ok + beyond + missing', () => {
    expect(summarise([{ status: 'ok' }, { status: 'beyond' }, { status: 'missing' }, { status: 'uncomputable' }, { status: 'ok' }]))
      .toEqual({ total: 5, computable: 4, ok: 2, beyond: 1, missing: 1 })
  })
})
