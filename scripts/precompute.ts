/**
 * The default view's query results, computed at build time on the browser's own engine (DuckDB-WASM 1.28 in Node)
 * over the bundled Parquet, so the overview paints before DuckDB has loaded. Called by build-data.ts.
 */
import { writeFileSync } from 'node:fs'
import { defaultViewQueries } from '../src/data/queries/default-view.ts'
import { queryKey } from '../src/data/precomputed.ts'
import { bundledEngine } from './lib/bundled.ts'

/** Runs them and returns key → rows, in a stable order. */
export async function precompute(): Promise<Record<string, unknown[]>> {
  const db = await bundledEngine()
  const out: Record<string, unknown[]> = {}
  for (const q of defaultViewQueries()) out[queryKey(q)] = await db.query(q)
  return out
}

/** Writes data/precomputed.json. */
export async function writePrecomputed(path: string): Promise<number> {
  const out = await precompute()
  writeFileSync(path, `${JSON.stringify(out)}\n`)
  return Object.keys(out).length
}
