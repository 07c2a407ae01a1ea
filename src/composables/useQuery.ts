import { onScopeDispose, ref, shallowRef, watch } from 'vue'
import { query } from '../data/db'
import type { Query } from '../data/engine'
import { DataError, messageOf } from '../data/errors'
import { precomputed } from '../data/precomputed'
import { useAppStateStore } from '../stores/app-state'
import { useDatasetStore } from '../stores/dataset'

let counter = 0

/** The error for a query whose tables the active dataset lacks, or null when it has them all. */
function missingTables(loaded: string[], needs: string[]): DataError | null {
  const missing = needs.filter((t) => !loaded.includes(t))
  return missing.length ? new DataError('missing', `missing table: ${missing.join(', ')}`, { file: missing.join(', ') }) : null
}

const asDataError = (e: unknown) => (e instanceof DataError ? e : new DataError('query', messageOf(e)))

// Answers to queries that run together are applied together. A filter change sends a view's queries at once
// (the overview's five), and applying each answer as it arrived re-rendered the view, and recomputed its
// summary, once per query: five renders where one will do. A slow query holds the others' answers back;
// the page shows the previous figures meanwhile, never a mixture.
let running = 0
const held: (() => void)[] = []
function whenAllAnswered(apply: () => void) {
  held.push(apply)
  if (running > 0) return
  for (const f of held.splice(0)) f()
}

/** Whether two results hold the same rows, column for column (plain values only, so JSON compares them). */
export function sameRows(a: readonly object[], b: readonly object[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b)
}

export interface QueryOptions {
  /**
   * A drill-down list over raw rows (a paged register): its answers are applied as they come, not held with
   * the aggregates, and charts do not wait for it. At 10M rows such a list reads Parquet over range requests
   * and takes a second; the view's charts, on cubes, need not. The page still reads "loading" until it is in.
   */
  detail?: boolean
}

/**
 * Owns one query's async lifecycle: re-runs only when its SQL or parameters (or the dataset) change,
 * and a stale answer never overwrites a newer one.
 */
export function useQuery<T extends object>(source: () => { query: Query; tables: string[] }, options: QueryOptions = {}) {
  const dataset = useDatasetStore()
  const appState = useAppStateStore()
  // app-state counts every pending id; only `query-` ids hold charts and settled figures back.
  const id = `${options.detail ? 'detail' : 'query'}-${++counter}`
  const apply = options.detail ? (f: () => void) => f() : whenAllAnswered
  /** The latest rows, kept while a newer query runs so nothing flashes. */
  const data = shallowRef<T[] | null>(null)
  /** The error of the latest run, if it failed. */
  const error = shallowRef<DataError | null>(null)
  const loading = ref(false)
  let latest = 0
  /** The build-time rows painted while the engine loaded, until the live answer arrives. */
  let seededRows: T[] | null = null

  async function run({ query: q, tables: needs }: { query: Query; tables: string[] }) {
    const ticket = ++latest
    if (dataset.status === 'idle' || dataset.status === 'loading') {
      // Paint from build-time results while DuckDB loads; the live query replaces them with the same numbers.
      const seeded = dataset.seed ? precomputed(q, dataset.seed) : undefined
      if (seeded) data.value = seededRows = seeded as T[]
      return
    }
    const missing = missingTables(dataset.tables, needs)
    if (missing) {
      error.value = missing
      data.value = null
      return
    }
    loading.value = true
    appState.setPending(id, true)
    if (!options.detail) running++
    let outcome: { rows: T[] } | { error: DataError }
    try {
      outcome = { rows: await query<T>(q) }
    } catch (e) {
      outcome = { error: asDataError(e) }
    }
    if (!options.detail) running--
    apply(() => {
      if (ticket !== latest) return
      if ('rows' in outcome) {
        // The hand-over from build-time to live rows: when they are the same numbers (they should be), the
        // painted rows stay, so nothing downstream recomputes and no chart redraws.
        const same = seededRows !== null && data.value === seededRows && sameRows(seededRows, outcome.rows)
        seededRows = null
        if (!same) data.value = outcome.rows
        error.value = null
      } else error.value = outcome.error
      loading.value = false
      appState.setPending(id, false)
    })
  }

  watch(
    [() => JSON.stringify(source()), () => dataset.version],
    () => run(source()),
    { immediate: true },
  )
  onScopeDispose(() => {
    latest++
    appState.setPending(id, false)
  })

  return { data, error, loading }
}

/**
 * Runs queries on demand (a full download of a paged list) with useQuery's checks: a table the active dataset lacks
 * is a `missing` error, never a failed SQL statement, and every failure comes back as a DataError.
 */
export function useQueryOnce() {
  const dataset = useDatasetStore()
  return async function once<T extends object>({ query: q, tables }: { query: Query; tables: string[] }): Promise<T[]> {
    const missing = missingTables(dataset.tables, tables)
    if (missing) throw missing
    try {
      return await query<T>(q)
    } catch (e) {
      throw asDataError(e)
    }
  }
}
