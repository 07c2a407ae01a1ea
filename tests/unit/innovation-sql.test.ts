import { beforeAll, describe, expect, it } from 'vitest'
import type { Engine } from '../../src/data/engine'
import { topWorkshopsQuery, type TopWorkshopRow } from '../../src/data/queries/innovation'
import { metricPanelQuery } from '../../src/data/queries/metric-panel'
import type { PanelRow } from '../../src/data/queries/panel'
import { DISTRICT_CODES } from '../../src/domain/districts'
import { defaultFilters, type Filters } from '../../src/domain/filters'
import { metricById } from '../../src/domain/metrics'
import { indexPanel, metricValue } from '../../src/domain/panel'
import { bundledEngine } from '../../scripts/lib/bundled'

// The innovation view's queries on the bundled Parquet, on the engine the browser ships, checked against SQL written here.
let db: Engine
const tables = ['districts', 'demo/members', 'demo/workshops', 'demo/innovation']
const f = (change: Partial<Filters> = {}): Filters => ({ ...defaultFilters, ...change })
const one = async (sql: string) => Number(Object.values((await db.query({ sql }))[0]!)[0])

beforeAll(async () => {
  db = await bundledEngine(tables)
}, 60_000)

describe('topWorkshopsQuery', () => {
  it('ranks the whole city by outputs over the range, as an independent GROUP BY does', async () => {
    const rows = (await db.query(topWorkshopsQuery(f()).query)) as unknown as TopWorkshopRow[]
    const expected = await db.query({
      sql: `SELECT workshop_id, sum(outputs)::DOUBLE AS n FROM innovation WHERE year BETWEEN 2021 AND 2025
            GROUP BY workshop_id ORDER BY n DESC, workshop_id LIMIT 10`,
    })
    expect(rows).toHaveLength(10)
    expect(rows.map((r) => [r.workshop_id, r.outputs])).toEqual(expected.map((r) => [r.workshop_id, r.n]))
    expect(typeof rows[0]!.name).toBe('string')
    expect(rows[0]!.transformed).toBeLessThanOrEqual(rows[0]!.outputs)
  })

  it('honours districts, years and level', async () => {
    const rows = (await db.query(topWorkshopsQuery(f({ districts: ['110118'], from: 2019, to: 2020, level: 'city' })).query)) as unknown as TopWorkshopRow[]
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((r) => r.district_code === '110118' && r.level === 'city')).toBe(true)
    const best = await one(`SELECT max(n) FROM (SELECT sum(i.outputs) AS n FROM innovation i JOIN workshops w USING (workshop_id)
      WHERE w.district_code = '110118' AND w.level = 'city' AND i.year BETWEEN 2019 AND 2020 GROUP BY i.workshop_id)`)
    expect(rows[0]!.outputs).toBe(best)
  })

  it('returns nothing where the selection has no rows (密云 has no national workshop)', async () => {
    expect(await db.query(topWorkshopsQuery(f({ districts: ['110118'], level: 'national' })).query)).toEqual([])
  })

  it('passes values as parameters: a hostile level matches nothing, a hostile district is dropped, nothing is executed', async () => {
    const hostile = "x'); DROP TABLE workshops; --"
    const byLevel = topWorkshopsQuery(f({ level: hostile as Filters['level'] })).query
    expect(byLevel.sql).not.toContain('DROP')
    expect(byLevel.params).toContain(hostile)
    expect(await db.query(byLevel)).toEqual([])
    // An unknown district code never reaches SQL: the selection falls back to every district.
    const byDistrict = topWorkshopsQuery(f({ districts: [hostile] })).query
    expect(JSON.stringify(byDistrict)).not.toContain('DROP')
    expect(await db.query(byDistrict)).toEqual(await db.query(topWorkshopsQuery(f()).query))
    expect(await one('SELECT count(*) FROM workshops')).toBe(5791)
  })
})

describe('the innovation metrics the view reads from the panel', () => {
  const metrics = (['innovation_outputs', 'innovation_transformed', 'transformation_rate', 'innovation_benefit_yuan', 'outputs_per_workshop'] as const).map(metricById)
  async function panel(filters: Filters) {
    return indexPanel((await db.query(metricPanelQuery(metrics, filters).query)) as unknown as PanelRow[])
  }

  it('outputs per workshop by district at the end year: outputs ÷ workshops active at year end', async () => {
    const p = await panel(f({ to: 2024 }))
    const outputs = await one("SELECT sum(i.outputs) FROM innovation i JOIN workshops w USING (workshop_id) WHERE w.district_code = '110108' AND i.year = 2024")
    const active = await one("SELECT count(*) FROM workshops WHERE district_code = '110108' AND named_year <= 2024 AND (revoked_year IS NULL OR revoked_year > 2024)")
    expect(metricValue(p, metricById('outputs_per_workshop'), ['110108'], 2024, 'none')).toBeCloseTo(outputs / active, 9)
    const cityOutputs = await one('SELECT sum(outputs) FROM innovation WHERE year = 2024')
    const cityActive = await one('SELECT count(*) FROM workshops WHERE named_year <= 2024 AND (revoked_year IS NULL OR revoked_year > 2024)')
    expect(metricValue(p, metricById('outputs_per_workshop'), DISTRICT_CODES, 2024, 'none')).toBeCloseTo(cityOutputs / cityActive, 9)
  })

  it('the transformation rate is a ratio of sums and is never normalised', async () => {
    const p = await panel(f({ per: 'members' }))
    const [t, o] = [await one('SELECT sum(transformed) FROM innovation WHERE year = 2025'), await one('SELECT sum(outputs) FROM innovation WHERE year = 2025')]
    expect(metricValue(p, metricById('transformation_rate'), DISTRICT_CODES, 2025, 'members')).toBeCloseTo(t / o, 12)
    const members = await one('SELECT sum(union_members) FROM members WHERE year = 2025')
    expect(metricValue(p, metricById('innovation_outputs'), DISTRICT_CODES, 2025, 'members')).toBeCloseTo(o / (members / 10_000), 9)
  })

  it('the level filter narrows outputs and benefit', async () => {
    const p = await panel(f({ level: 'enterprise', districts: ['110105'] }))
    const benefit = await one(`SELECT sum(i.benefit_yuan) FROM innovation i JOIN workshops w USING (workshop_id)
      WHERE w.district_code = '110105' AND w.level = 'enterprise' AND i.year = 2023`)
    expect(metricValue(p, metricById('innovation_benefit_yuan'), ['110105'], 2023, 'none')).toBe(benefit)
  })
})
