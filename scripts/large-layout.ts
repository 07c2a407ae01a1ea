/**
 * The layout for data too big to download whole (the README's large layout): cubes the views read, the largest raw
 * table hive-partitioned by year for HTTP range reads, and a manifest the app loads with
 * `#/?manifest=<path>/manifest.json`. Written by `npm run data -- --scale N`.
 */
import { DuckDBConnection } from '@duckdb/node-api'
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { CUBE_TABLES } from '../src/data/cubes.ts'
import { writeCubeFiles } from './lib/cubes.ts'

/** One table of a manifest: its files relative to the manifest; `remote` ones are read in place, never downloaded. */
export interface ManifestTable { table: string; files: string[]; remote?: boolean; hive?: boolean }
export interface Manifest { provenance: 'demo'; scale: number; seed: number; tables: ManifestTable[] }

const SMALL = ['districts', 'facts', 'targets']
const PANEL = ['members', 'alliances', 'training', 'competitions', 'rights']

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  }).sort()
}

/** Writes `<out>/cubes/*.parquet` for the demo panel in `<out>/demo` (and districts from `reference`). */
export async function writeCubes(con: DuckDBConnection, out: string, reference: string): Promise<void> {
  const tables = new Map([...PANEL, 'workshops', 'innovation'].map((t) => [t, join(out, 'demo', `${t}.parquet`)]))
  tables.set('districts', join(reference, 'districts.parquet'))
  await writeCubeFiles(con, tables, join(out, 'cubes'))
}

/** Writes hive/innovation/year=YYYY/ and manifest.json into `out` (which holds the scaled Parquet and its cubes). */
export async function writeLargeLayout(con: DuckDBConnection, out: string, reference: string, scale: number, seed: number): Promise<Manifest> {
  const lit = (s: string) => `'${s.replaceAll("'", "''")}'`
  const hive = join(out, 'hive', 'innovation')
  rmSync(hive, { recursive: true, force: true })
  mkdirSync(join(out, 'hive'), { recursive: true })
  await con.run(`COPY (SELECT * FROM innovation ORDER BY year, workshop_id) TO ${lit(hive)} (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (year))`)
  const rel = (p: string) => relative(out, p).split('\\').join('/')
  const manifest: Manifest = {
    provenance: 'demo', scale, seed,
    tables: [
      ...SMALL.map((t) => ({ table: t, files: [rel(join(reference, `${t}.parquet`))] })),
      ...PANEL.map((t) => ({ table: t, files: [`demo/${t}.parquet`] })),
      { table: 'workshops', files: ['demo/workshops.parquet'], remote: true },
      { table: 'innovation', files: filesUnder(hive).map(rel), remote: true, hive: true },
      ...CUBE_TABLES.map((c) => ({ table: c, files: [`cubes/${c}.parquet`] })),
    ],
  }
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}
