import { beforeAll, describe, expect, it } from 'vitest'
import type { Engine } from '../../src/data/engine'
import { panelQuery, type PanelRow } from '../../src/data/queries/panel'
import { measures } from '../../src/domain/metrics'
import { cubeStatements } from '../../src/data/cubes'
import { createNodeEngine } from '../../scripts/lib/node-engine'

// A fixture small enough to check by hand, run on the exact engine the browser ships (DuckDB-WASM 1.28).
let db: Engine
beforeAll(async () => {
  db = await createNodeEngine()
  await db.exec(`
    CREATE TABLE workshops AS SELECT *, NULL::VARCHAR AS alliance_id FROM (VALUES
      ('W1', '110118', 'city',     2019, NULL, 'worker', 'energy'),
      ('W2', '110118', 'district', 2021, 2023, 'worker', 'energy'),
      ('W3', '110114', 'district', 2021, NULL, 'craftsman', 'ict'),
      ('W4', '110114', 'national', 2024, NULL, 'worker', 'ict')
    ) t(workshop_id, district_code, level, named_year, revoked_year, kind, industry);
    CREATE TABLE innovation AS SELECT * FROM (VALUES
      ('W1', 2021, 10, 4, 1000000::BIGINT, 1), ('W2', 2021, 6, 3, 500::BIGINT, 0), ('W3', 2022, 5, 5, 7::BIGINT, 2)
    ) t(workshop_id, year, outputs, transformed, benefit_yuan, patents);
    CREATE TABLE members AS SELECT * FROM (VALUES ('110118', 2021, 20000, 30000), ('110114', 2021, 50000, 80000))
      t(district_code, year, union_members, employees);
    CREATE TABLE districts AS SELECT * FROM (VALUES ('110118', 527683), ('110114', 2269487)) t(district_code, population_2020);
  `)
  // The views read cubes built from these raw rows, as the app builds them after loading.
  for (const sql of cubeStatements(['workshops', 'innovation', 'members', 'districts'])) await db.exec(sql)
})

async function run(list: (typeof measures)[keyof typeof measures][], from: number, to: number, level: 'all' | 'city' | 'district' = 'all') {
  const rows = (await db.query(panelQuery(list, from, to, level))) as unknown as PanelRow[]
  return (id: string, code: string, year: number) => rows.find((r) => r.measure === id && r.district_code === code && r.year === year)?.value
}

describe('panelQuery on DuckDB-WASM', () => {
  it('counts workshops active at year end: named by then and not yet revoked', async () => {
    const v = await run([measures.workshopsActive], 2020, 2024)
    expect(v('workshops_active', '110118', 2020)).toBe(1)
    expect(v('workshops_active', '110118', 2022)).toBe(2)
    expect(v('workshops_active', '110118', 2023)).toBe(1) // W2 revoked in 2023
    expect(v('workshops_active', '110114', 2024)).toBe(2)
  })

  it('counts city level or above and honours the level filter', async () => {
    const all = await run([measures.workshopsCityPlus], 2024, 2024)
    expect(all('workshops_city_plus', '110114', 2024)).toBe(1)
    const district = await run([measures.workshopsActive], 2022, 2022, 'district')
    expect(district('workshops_active', '110118', 2022)).toBe(1)
    expect(district('workshops_active', '110114', 2022)).toBe(1)
  })

  it('sums innovation through the workshop district, as plain numbers (no BigInt)', async () => {
    const v = await run([measures.outputs, measures.benefit], 2021, 2022)
    expect(v('innovation_outputs', '110118', 2021)).toBe(16)
    expect(v('innovation_outputs', '110114', 2022)).toBe(5)
    const benefit = v('innovation_benefit_yuan', '110118', 2021)
    expect(benefit).toBe(1000500)
    expect(typeof benefit).toBe('number')
  })

  it('repeats census residents for every year of the range', async () => {
    const v = await run([measures.residents, measures.members], 2021, 2022)
    expect(v('residents', '110118', 2022)).toBe(527683)
    expect(v('union_members', '110114', 2021)).toBe(50000)
  })

  it('keeps only the years asked for', async () => {
    const v = await run([measures.workshopsNew], 2021, 2021)
    expect(v('workshops_new', '110114', 2021)).toBe(1)
    expect(v('workshops_new', '110114', 2024)).toBeUndefined()
  })

  it('passes the level as a parameter, so a hostile value matches nothing and runs nothing', async () => {
    const q = panelQuery([measures.workshopsActive], 2022, 2022, "city'); DROP TABLE workshops; --" as 'city')
    expect(q.sql).not.toContain('DROP')
    expect(await db.query(q)).toEqual([])
    expect((await db.query({ sql: 'SELECT count(*)::INTEGER AS n FROM workshops' }))[0]!.n).toBe(4)
  })
})
