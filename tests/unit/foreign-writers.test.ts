import { DuckDBInstance } from '@duckdb/node-api'
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { replaceTables } from '../../src/data/datasets'
import { provideEngine } from '../../src/data/db'
import type { Engine } from '../../src/data/engine'
import { createNodeEngine } from '../../scripts/lib/node-engine'

// The dashboard reads Parquet, whoever writes it: a hive layout written by DuckDB's own COPY … PARTITION_BY, and a
// file written by another Parquet implementation (hyparquet-writer), loaded by the app's data layer on the engine
// the browser ships, give the same sums as native DuckDB over the source rows.
let dir = ''
let db: Engine
const native = async (sql: string) => {
  const con = await (await DuckDBInstance.create(':memory:')).connect()
  return (await con.runAndReadAll(sql)).getRows()
}
const files = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? files(join(d, n)) : [join(d, n)]))

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'uc-writers-'))
  const innovation = resolve('data/demo/innovation.parquet')
  await native(`COPY (SELECT * FROM read_parquet('${innovation}')) TO '${join(dir, 'innovation')}' (FORMAT parquet, PARTITION_BY (year))`)
  const members = await native(`SELECT district_code, year, union_members, employees FROM read_parquet('${resolve('data/demo/members.parquet')}') ORDER BY ALL`)
  const column = (i: number) => members.map((r) => (typeof r[i] === 'bigint' ? Number(r[i]) : r[i]))
  const bytes = parquetWriteBuffer({
    columnData: [
      { name: 'district_code', data: column(0), type: 'STRING' },
      { name: 'year', data: column(1), type: 'INT32' },
      { name: 'union_members', data: column(2), type: 'INT32' },
      { name: 'employees', data: column(3), type: 'INT32' },
    ],
  })
  writeFileSync(join(dir, 'members.parquet'), new Uint8Array(bytes))
  db = await createNodeEngine()
  provideEngine(async () => db)
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('layouts written by other writers', () => {
  it('load through replaceTables and sum as native DuckDB does', async () => {
    const hive = files(join(dir, 'innovation')).sort()
    expect(hive.some((f) => /year=2021/.test(f))).toBe(true)
    const { loaded, failures } = await replaceTables(
      [
        { table: 'innovation', file: 'innovation', urls: hive.map((f) => ({ name: `large/${f.slice(dir.length + 1)}`, url: f })), remote: true, hive: true },
        { table: 'members', file: 'members.parquet', url: join(dir, 'members.parquet') },
      ],
      true,
    )
    expect(failures).toEqual([])
    expect(loaded.sort()).toEqual(['innovation', 'members'])
    const [expectedOutputs] = (await native(`SELECT sum(outputs)::BIGINT FROM read_parquet('${resolve('data/demo/innovation.parquet')}') WHERE year = 2024`))[0]!
    const [{ n }] = (await db.query({ sql: 'SELECT sum(outputs)::BIGINT AS n FROM innovation WHERE year = 2024' })) as { n: number }[]
    expect(n).toBe(Number(expectedOutputs))
    const [expectedMembers] = (await native(`SELECT sum(union_members)::BIGINT FROM read_parquet('${resolve('data/demo/members.parquet')}')`))[0]!
    const [{ m }] = (await db.query({ sql: 'SELECT sum(union_members)::BIGINT AS m FROM members' })) as { m: number }[]
    expect(m).toBe(Number(expectedMembers))
  })
})
