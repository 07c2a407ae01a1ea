import { beforeAll, describe, expect, it } from 'vitest'
import { CUBES, cubeStatements } from '../../src/data/cubes'
import type { Engine } from '../../src/data/engine'
import { bundledEngine } from '../../scripts/lib/bundled'

// The cubes must say exactly what the raw rows say, or a view would change its numbers by reading them.
let db: Engine
const one = async (sql: string) => Number(Object.values((await db.query({ sql }))[0]!)[0])

beforeAll(async () => {
  db = await bundledEngine()
}, 60_000)

describe('cubes', () => {
  it('are far smaller than the raw tables they summarise', async () => {
    expect(await one('SELECT count(*) FROM innovation_cube')).toBeLessThan((await one('SELECT count(*) FROM innovation')) / 4)
  })
  it('keep every raw row and every total', async () => {
    expect(await one('SELECT sum(n) FROM workshop_cube')).toBe(await one('SELECT count(*) FROM workshops'))
    for (const c of ['outputs', 'transformed', 'benefit_yuan', 'patents']) {
      expect(await one(`SELECT sum(${c}) FROM innovation_cube`), c).toBe(await one(`SELECT sum(${c}) FROM innovation`))
    }
    expect(await one('SELECT sum(n) FROM competition_cube')).toBe(await one('SELECT count(*) FROM competitions'))
    expect(await one('SELECT sum(participants) FROM competition_cube')).toBe(await one('SELECT sum(participants) FROM competitions'))
  })
  it('keep active-at-year-end counts by district and level', async () => {
    const cube = await db.query({ sql: `SELECT district_code, level, CAST(sum(n) AS INTEGER) AS n FROM workshop_cube
      WHERE named_year <= 2023 AND (revoked_year IS NULL OR revoked_year > 2023) GROUP BY ALL ORDER BY ALL` })
    const raw = await db.query({ sql: `SELECT district_code, level, CAST(count(*) AS INTEGER) AS n FROM workshops
      WHERE named_year <= 2023 AND (revoked_year IS NULL OR revoked_year > 2023) GROUP BY ALL ORDER BY ALL` })
    expect(cube).toEqual(raw)
  })
  it('keep every workshop in an alliance, by alliance, district, level and years', async () => {
    expect(await one('SELECT sum(n) FROM alliance_cube')).toBe(await one('SELECT count(alliance_id) FROM workshops'))
    const cube = await db.query({ sql: `SELECT alliance_id, CAST(sum(n) AS INTEGER) AS n FROM alliance_cube
      WHERE named_year <= 2022 AND (revoked_year IS NULL OR revoked_year > 2022) GROUP BY ALL ORDER BY ALL` })
    const raw = await db.query({ sql: `SELECT alliance_id, CAST(count(*) AS INTEGER) AS n FROM workshops
      WHERE alliance_id IS NOT NULL AND named_year <= 2022 AND (revoked_year IS NULL OR revoked_year > 2022) GROUP BY ALL ORDER BY ALL` })
    expect(cube.length).toBeGreaterThan(10)
    expect(cube).toEqual(raw)
  })
  it('the panel cube gives what the relations give, at every level filter', async () => {
    const { panelQuery, panelQueryFromRelations } = await import('../../src/data/queries/panel')
    const { allMeasures } = await import('../../src/domain/metrics')
    for (const level of ['all', 'city', 'enterprise'] as const) {
      expect(await db.query(panelQuery(allMeasures, 2016, 2025, level)), level).toEqual(await db.query(panelQueryFromRelations(allMeasures, 2016, 2025, level)))
    }
  })
  it('exist only when all their raw tables do', () => {
    expect(cubeStatements(['workshops']).slice(0, 5)).toEqual([
      expect.stringMatching(/^CREATE OR REPLACE TABLE workshop_cube/),
      expect.stringMatching(/^CREATE OR REPLACE TABLE alliance_cube/),
      'DROP TABLE IF EXISTS innovation_cube',
      'DROP TABLE IF EXISTS competition_cube',
      expect.stringMatching(/^CREATE OR REPLACE TABLE panel_cube/),
    ])
    // Shipped pre-built (a large layout), a cube is kept as it is.
    expect(cubeStatements(['workshops', 'workshop_cube', 'alliance_cube', 'panel_cube'])).toEqual(['DROP TABLE IF EXISTS innovation_cube', 'DROP TABLE IF EXISTS competition_cube'])
    expect(CUBES.map((c) => c.table)).toEqual(['workshop_cube', 'alliance_cube', 'innovation_cube', 'competition_cube'])
  })
})
