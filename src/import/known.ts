import { readParquet } from '../data/datasets'
import { LIMITS } from './read'
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
    const { columns, rows } = await readParquet(bytes, LIMITS.rows)
    const i = columns.indexOf(r.refColumn)
    if (i >= 0) out[r.ref] = rows.flatMap((row) => (row[i] == null ? [] : [String(row[i])]))
  }
  return out
}
