import { onScopeDispose, ref, shallowRef, watch } from 'vue'
import { query } from '../data/db'
import type { Query } from '../data/engine'
import { DataError, messageOf } from '../data/errors'
import { precomputed } from '../data/precomputed'
import { useAppStateStore } from '../stores/app-state'
import { useDatasetStore } from '../stores/dataset'

let counter = 0

/**
 * Owns one query's async lifecycle: re-runs only when its SQL or parameters (or the dataset) change,
 * and a stale answer never overwrites a newer one.
 */
export function useQuery<T extends object>(source: () => { query: Query; tables: string[] }) {
  const dataset = useDatasetStore()
  const appState = useAppStateStore()
  const id = `query-${++counter}`
  /** The latest rows, kept while a newer query runs so nothing flashes. */
  const data = shallowRef<T[] | null>(null)
  /** The error of the latest run, if it failed. */
  const error = shallowRef<DataError | null>(null)
  const loading = ref(false)
  let latest = 0

  async function run({ query: q, tables: needs }: { query: Query; tables: string[] }) {
    const ticket = ++latest
    if (dataset.status === 'idle' || dataset.status === 'loading') {
      // Paint from build-time results while DuckDB loads; the live query replaces them with the same numbers.
      const seeded = dataset.bundled ? precomputed(q) : undefined
      if (seeded) data.value = seeded as T[]
      return
    }
    const missing = needs.filter((t) => !dataset.tables.includes(t))
    if (missing.length) {
      error.value = new DataError('missing', `missing table: ${missing.join(', ')}`, { file: missing.join(', ') })
      data.value = null
      return
    }
    loading.value = true
    appState.setPending(id, true)
    try {
      const rows = await query<T>(q)
      if (ticket !== latest) return
      data.value = rows
      error.value = null
    } catch (e) {
      if (ticket !== latest) return
      error.value = e instanceof DataError ? e : new DataError('query', messageOf(e))
    } finally {
      if (ticket === latest) {
        loading.value = false
        appState.setPending(id, false)
      }
    }
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
