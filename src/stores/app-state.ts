import { defineStore } from 'pinia'
import { computed, reactive } from 'vue'
import { useDatasetStore } from './dataset'

/** What `<html data-app-state>` reports: loading until data is in and every visible chart has drawn. */
export const useAppStateStore = defineStore('app-state', () => {
  const dataset = useDatasetStore()
  /** Ids of charts and queries that are mounted but not yet drawn or answered. */
  const pending = reactive(new Set<string>())

  /** 'loading' | 'ready' | 'error' for the test contract and automation. */
  const state = computed(() => {
    if (dataset.status === 'error' || dataset.errors.length) return 'error'
    if (dataset.status !== 'ready' || pending.size > 0) return 'loading'
    return 'ready'
  })

  /** Whether any aggregate query is in flight (charts hold back options built from half-updated state meanwhile; drill-down lists, `detail-`, do not count). */
  const queriesBusy = computed(() => [...pending].some((id) => id.startsWith('query-')))

  /** Marks a chart or query as busy (true) or done (false). */
  function setPending(id: string, busy: boolean) {
    if (busy) pending.add(id)
    else pending.delete(id)
  }

  return { state, queriesBusy, setPending }
})
