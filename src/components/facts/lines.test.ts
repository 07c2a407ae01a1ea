import { describe, expect, it } from 'vitest'
import type { FactRow } from '../../data/queries/facts'
import { tableToCsv } from '../../domain/export-table'
import type { Reconciled } from '../../domain/reconcile-status'
import { factLines, reconciliationTable, yearsText, type Translate } from './lines'

// A translator that shows the key and its parameters, so the assertions see what was asked for.
const t: Translate = (key, params) => (params ? `${key}${JSON.stringify(params)}` : key)
const row = (f: Partial<FactRow> = {}): FactRow => ({
  fact_id: 'F152', region_code: '110118', region_zh: '密云区', body: null, period_start: '2021-01-01', period_end: '2025-12-31',
  period_kind: 'cumulative', metric: 'rights_recovered_yuan', label_zh: '为职工挽回经济损失', value: 35_000_000, unit: '元', qualifier: 'nearly',
  source_title: '=HYPERLINK("x")', source_url: 'seed:004.txt', source_date: '2025-10-01', note: null, ...f,
})
const ok: Reconciled = { status: 'ok', reason: null, computed: 34_380_000, basis: { kind: 'sum', from: 2021, to: 2025 }, diff: -620_000, diffPct: -620_000 / 35_000_000, missingYears: [] }
const missing: Reconciled = { status: 'missing', reason: 'years', computed: null, basis: null, diff: null, diffPct: null, missingYears: [2007, 2008, 2009, 2010, 2011] }

describe('factLines', () => {
  it('shows the published value with its qualifier beside the computed one, the difference and the basis', () => {
    const [l] = factLines([row()], [ok], t, 'zh')
    expect(l).toMatchObject({
      id: 'F152', status: 'ok', region: '密云区', published: '近3500万元', computed: '3438万元', diff: '−62万元', diffPct: '−1.8%',
      basis: 'facts.basis.sum{"from":2021,"to":2025}', period: 'facts.period.range{"from":"2021","to":"2025"}', href: null, reason: '',
    })
  })

  it('names regions outside the districts, links only http(s) sources, and says which years are missing', () => {
    const [l] = factLines([row({ region_code: '110116', source_url: 'http://example.org/a' })], [missing], t, 'en')
    expect(l).toMatchObject({ region: 'Huairou', href: 'http://example.org/a', computed: '—', diff: '—', reason: 'facts.reasons.years{"years":"2007–2011"}' })
    expect(factLines([row({ region_code: '330000' })], [ok], t, 'zh')[0]!.region).toBe('facts.zhejiang')
    expect(yearsText([2016, 2018, 2019, 2020])).toBe('2016, 2018–2020')
  })
})

describe('reconciliationTable', () => {
  it('keeps raw numbers and neutralises formula-looking text in the CSV', () => {
    const table = reconciliationTable('对照', factLines([row()], [ok], t, 'zh'), t)
    expect(table.rows[0]).toMatchObject({ id: 'F152', value: 35_000_000, computed: 34_380_000, diff: -620_000, status: 'facts.status.ok' })
    const csv = tableToCsv(table)
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`)
    expect(csv).toContain('F152,密云区')
  })
})
