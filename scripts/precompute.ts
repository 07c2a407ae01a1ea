/**
 * The default view's query results, computed at build time on the browser's own engine (DuckDB-WASM 1.28 in Node)
 * over the bundled Parquet, so the overview paints before DuckDB has loaded. Called by build-data.ts.
 */
import { writeFileSync } from 'node:fs'
import { metricPanelQuery } from '../src/data/queries/metric-panel.ts'
import { targetsQuery } from '../src/data/queries/targets.ts'
import { queryKey } from '../src/data/precomputed.ts'
import type { Query } from '../src/data/engine.ts'
import { CITY_CODE } from '../src/domain/districts.ts'
import { defaultFilters, type Filters } from '../src/domain/filters.ts'
import { metricById, overviewFamilies } from '../src/domain/metrics.ts'
import { bundledEngine } from './lib/bundled.ts'

/** The queries the overview runs under the default filters (the same builders the view calls). */
export function defaultViewQueries(filters: Filters = defaultFilters): Query[] {
  return [
    ...overviewFamilies.map(({ metricIds }) => metricPanelQuery(metricIds.map(metricById), filters).query),
    targetsQuery([CITY_CODE], filters.to).query,
  ]
}

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
