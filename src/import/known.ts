import { distinctValues } from '../data/datasets'
import { REFERENCES } from './references'

/**
 * The ids a stored dataset holds that an import's rows may refer to (its workshops' ids), read from its
 * stored tables: what the check compares references with when the import is appended to that dataset.
 */
export async function referableIds(tables: Map<string, Uint8Array>): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {}
  for (const r of REFERENCES) {
    const bytes = tables.get(r.ref)
    if (!bytes || out[r.ref]) continue
    // One column, distinct, in the engine: a dataset appended to for years can hold more rows than one file may.
    out[r.ref] = await distinctValues(bytes, r.refColumn)
  }
  return out
}
