import type { DatasetMeta } from './storage'

/** The key of one stored table of a dataset. */
export const tableKey = (id: string, table: string) => `${id}/${table}`

/** The index with `meta` first, replacing any older entry of the same id and keeping every other dataset. */
export function withDataset(index: DatasetMeta[], meta: DatasetMeta): DatasetMeta[] {
  return [meta, ...index.filter((d) => d.id !== meta.id)]
}

/** The index without the dataset `id`. */
export function withoutDataset(index: DatasetMeta[], id: string): DatasetMeta[] {
  return index.filter((d) => d.id !== id)
}

/** Stored keys no dataset of the index names: tables left behind by a lost or interrupted write. */
export function orphanKeys(index: DatasetMeta[], keys: string[], indexKey: string): string[] {
  const live = new Set(index.flatMap((d) => d.tables.map((t) => tableKey(d.id, t.table))))
  return keys.filter((k) => k !== indexKey && !live.has(k))
}

/**
 * A new dataset id: random, so two tabs (or two imports in one millisecond) never share one.
 * `getRandomValues` works on plain-http intranet pages too, where `randomUUID` does not exist.
 */
export function newDatasetId(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return `import-${[...random(new Uint8Array(12))].map((b) => b.toString(16).padStart(2, '0')).join('')}`
}
