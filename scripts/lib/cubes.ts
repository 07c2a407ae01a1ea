import type { DuckDBConnection } from '@duckdb/node-api'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { CUBE_TABLES, cubeStatements } from '../../src/data/cubes.ts'


const lit = (s: string) => `'${s.replaceAll("'", "''")}'`

/**
 * Writes `<dir>/<cube>.parquet` for the cubes the given tables allow, by the app's own cube SQL on native DuckDB
 * (the contract any other writer of the layout follows). Returns the cubes written, with their rows.
 */
export async function writeCubeFiles(con: DuckDBConnection, tables: Map<string, string>, dir: string): Promise<{ table: string; rows: number }[]> {
  for (const [table, path] of tables) await con.run(`CREATE OR REPLACE TABLE ${table} AS SELECT * FROM read_parquet(${lit(path)})`)
  for (const sql of cubeStatements([...tables.keys()])) await con.run(sql)
  const present = new Set((await con.runAndReadAll('SELECT table_name FROM information_schema.tables')).getRows().map((r) => String(r[0])))
  const written = CUBE_TABLES.filter((c) => present.has(c))
  mkdirSync(dir, { recursive: true })
  const out: { table: string; rows: number }[] = []
  for (const c of written) {
    await con.run(`COPY (SELECT * FROM ${c} ORDER BY ALL) TO ${lit(join(dir, `${c}.parquet`))} (FORMAT parquet, COMPRESSION zstd)`)
    out.push({ table: c, rows: Number((await con.runAndReadAll(`SELECT count(*) FROM ${c}`)).getRows()[0]![0]) })
  }
  return out
}
