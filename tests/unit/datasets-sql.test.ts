import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { provideEngine } from '../../src/data/db'
import type { Engine } from '../../src/data/engine'
import { buildTable, distinctValues, readParquet, replaceTables } from '../../src/data/datasets'
import { liveYears } from '../../src/data/years'
import { BUNDLED_YEARS } from '../../src/domain/years'
import { bundledEngine } from '../../scripts/lib/bundled'

// The import's data door on the engine the browser ships: staging, append, atomic switching.
let db: Engine
const rightsBytes = new Uint8Array(readFileSync('data/demo/rights.parquet'))
const columns = [
  { name: 'workshop_id', type: 'VARCHAR' }, { name: 'name', type: 'VARCHAR' }, { name: 'year', type: 'INTEGER' }, { name: 'benefit', type: 'BIGINT' },
]
const count = async (table: string) => (await db.query({ sql: `SELECT count(*)::INTEGER AS n FROM ${table}` }))[0]!.n

beforeAll(async () => {
  db = await bundledEngine(['demo/rights', 'demo/members'])
  provideEngine(async () => db)
}, 60_000)

describe('buildTable', () => {
  const hostile = ['<img src=x onerror=alert(1)>', "'); DROP TABLE workshops; --", 'a "quoted", comma\nand newline']
  const csv = ['workshop_id,name,year,benefit', ...hostile.map((n, i) => `"W${i}","${n.replace(/"/g, '""')}",2025,${i === 2 ? '' : 35000000}`)].join('\n')

  it('stores strings verbatim and NULL as NULL, with the declared types', async () => {
    const built = await buildTable('workshops', columns, ['workshop_id'], csv, null)
    expect(built.rows).toBe(3)
    expect(built.duplicates).toEqual([])
    await db.registerBuffer('check.parquet', built.bytes)
    const rows = await db.query({ sql: "SELECT name, year, benefit, typeof(benefit) AS t FROM read_parquet('check.parquet') ORDER BY workshop_id" })
    expect(rows).toEqual([
      { name: hostile[0], year: 2025, benefit: 35000000, t: 'BIGINT' },
      { name: hostile[1], year: 2025, benefit: 35000000, t: 'BIGINT' },
      { name: hostile[2], year: 2025, benefit: null, t: 'BIGINT' },
    ])
  })

  it('appends to earlier rows and names the keys the append duplicates', async () => {
    const first = await buildTable('workshops', columns, ['workshop_id'], csv, null)
    const more = 'workshop_id,name,year,benefit\n"W9","新",2025,1\n"W1","again",2025,2\n'
    const appended = await buildTable('workshops', columns, ['workshop_id'], more, first.bytes)
    expect(appended.rows).toBe(5)
    expect(appended.duplicates).toEqual([['W1']])
  })

  it('fails with a typed error, leaving no work table behind', async () => {
    await expect(buildTable('workshops', columns, ['workshop_id'], 'workshop_id,name,year,benefit\n"W1","x",notayear,1\n', null)).rejects.toThrow(/building workshops failed/)
    expect(await db.query({ sql: "SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'work_%'" })).toEqual([])
  })
})

describe('replaceTables', () => {
  it('atomic: one bad file and nothing changes', async () => {
    const before = await count('rights')
    const { loaded, failures } = await replaceTables(
      [{ table: 'rights', file: 'good.parquet', bytes: rightsBytes.slice() }, { table: 'members', file: 'truncated.parquet', bytes: rightsBytes.slice(0, 500) }],
      true,
    )
    expect(loaded).toEqual([])
    expect(failures.map((f) => f.file)).toEqual(['truncated.parquet'])
    expect(await count('rights')).toBe(before)
    expect(await count('members')).toBe(160)
    expect(await db.query({ sql: "SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'next_%'" })).toEqual([])
  })

  it('not atomic: swaps what loaded and drops what failed or is no longer wanted', async () => {
    await db.exec('CREATE OR REPLACE TABLE training AS SELECT 1 AS x')
    const columns = ['district_code', 'year', 'consultations', 'cases', 'recovered_yuan', 'arrears_recovered_yuan', 'workers_helped']
      .map((name) => ({ name, type: /code/.test(name) ? 'VARCHAR' : name.endsWith('yuan') ? 'BIGINT' : 'INTEGER' }))
    const built = await buildTable('rights', columns, ['district_code', 'year'], `${columns.map((c) => c.name).join(',')}\n"110118",2025,1,2,3,4,5\n`, null)
    const { loaded, failures } = await replaceTables([{ table: 'rights', file: 'one.parquet', bytes: built.bytes }, { table: 'members', file: 'bad.parquet', bytes: new Uint8Array([1, 2, 3]) }], false)
    expect(loaded).toEqual(['rights'])
    expect(failures).toHaveLength(1)
    expect(await count('rights')).toBe(1)
    // The panel cube was rebuilt in the same switch: it answers from the new rows.
    expect(await db.query({ sql: "SELECT value FROM panel_cube WHERE level = 'all' AND measure = 'rights_recovered_yuan' AND district_code = '110118' AND year = 2025" })).toEqual([{ value: 3 }])
    expect(await db.query({ sql: "SELECT table_name FROM information_schema.tables WHERE table_name IN ('members', 'training')" })).toEqual([])
  })
})

