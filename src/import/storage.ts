import { createStore, delMany, get, getMany, setMany } from 'idb-keyval'
import type { ImportNote } from './notes'

/** One imported table of a dataset: where its rows came from and when. */
export interface StoredTable { table: string; rows: number; files: string[]; importedAt: string }

/** A named imported dataset as listed in the header and on the data page. */
export interface DatasetMeta {
  id: string
  name: string
  createdAt: string
  tables: StoredTable[]
  asOf: string | null
  /** Everything the imports did to their files (rows skipped, columns scaled or mapped, ids given), newest last. */
  notes?: ImportNote[]
}

// IndexedDB: survives reloads, holds binary Parquet, and writes several keys in one transaction.
const db = () => createStore('union-cockpit', 'datasets')
const INDEX = 'index'
const key = (id: string, table: string) => `${id}/${table}`

/** Every imported dataset, newest first. */
export async function listDatasets(): Promise<DatasetMeta[]> {
  return ((await get<DatasetMeta[]>(INDEX, db())) ?? []).slice()
}

/** The Parquet bytes of a dataset's tables. */
export async function readTables(meta: DatasetMeta): Promise<Map<string, Uint8Array>> {
  const values = await getMany<Uint8Array>(meta.tables.map((t) => key(meta.id, t.table)), db())
  const out = new Map<string, Uint8Array>()
  meta.tables.forEach((t, i) => {
    const bytes = values[i]
    if (!bytes) throw new Error(`stored table ${t.table} of ${meta.name} is missing`)
    out.set(t.table, bytes)
  })
  return out
}

/** Writes a dataset's changed tables and its entry in the index in one transaction: all or nothing. */
export async function saveDataset(meta: DatasetMeta, changed: Map<string, Uint8Array>): Promise<void> {
  const index = (await listDatasets()).filter((d) => d.id !== meta.id)
  await setMany([[INDEX, [meta, ...index]], ...[...changed].map(([t, b]) => [key(meta.id, t), b] as [string, Uint8Array])], db())
}

/** Deletes a dataset and its tables. */
export async function deleteDataset(meta: DatasetMeta): Promise<void> {
  const index = (await listDatasets()).filter((d) => d.id !== meta.id)
  await setMany([[INDEX, index]], db())
  await delMany(meta.tables.map((t) => key(meta.id, t.table)), db())
}
