// One view's queries alone: the overview's SQL on the browser's DuckDB-WASM build in Node and on native DuckDB.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import type { Engine, Query } from '../../src/data/engine'
import { metricPanelQuery } from '../../src/data/queries/metric-panel'
import { targetsQuery } from '../../src/data/queries/targets'
import { CITY_CODE } from '../../src/domain/districts'
import { defaultFilters, filtersFromQuery, isWholeCity, selectedDistricts, type Filters } from '../../src/domain/filters'
import { metricById, overviewFamilies } from '../../src/domain/metrics'
import { createNodeEngine } from '../lib/node-engine.ts'
import { CUBE_TABLES } from '../../src/data/cubes.ts'
import { readMany } from '../../src/data/datasets'
import { VARIANTS } from './browser'

const REFERENCE = ['districts', 'facts', 'targets']
const DEMO = ['members', 'workshops', 'alliances', 'innovation', 'training', 'competitions', 'rights']

/** One table as the app loads it: copied into the engine, or (remote) left in its files and read in place. */
export interface LayoutTable {
  table: string
  paths: string[]
  remote: boolean
  hive: boolean
}

/**
 * The tables at a scale, loaded the way the app loads them: the bundled files at 1 (cubes from data/cubes/),
 * else the large layout's manifest (data/scaled/xN), whose remote raw tables stay in their Parquet files.
 */
export function layoutTables(scale: number): LayoutTable[] | null {
  if (scale === 1) {
    const files = [...REFERENCE.map((t) => [t, `data/${t}.parquet`]), ...DEMO.map((t) => [t, `data/demo/${t}.parquet`]), ...CUBE_TABLES.map((t) => [t, `data/cubes/${t}.parquet`])]
    return files.map(([table, path]) => ({ table: table!, paths: [resolve(path!)], remote: false, hive: false }))
  }
  const dir = `data/scaled/x${scale}`
  if (!existsSync(`${dir}/manifest.json`)) return null
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as { tables: { table: string; files: string[]; remote?: boolean; hive?: boolean }[] }
  return manifest.tables.map((t) => ({ table: t.table, paths: t.files.map((f) => resolve(dir, f)), remote: Boolean(t.remote), hive: Boolean(t.hive) }))
}

/** The statement that makes `table` from `read` (a read_parquet call): a table, or a view for remote files. */
function create(t: LayoutTable, read: string): string {
  return `CREATE OR REPLACE ${t.remote ? 'VIEW' : 'TABLE'} "${t.table}" AS SELECT * FROM ${read}`
}

/** What the overview asks after a filter change: one panel query per family, and the targets. */
export function overviewQueries(f: Filters): Query[] {
  const chosen = isWholeCity(f) ? [] : selectedDistricts(f)
  const regions = isWholeCity(f) ? [CITY_CODE] : chosen.length === 1 ? chosen : []
  return [
    ...overviewFamilies.map(({ metricIds }) => metricPanelQuery(metricIds.map(metricById), f).query),
    targetsQuery(regions, f.to).query,
  ]
}

type Run = (q: Query) => Promise<unknown[]>

export interface SqlResult {
  engine: string
  scale: number
  rows: number
  loadMs: number
  /** Wall time of all the overview's queries, one after another, per filter change. */
  viewMs: number[]
  /** Result rows of the first timed change: the engines must agree. */
  resultRows: number
}

/**
 * Changes run first and not counted. The WASM engine starts on its baseline compiler and tiers up hot
 * functions in the background: with three warm-up changes the first scale measured came out three times
 * slower than the next, whichever scale it was.
 */
const WARM_UP = 20

async function timeView(run: Run, runs: number): Promise<{ viewMs: number[]; resultRows: number }> {
  const filters = VARIANTS.map((v) => ({ ...defaultFilters, ...filtersFromQuery(Object.fromEntries(new URLSearchParams(v))) }))
  const viewMs: number[] = []
  let resultRows = 0
  for (let i = -WARM_UP; i < runs; i++) {
    const qs = overviewQueries(filters[(i + WARM_UP) % filters.length]!)
    let n = 0
    const t0 = performance.now()
    for (const q of qs) n += (await run(q)).length
    if (i >= 0) viewMs.push(performance.now() - t0)
    if (i === 0) resultRows = n
  }
  return { viewMs, resultRows }
}

/** The WASM engine (scripts/lib/node-engine.ts), tables loaded the way the app loads them. */
export async function wasmSql(scale: number, runs: number): Promise<SqlResult> {
  const tables = layoutTables(scale)!
  const t0 = performance.now()
  const engine: Engine = await createNodeEngine()
  for (const t of tables) {
    const names = t.paths.map((_, i) => `${t.table}-${i}.parquet`)
    for (const [i, p] of t.paths.entries()) await engine.registerUrl(names[i]!, p)
    await engine.exec(create(t, readMany(names, t.hive)))
  }
  const loadMs = performance.now() - t0
  const rows = await countRows((sql) => engine.query({ sql }).then((r) => Number(Object.values(r[0]!)[0])))
  return { engine: 'DuckDB-WASM 1.28 (eh, Node)', scale, rows, loadMs, ...(await timeView((q) => engine.query(q), runs)) }
}

/** Native DuckDB (@duckdb/node-api) over the same files and layout, default threads or one. */
export async function nativeSql(scale: number, runs: number, threads?: number): Promise<SqlResult> {
  const tables = layoutTables(scale)!
  const t0 = performance.now()
  const db = await DuckDBInstance.create(':memory:', threads ? { threads: String(threads) } : {})
  const con = await db.connect()
  for (const t of tables) await con.run(create(t, readMany(t.paths, t.hive)))
  const loadMs = performance.now() - t0
  const rows = await countRows(async (sql) => Number((await con.runAndReadAll(sql)).getRows()[0]![0]))
  const timed = await timeView(async (q) => (await con.runAndReadAll(q.sql, (q.params ?? []) as never)).getRows(), runs)
  con.closeSync()
  return { engine: `native DuckDB ${threads ? `(${threads} thread)` : '(default threads)'}`, scale, rows, loadMs, ...timed }
}

function countRows(one: (sql: string) => Promise<number>): Promise<number> {
  return one(`SELECT ${DEMO.map((t) => `(SELECT count(*) FROM "${t}")`).join(' + ')}`)
}