describe('years from the data', () => {
  it('the bundled demo covers the years the app assumes before the engine is up', async () => {
    const { loaded } = await replaceTables([{ table: 'rights', file: 'demo.parquet', bytes: rightsBytes.slice() }], true)
    expect(await liveYears(loaded)).toEqual(BUNDLED_YEARS)
  })
  it('a 2026 file lands: the span, and the panel cube, reach 2026', async () => {
    const columns = ['district_code', 'year', 'consultations', 'cases', 'recovered_yuan', 'arrears_recovered_yuan', 'workers_helped']
      .map((name) => ({ name, type: /code/.test(name) ? 'VARCHAR' : name.endsWith('yuan') ? 'BIGINT' : 'INTEGER' }))
    const csv = `${columns.map((c) => c.name).join(',')}\n"110118",2025,1,2,3,4,5\n"110118",2026,1,2,7,4,5\n`
    const built = await buildTable('rights', columns, ['district_code', 'year'], csv, null)
    const { loaded } = await replaceTables([{ table: 'rights', file: 'y2026.parquet', bytes: built.bytes }], true)
    expect(await liveYears(loaded)).toEqual({ min: 2025, max: 2026 })
    const cube = await db.query({ sql: "SELECT year, value FROM panel_cube WHERE level = 'all' AND measure = 'rights_recovered_yuan' AND district_code = '110118' ORDER BY year" })
    expect(cube).toEqual([{ year: 2025, value: 3 }, { year: 2026, value: 7 }])
    expect(await db.query({ sql: 'SELECT min(year)::INTEGER AS lo, max(year)::INTEGER AS hi FROM panel_cube' })).toEqual([{ lo: 2025, hi: 2026 }])
    expect(await db.query({ sql: "SELECT table_name FROM information_schema.tables WHERE table_name = 'panel_span'" })).toEqual([])
  })
})

describe('readParquet', () => {
  it('reads columns and rows, and refuses files over the row limit without reading them', async () => {
    const r = await readParquet(rightsBytes, 1000)
    expect(r.columns.slice(0, 3)).toEqual(['district_code', 'year', 'consultations'])
    expect(r.rows).toHaveLength(160)
    expect(r.rows[0]!.slice(0, 2)).toEqual(['110101', 2016])
    expect(await readParquet(rightsBytes, 100)).toEqual({ columns: [], rows: [], total: 160 })
  })
  it('a truncated file is an error, not a crash', async () => {
    await expect(readParquet(rightsBytes.slice(0, rightsBytes.length - 100), 1000)).rejects.toThrow()
  })
})

describe('distinctValues', () => {
  it('reads one column of a stored table, distinct and as text, whatever its size; a missing column gives none', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `W${i % 700},n${i},2025,1`)
    const built = await buildTable('workshops', columns, ['name'], ['workshop_id,name,year,benefit', ...rows].join('\n'), null)
    const ids = await distinctValues(built.bytes, 'workshop_id')
    expect(ids).toHaveLength(700)
    expect(new Set(ids)).toEqual(new Set(Array.from({ length: 700 }, (_, i) => `W${i}`)))
    expect((await distinctValues(built.bytes, 'year')).sort()).toEqual(['2025'])
    expect(await distinctValues(built.bytes, 'no_such_column')).toEqual([])
  })
})
