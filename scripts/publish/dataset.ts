import { DuckDBInstance } from '@duckdb/node-api'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { buildTable } from '../../src/data/datasets'
import { provideEngine } from '../../src/data/db'
import type { Engine } from '../../src/data/engine'
import { applyImport } from '../../src/import/apply'
import type { ImportNote } from '../../src/import/notes'
import type { CheckedImport } from '../../src/import/protocol'
import { writeCubeFiles } from '../lib/cubes'
import { createNodeEngine } from '../lib/node-engine'
import { firstFrame } from '../../src/data/queries/default-view'
import type { YearSpan } from '../../src/domain/years'
import type { SourceFile } from './folder'
import { fileEntry, type ManifestFile, type PublishedManifest } from '../../src/data/published-manifest'

const REFERENCE = resolve('data')

/** The browser's engine in Node, as the data layer's engine, for the import's table building. */
export async function useNodeEngine(): Promise<Engine> {
  const engine = await createNodeEngine()
  provideEngine(async () => engine)
  return engine
}

function writeFile(dir: string, path: string, bytes: Uint8Array): ManifestFile {
  const full = join(dir, path)
  mkdirSync(join(full, '..'), { recursive: true })
  writeFileSync(full, bytes)
  return fileEntry(path, bytes)
}

export interface WriteOptions { name: string; asOf: string | null; now: Date; sources: SourceFile[]; notes: ImportNote[] }

/**
 * Writes a checked import into `dir` as a published dataset: one Parquet file per table (built by the browser
 * import's own code), the cubes (the app's cube SQL on native DuckDB), the default view's results for the first
 * paint, and manifest.json naming every file with its size and sha256.
 */
export async function writeDataset(checked: CheckedImport, dir: string, opts: WriteOptions): Promise<PublishedManifest> {
  let built = new Map<string, Uint8Array>()
  const meta = await applyImport(
    { checked, name: opts.name, target: null, modes: {}, now: opts.now },
    { build: buildTable, save: async (_meta, changed) => void (built = changed) },
  )
  const tables = meta.tables.map((t) => ({ table: t.table, rows: t.rows, files: [writeFile(dir, `${t.table}.parquet`, built.get(t.table)!)] }))

  // The reference tables the app ships (districts; facts unless the dataset brings its own) take part in the cubes.
  const paths = new Map(tables.map((t) => [t.table, join(dir, t.files[0]!.path)]))
  paths.set('districts', join(REFERENCE, 'districts.parquet'))
  const db = await DuckDBInstance.create(':memory:')
  const con = await db.connect()
  const cubeDir = join(dir, 'cubes')
  const cubes = await writeCubeFiles(con, paths, cubeDir)
  con.closeSync()
  for (const c of cubes) {
    const bytes = new Uint8Array(readFileSync(join(cubeDir, `${c.table}.parquet`)))
    tables.push({ table: c.table, rows: c.rows, files: [fileEntry(`cubes/${c.table}.parquet`, bytes)] })
  }

  // What the site will load: its own tables, the shipped reference tables, the cubes.
  if (!paths.has('facts')) paths.set('facts', join(REFERENCE, 'facts.parquet'))
  for (const c of cubes) paths.set(c.table, join(cubeDir, `${c.table}.parquet`))
  const { seed, years } = await precompute(paths)
  const precomputed = writeFile(dir, 'precomputed.json', new TextEncoder().encode(`${JSON.stringify(seed)}\n`))
  const manifest: PublishedManifest = {
    provenance: 'imported',
    name: opts.name,
    asOf: opts.asOf ?? meta.asOf,
    builtAt: opts.now.toISOString(),
    years,
    tables,
    precomputed,
    sources: opts.sources.map((s) => ({ name: s.name, bytes: s.bytes.length, sha256: s.sha256 })),
    notes: opts.notes,
  }
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

/** The first frame on the browser's engine over exactly the tables the site will load. */
async function precompute(tables: Map<string, string>): Promise<{ seed: Record<string, unknown[]>; years: YearSpan | null }> {
  const engine = await createNodeEngine()
  for (const [table, path] of tables) {
    await engine.exec(`CREATE TABLE ${table} AS SELECT * FROM read_parquet('${path.replaceAll("'", "''")}')`)
  }
  return firstFrame(engine, [...tables.keys()])
}
