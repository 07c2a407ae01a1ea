import { buildTable } from '../data/datasets'
import { newDatasetId } from './dataset-index'
import { specOf } from './catalog'
import type { CheckedImport } from './protocol'
import { SQL_TYPE } from './schema'
import { saveDataset, type DatasetMeta, type StoredTable } from './storage'

/** Notes kept per dataset: enough for sixteen report files, bounded so the index stays small. */
const MAX_NOTES = 5000

/** Replace a table's rows, or add to them. */
export type Mode = 'replace' | 'append'

/** Where checked rows go: a new dataset (no `target`) or an existing one, with a mode per table. */
export interface ApplyPlan {
  checked: CheckedImport
  name: string
  target: { meta: DatasetMeta; tables: Map<string, Uint8Array> } | null
  modes: Record<string, Mode>
  now: Date
}

/** Rows an append would duplicate: the import stops, nothing is saved. */
export class DuplicateKeys extends Error {
  constructor(readonly found: { table: string; keys: string[][] }[]) {
    super(`duplicate keys in ${found.map((f) => f.table).join(', ')}`)
  }
}

/** Storage, replaceable in tests (e.g. to fail between building and saving). */
export interface ApplyDeps { build: typeof buildTable; save: typeof saveDataset }

/**
 * Builds every table's Parquet, then saves the dataset in one transaction. Any failure before the
 * save leaves storage untouched; nothing here changes the live tables.
 */
export async function applyImport(plan: ApplyPlan, deps: ApplyDeps = { build: buildTable, save: saveDataset }): Promise<DatasetMeta> {
  const { checked, target, modes, now } = plan
  const changed = new Map<string, Uint8Array>()
  const stored = new Map<string, StoredTable>((target?.meta.tables ?? []).map((t) => [t.table, t]))
  const dupes: { table: string; keys: string[][] }[] = []
  let latest = target?.meta.asOf ? Number(target.meta.asOf.slice(0, 4)) : null
  for (const t of checked.tables) {
    if (!t.rows) continue
    const spec = specOf(t.table)
    const columns = t.columns.map((name) => ({ name, type: SQL_TYPE[spec.columns.find((c) => c.name === name)?.type ?? 'text'] }))
    const append = modes[t.table] === 'append' ? target?.tables.get(t.table) ?? null : null
    const built = await deps.build(t.table, columns, spec.key, t.csv, append)
    if (built.duplicates.length) dupes.push({ table: t.table, keys: built.duplicates })
    changed.set(t.table, built.bytes)
    const files = append ? [...(stored.get(t.table)?.files ?? []), ...t.files] : t.files
    stored.set(t.table, { table: t.table, rows: built.rows, files, importedAt: now.toISOString() })
    if (t.maxYear !== null && (latest === null || t.maxYear > latest)) latest = t.maxYear
  }
  if (dupes.length) throw new DuplicateKeys(dupes)
  const meta: DatasetMeta = {
    id: target?.meta.id ?? newDatasetId(),
    name: plan.name,
    createdAt: target?.meta.createdAt ?? now.toISOString(),
    tables: [...stored.values()],
    asOf: latest === null ? null : `${latest}-12-31`,
    // Kept with the dataset, so #/data can say later what was done to its files.
    notes: [...(target?.meta.notes ?? []), ...(checked.notes ?? [])].slice(-MAX_NOTES),
  }
  await deps.save(meta, changed)
  return meta
}
