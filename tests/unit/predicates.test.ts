import { beforeAll, describe, expect, it } from 'vitest'
import type { Engine } from '../../src/data/engine'
import { filterPredicate, inList } from '../../src/data/queries/predicates'
import { defaultFilters } from '../../src/domain/filters'
import { createNodeEngine } from '../../scripts/lib/node-engine'

let db: Engine
beforeAll(async () => {
  db = await createNodeEngine()
  await db.exec(`CREATE TABLE t AS SELECT * FROM (VALUES ('110118', 2025, 'city'), ('110114', 2024, 'district'), ('110101', 2025, 'city')) v(district_code, year, level)`)
})

async function codes(where: { sql: string; params: (string | number | boolean | null)[] }) {
  const rows = await db.query({ sql: `SELECT district_code FROM t WHERE ${where.sql} ORDER BY 1`, params: where.params })
  return rows.map((r) => r.district_code)
}

describe('parameterised predicates on DuckDB-WASM', () => {
  it('matches a list of codes passed as one parameter', async () => {
    expect(await codes(inList('district_code', ['110118', '110114']))).toEqual(['110114', '110118'])
  })
  it('treats a hostile value as data', async () => {
    const p = inList('district_code', ["110118') OR 1=1 --"])
    expect(p.sql).not.toContain('110118')
    expect(await codes(p)).toEqual([])
  })
  it('combines districts, years and level from the filters', async () => {
    expect(await codes(filterPredicate({ ...defaultFilters, zone: 'ecological', from: 2025 }))).toEqual(['110118'])
    expect(await codes(filterPredicate({ ...defaultFilters, level: 'district' }))).toEqual(['110114'])
    expect(await codes(filterPredicate({ ...defaultFilters, level: 'district' }, { level: null }))).toHaveLength(3)
  })
})
