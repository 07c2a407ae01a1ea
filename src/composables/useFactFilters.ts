import { computed, ref, watch } from 'vue'
import { watchDebounced } from '@vueuse/core'
import type { Status } from '../domain/reconcile-status'
import { useUrlQuery } from './useUrlQuery'

const STATUSES: Status[] = ['ok', 'beyond', 'missing', 'uncomputable']

/** The reconciliation page's filters, kept in the URL (q, region, metric, status) so a shared link shows the same rows. */
export function useFactFilters() {
  const { route, patch } = useUrlQuery()
  const read = (key: string) => (typeof route.query[key] === 'string' ? (route.query[key] as string) : '')
  const bound = (key: string) => computed<string | null>({ get: () => read(key) || null, set: (v) => void patch({ [key]: v || undefined }) })

  /** What is typed now; the URL (and the query) follow 250 ms after typing stops. */
  const search = ref(read('q'))
  /** The search the query runs with. */
  const applied = computed(() => read('q'))
  watchDebounced(search, (v) => void patch({ q: v.trim() || undefined }), { debounce: 250 })
  watch(applied, (v) => { if (v !== search.value.trim()) search.value = v })

  const region = bound('region')
  const metric = bound('metric')
  const status = computed<Status | null>({
    get: () => STATUSES.find((s) => s === read('status')) ?? null,
    set: (v) => void patch({ status: v ?? undefined }),
  })
  return { search, applied, region, metric, status }
}
