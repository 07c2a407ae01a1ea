import { beforeAll, describe, expect, it } from 'vitest'
import type { Engine } from '../../src/data/engine'
import { factOptionsQuery, factsQuery, type FactFilters, type FactRow } from '../../src/data/queries/facts'
import { panelSumsQuery } from '../../src/data/queries/panel-sums'
import { FLOW_MEASURES, LEVEL_MEASURES } from '../../src/domain/panel-measures'
import { indexSums, reconcile, summarise, type PanelSumRow } from '../../src/domain/reconcile-status'
import { bundledEngine } from '../../scripts/lib/bundled'

// The reconciliation's queries on the bundled Parquet, on the engine the browser ships, checked against SQL written here.
let db: Engine
const ALL = ['districts', 'facts', 'workshops', 'alliances', 'innovation', 'training', 'competitions', 'rights', 'members']
const one = async (sql: string) => Number(Object.values((await db.query({ sql }))[0]!)[0])
const filters = (f: Partial<FactFilters> = {}): FactFilters => ({ search: '', region: null, metric: null, labelMatches: [], ...f })
const facts = async (f: Partial<FactFilters> = {}) => (await db.query(factsQuery(filters(f)).query)) as unknown as FactRow[]
const sums = async (tables = ALL) => {
  const q = panelSumsQuery(tables)
  return indexSums((await db.query(q.query)) as unknown as PanelSumRow[], q.measures)
}

beforeAll(async () => {
  db = await bundledEngine()
}, 60_000)

describe('factsQuery', () => {
  it('lists all 170 published figures by id, dates as ISO text, empty bodies as null', async () => {
    const rows = await facts()
    expect(rows).toHaveLength(170)
    expect(rows[0]).toMatchObject({ fact_id: 'F001', period_start: '2011-01-01', period_end: '2014-07-10', body: null, value: 310 })
    expect(rows.find((r) => r.fact_id === 'F014')!.body).toBe('北京市工业(国防)工会')
  })

  it('narrows by region, metric and search (Chinese wording, or metric ids matched by label)', async () => {
    const miyun = await facts({ region: '110118' })
    expect(miyun).toHaveLength(57)
    expect((await facts({ region: '110118', metric: 'rights_recovered_yuan' })).map((r) => r.fact_id)).toEqual(['F152'])
    expect((await facts({ search: '挽回经济损失' })).every((r) => r.metric.includes('recovered') || r.label_zh.includes('挽回'))).toBe(true)
    expect((await facts({ search: 'zzz', labelMatches: ['alliances'] })).map((r) => r.fact_id)).toEqual(['F014', 'F109', 'F130'])
    expect((await facts({ search: 'f152' })).map((r) => r.fact_id)).toEqual(['F152'])
    expect(await facts({ search: 'F1_2' })).toEqual([]) // % and _ are literal, not wildcards
  })

  it('a hostile search or region never reaches the SQL text and matches nothing', async () => {
    const evil = "x'); DROP TABLE facts; --"
    const q = factsQuery(filters({ search: evil, region: evil })).query
    expect(q.sql).not.toContain('DROP')
    expect(await db.query(q)).toEqual([])
    expect(await one('SELECT count(*) FROM facts')).toBe(170)
  })

  it('offers every region and metric with its count', async () => {
    const rows = (await db.query(factOptionsQuery().query)) as unknown as { kind: string; id: string; n: number }[]
    const regions = rows.filter((r) => r.kind === 'region')
    expect(regions.reduce((s, r) => s + r.n, 0)).toBe(170)
    expect(regions.find((r) => r.id === '110118')!.n).toBe(57)
    expect(rows.filter((r) => r.kind === 'metric')).toHaveLength(await one('SELECT count(DISTINCT metric) FROM facts'))
  })
})

describe('panelSumsQuery', () => {
  it('reads every measure from the full dataset, only fixed SQL', async () => {
    const q = panelSumsQuery(ALL)
    expect(q.measures.sort()).toEqual([...LEVEL_MEASURES, ...FLOW_MEASURES].sort())
    expect(q.query.params ?? []).toEqual([])
  })

  it('gives year-end stocks and yearly sums equal to SQL written here', async () => {
    const s = await sums()
    expect(s.values.get('workshops_city_plus|110000|2025')).toBe(877)
    expect(s.values.get('workshops_city_district|110118|2025')).toBe(48)
    expect(s.values.get('workshops_all|110000|2025')).toBe(await one('SELECT count(*) FROM workshops WHERE named_year <= 2025 AND (revoked_year IS NULL OR revoked_year > 2025)'))
    expect(s.values.get('recovered_yuan|110118|2023')).toBe(await one("SELECT sum(recovered_yuan) FROM rights WHERE district_code = '110118' AND year = 2023"))
    expect(s.values.get('cadre_sessions|110118|2021')).toBe(await one("SELECT sum(sessions) FROM training WHERE district_code = '110118' AND year = 2021 AND program = 'cadre'"))
    expect(s.values.get('alliances|110114|2025')).toBe(9)
    expect(s.values.get('benefit_yuan|110000|2016')).toBe(await one('SELECT CAST(sum(benefit_yuan) AS DOUBLE) FROM innovation WHERE year = 2016'))
    // No row before the data starts: "missing", never zero.
    expect(s.values.has('recovered_yuan|110118|2015')).toBe(false)
    expect(s.values.has('workshops_all|110000|2010')).toBe(false)
  })

  it('reconciles the calibrated figures ok, and flags what the demo was not calibrated to', async () => {
    const s = await sums()
    const all = await facts()
    const by = (id: string) => reconcile(all.find((r) => r.fact_id === id)!, s)
    expect(by('F123')).toMatchObject({ status: 'ok', computed: 877, basis: { kind: 'level', from: 2025, to: 2025 }, diff: 0 })
    expect(by('F152')).toMatchObject({ status: 'ok', computed: await one("SELECT sum(recovered_yuan) FROM rights WHERE district_code = '110118' AND year BETWEEN 2021 AND 2025") })
    expect(by('F125')).toMatchObject({ status: 'ok', computed: 30_500, basis: { kind: 'running', from: 2016, to: 2025 } })
    expect(by('F003')).toMatchObject({ status: 'ok', computed: 683, basis: { kind: 'level', from: 2020, to: 2020 } })
    expect(by('F102')).toMatchObject({ status: 'beyond', computed: 5 }) // the 2025 round of 10 密云工匠: demo names 5
    expect(by('F109').status).toBe('beyond') // 9 alliances by autumn 2024: the demo founds the last two in 2025
    expect(by('F051')).toMatchObject({ status: 'missing', reason: 'years', missingYears: [2007, 2008, 2009, 2010, 2011] })
    expect(by('F014')).toMatchObject({ status: 'uncomputable', reason: 'body' })
    const summary = summarise(all.map((f) => reconcile(f, s)))
    expect(summary.total).toBe(170)
    expect(summary.ok + summary.beyond + summary.missing).toBe(summary.computable)
  })

  it('an import without rights says so for the rights figures and still computes the rest', async () => {
    const q = panelSumsQuery(ALL.filter((t) => t !== 'rights'))
    expect(q.tables).not.toContain('rights')
    const s = indexSums((await db.query(q.query)) as unknown as PanelSumRow[], q.measures)
    const all = await facts()
    expect(reconcile(all.find((r) => r.fact_id === 'F152')!, s)).toMatchObject({ status: 'missing', reason: 'table' })
    expect(reconcile(all.find((r) => r.fact_id === 'F123')!, s).status).toBe('ok')
    expect(await db.query(panelSumsQuery(['facts']).query)).toEqual([])
  })
})
