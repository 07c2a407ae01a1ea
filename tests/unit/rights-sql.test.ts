import { beforeAll, describe, expect, it } from 'vitest'
import type { Engine } from '../../src/data/engine'
import { metricPanelQuery } from '../../src/data/queries/metric-panel'
import type { PanelRow } from '../../src/data/queries/panel'
import { inList } from '../../src/data/queries/predicates'
import { publishedRightsQuery, type PublishedRightsRow } from '../../src/data/queries/rights'
import { DISTRICT_CODES } from '../../src/domain/districts'
import { defaultFilters, type Filters } from '../../src/domain/filters'
import { metricById } from '../../src/domain/metrics'
import { indexPanel, metricValue } from '../../src/domain/panel'
import { bundledEngine } from '../../scripts/lib/bundled'

// The rights view's queries on the bundled Parquet, on the engine the browser ships, checked against SQL written here.
let db: Engine
const tables = ['districts', 'facts', 'demo/members', 'demo/rights']
const f = (change: Partial<Filters> = {}): Filters => ({ ...defaultFilters, ...change })
const one = async (sql: string) => Number(Object.values((await db.query({ sql }))[0]!)[0])
const published = async (filters: Filters) => (await db.query(publishedRightsQuery(filters).query)) as unknown as PublishedRightsRow[]

beforeAll(async () => {
  db = await bundledEngine(tables)
}, 60_000)

describe('publishedRightsQuery', () => {
  it('puts 密云 2021–2025 published figures beside the dataset’s sums over the same years', async () => {
    const rows = await published(f({ districts: ['110118'] }))
    expect(rows.map((r) => r.fact_id).sort()).toEqual(['F150', 'F151', 'F152'])
    const recovered = rows.find((r) => r.metric === 'rights_recovered_yuan')!
    expect(recovered).toMatchObject({ region_code: '110118', value: 35_000_000, qualifier: 'nearly', period_start: '2021-01-01', period_end: '2025-12-31' })
    const expected = await one("SELECT sum(recovered_yuan) FROM rights WHERE district_code = '110118' AND year BETWEEN 2021 AND 2025")
    expect(recovered.computed).toBe(expected)
    expect(recovered.computed! / 1e4).toBeCloseTo(3438, -1) // ≈3438万元 against the published 近3500万元
    const cases = rows.find((r) => r.metric === 'rights_cases')!
    expect(cases.computed).toBe(await one("SELECT sum(cases) FROM rights WHERE district_code = '110118' AND year BETWEEN 2021 AND 2025"))
  })

  it('uses 110000 for the whole city and sums every district for it', async () => {
    const rows = await published(f())
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((r) => r.region_code === '110000')).toBe(true)
    const h1 = rows.find((r) => r.fact_id === 'F021')!
    expect(h1.computed).toBe(await one('SELECT sum(recovered_yuan) FROM rights WHERE year = 2021'))
  })

  it('keeps facts whose period overlaps the years, with no computed value for a period outside the data', async () => {
    const rows = await published(f({ from: 2016, to: 2016 }))
    const old = rows.find((r) => r.fact_id === 'F024')! // 1999–2019: the data starts in 2016
    expect(old.computed).toBeNull()
    expect(rows.some((r) => r.fact_id === 'F021')).toBe(false) // 2021 does not overlap 2016
  })

  it('lists each selected district’s own facts, and nothing for a district without any', async () => {
    const rows = await published(f({ districts: ['110107', '110118'] }))
    expect(new Set(rows.map((r) => r.region_code))).toEqual(new Set(['110107', '110118']))
    const sjs = rows.find((r) => r.fact_id === 'F041')!
    expect(sjs.computed).toBe(await one("SELECT sum(recovered_yuan) FROM rights WHERE district_code = '110107' AND year BETWEEN 2023 AND 2024"))
    expect(await published(f({ districts: ['110101'] }))).toEqual([])
  })

  it('a hostile district never reaches the SQL text and drops nothing', async () => {
    const q = publishedRightsQuery(f({ districts: ["x'); DROP TABLE facts; --"] })).query
    expect(JSON.stringify(q)).not.toContain('DROP')
    // Unknown codes are dropped, so the rows are those of every district.
    expect(await db.query(q)).toEqual(await published(f({ districts: DISTRICT_CODES })))
    expect(await one('SELECT count(*) FROM facts')).toBe(170)
  })

  it('a hostile value that does reach the region list travels as a parameter: it matches nothing and drops nothing', async () => {
    // The filters drop unknown codes before any SQL is built, so the list the query takes is tried directly.
    const hostile = "x'); DROP TABLE facts; --"
    const where = inList('region_code', [hostile, '110118'])
    expect(where.sql).not.toContain('DROP')
    const rows = await db.query({ sql: `SELECT DISTINCT region_code FROM facts WHERE ${where.sql} ORDER BY 1`, params: where.params })
    expect(rows).toEqual([{ region_code: '110118' }])
    expect(await one('SELECT count(*) FROM facts')).toBe(170)
  })
})

describe('the rights metrics the view reads from the panel', () => {
  const metrics = (['rights_consultations', 'rights_cases', 'rights_recovered_yuan', 'rights_arrears_recovered_yuan', 'recovered_per_case'] as const).map(metricById)
  const panel = async (filters: Filters) => indexPanel((await db.query(metricPanelQuery(metrics, filters).query)) as unknown as PanelRow[])

  it('recovered per case is a ratio of sums, by district and for the city', async () => {
    const p = await panel(f({ to: 2023 }))
    const [r, c] = [await one("SELECT sum(recovered_yuan) FROM rights WHERE district_code = '110105' AND year = 2023"), await one("SELECT sum(cases) FROM rights WHERE district_code = '110105' AND year = 2023")]
    expect(metricValue(p, metricById('recovered_per_case'), ['110105'], 2023, 'none')).toBeCloseTo(r / c, 9)
    const city = (await one('SELECT sum(recovered_yuan) FROM rights WHERE year = 2023')) / (await one('SELECT sum(cases) FROM rights WHERE year = 2023'))
    expect(metricValue(p, metricById('recovered_per_case'), DISTRICT_CODES, 2023, 'none')).toBeCloseTo(city, 9)
  })

  it('arrears never exceed the money recovered they are part of, per district and year', async () => {
    const p = await panel(f({ from: 2016 }))
    for (const code of DISTRICT_CODES) {
      for (let y = 2016; y <= 2025; y++) {
        const rec = metricValue(p, metricById('rights_recovered_yuan'), [code], y, 'none')!
        expect(metricValue(p, metricById('rights_arrears_recovered_yuan'), [code], y, 'none')!).toBeLessThanOrEqual(rec)
      }
    }
  })

  it('normalises totals per 10k residents for the selected zone', async () => {
    const p = await panel(f({ zone: 'ecological', per: 'residents' }))
    const codes = ['110109', '110116', '110117', '110118', '110119']
    const cases = await one(`SELECT sum(cases) FROM rights WHERE year = 2025 AND district_code IN (${codes.map((c) => `'${c}'`).join(',')})`)
    const pop = await one(`SELECT sum(population_2020) FROM districts WHERE district_code IN (${codes.map((c) => `'${c}'`).join(',')})`)
    expect(metricValue(p, metricById('rights_cases'), codes, 2025, 'residents')).toBeCloseTo(cases / (pop / 10_000), 9)
  })
})
