import { createStore, get, getMany } from 'idb-keyval'
import { orphanKeys, tableKey, withDataset, withoutDataset } from './dataset-index'
import type { ImportNote } from './notes'
import { isQuotaError, StorageFull } from './space'

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

/** A dataset whose stored tables are gone (deleted in another window, or cleared by the browser). */
export class DatasetGone extends Error {
  constructor(readonly id: string, readonly dataset: string) {
    super(`dataset ${dataset} is no longer in this browser`)
    this.name = 'DatasetGone'
  }
}

/** What another window of this browser did to the stored datasets. */
export interface DatasetsChanged { kind: 'saved' | 'deleted'; id: string }

// IndexedDB: survives reloads, holds binary Parquet, and writes several keys in one transaction.
const db = () => createStore('union-cockpit', 'datasets')
const INDEX = 'index'
// One channel object posts and listens: a window never hears its own changes, every other window does. Opened on
// first use: Node (the publish command imports this module) would otherwise stay alive for the open channel.
let opened: BroadcastChannel | null | undefined
const channel = () => (opened === undefined ? (opened = typeof BroadcastChannel === 'function' ? new BroadcastChannel('union-cockpit:datasets') : null) : opened)

/** Every imported dataset, newest first. */
export async function listDatasets(): Promise<DatasetMeta[]> {
  return ((await get<DatasetMeta[]>(INDEX, db())) ?? []).slice()
}

/** The Parquet bytes of a dataset's tables; `DatasetGone` when any of them is no longer stored. */
export async function readTables(meta: DatasetMeta): Promise<Map<string, Uint8Array>> {
  const values = await getMany<Uint8Array>(meta.tables.map((t) => tableKey(meta.id, t.table)), db())
  const out = new Map<string, Uint8Array>()
  meta.tables.forEach((t, i) => {
    const bytes = values[i]
    if (!bytes) throw new DatasetGone(meta.id, meta.name)
    out.set(t.table, bytes)
  })
  return out
}

// Test-only seam: an e2e test sets this to hold the transaction open after the index is read, as a slow
// machine would, so a second window's write provably waits instead of landing in between.
type Hold = () => Promise<unknown>
const testHold = () => (globalThis as { __ucHoldAfterIndexRead?: Hold }).__ucHoldAfterIndexRead

/** Keeps a transaction alive (it commits as soon as no request is pending) until `done` settles, then calls `next`. */
function holdOpen(store: IDBObjectStore, done: Promise<unknown>, next: () => void) {
  let over = false
  void done.finally(() => (over = true))
  const spin = () => (over ? next() : (store.count().onsuccess = spin))
  spin()
}

/**
 * Reads the index, applies `change` to it and writes it with `puts` and `deletes`, all in one readwrite
 * transaction. IndexedDB runs such transactions one at a time across every window of the origin, so a
 * second tab's save or delete sees this one's index, never an older copy; any failure writes nothing.
 */
function updateIndex(change: (index: DatasetMeta[]) => DatasetMeta[], puts: [string, Uint8Array][], deletes: string[] = []): Promise<void> {
  return db()('readwrite', (store) => new Promise<void>((resolve, reject) => {
    const tx = store.transaction
    // A request that throws (a refused put) aborts the transaction: report that error, not the abort.
    let thrown: unknown = null
    tx.oncomplete = () => resolve()
    tx.onabort = tx.onerror = () => reject(thrown ?? tx.error)
    const read = store.get(INDEX)
    read.onsuccess = () => {
      const write = () => {
        try {
          store.put(change((read.result as DatasetMeta[] | undefined) ?? []), INDEX)
          for (const [k, v] of puts) store.put(v, k)
          for (const k of deletes) store.delete(k)
        } catch (error) {
          thrown = error
          tx.abort()
        }
      }
      const hold = testHold()
      if (hold) holdOpen(store, hold(), write)
      else write()
    }
  }))
}

function announce(change: DatasetsChanged) {
  channel()?.postMessage(change)
}

/** Writes a dataset's changed tables and its entry in the index in one transaction: all or nothing. */
export async function saveDataset(meta: DatasetMeta, changed: Map<string, Uint8Array>): Promise<void> {
  try {
    await updateIndex((index) => withDataset(index, meta), [...changed].map(([t, b]) => [tableKey(meta.id, t), b]))
  } catch (error) {
    if (!isQuotaError(error)) throw error
    throw new StorageFull([...changed.values()].reduce((n, b) => n + b.byteLength, 0), { cause: error })
  }
  announce({ kind: 'saved', id: meta.id })
}

/** Deletes a dataset and its tables, in one transaction with the index. */
export async function deleteDataset(meta: DatasetMeta): Promise<void> {
  await updateIndex((index) => withoutDataset(index, meta.id), [], meta.tables.map((t) => tableKey(meta.id, t.table)))
  announce({ kind: 'deleted', id: meta.id })
}

/** Deletes stored tables that no dataset names (left by an interrupted or lost write); returns their keys. */
export function removeOrphans(): Promise<string[]> {
  return db()('readwrite', (store) => new Promise<string[]>((resolve, reject) => {
    const tx = store.transaction
    let gone: string[] = []
    tx.oncomplete = () => resolve(gone)
    tx.onabort = tx.onerror = () => reject(tx.error)
    const index = store.get(INDEX)
    index.onsuccess = () => {
      const keys = store.getAllKeys()
      keys.onsuccess = () => {
        gone = orphanKeys((index.result as DatasetMeta[] | undefined) ?? [], keys.result.map(String), INDEX)
        for (const k of gone) store.delete(k)
      }
    }
  }))
}

/** Calls `listener` whenever another window of this browser saves or deletes a dataset; returns the unsubscribe. */
export function onDatasetsChanged(listener: (change: DatasetsChanged) => void): () => void {
  const ch = channel()
  if (!ch) return () => {}
  const handle = (e: MessageEvent<DatasetsChanged>) => listener(e.data)
  ch.addEventListener('message', handle)
  return () => ch.removeEventListener('message', handle)
}
