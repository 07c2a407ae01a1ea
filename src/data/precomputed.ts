import type { Query } from './engine'
import type { Row } from './rows'
import seed from '../../data/precomputed.json'

/** The identity of a query: its exact SQL and parameters. */
export function queryKey(q: Query): string {
  return JSON.stringify([q.sql.replace(/\s+/g, ' ').trim(), q.params ?? []])
}

/** Whose build-time results: the bundled demo's, or those of the dataset a site was published with. */
export type Seed = 'demo' | 'site'

const seeds: Record<Seed, Record<string, Row[]>> = { demo: seed as Record<string, Row[]>, site: {} }

/** Takes the published dataset's results (its precomputed.json, checked against the manifest). */
export function setSiteSeed(rows: Record<string, Row[]>): void {
  seeds.site = rows
}

/**
 * Rows computed ahead of time by the same engine over the same files, for the default view's queries (the
 * demo's by `npm run data`, a published dataset's by `npm run publish`): the first paint needs no DuckDB, and
 * the live answer that follows is identical.
 */
export function precomputed(q: Query, from: Seed = 'demo'): Row[] | undefined {
  return seeds[from][queryKey(q)]
}
