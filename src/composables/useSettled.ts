import { computed, type ComputedRef } from 'vue'
import { useAppStateStore } from '../stores/app-state'

/**
 * A computed of `source` that keeps its last value while `busy()` holds, and catches up when it ends. When
 * nothing `source` reads changed meanwhile (the live answer equals the build-time one, a query answered the
 * same), it catches up to the very same value: no new chart option, so no redraw.
 */
export function holdWhile<T>(busy: () => boolean, source: () => T): ComputedRef<T> {
  const fresh = computed(source)
  let last: { value: T } | null = null
  return computed(() => {
    // busy() is read first, always: a dependency ahead of `fresh`, so a computed that turns busy is not
    // refreshed (computed) on the way to finding out it holds.
    const holding = busy()
    if (last && holding) return last.value
    last = { value: fresh.value }
    return last.value
  })
}

/**
 * A computed that keeps its last value while data queries are in flight. A filter change reaches a view's
 * display at once but its data only when the queries answer: computed in between, figures would mix the new
 * filters with the old data (a KPI for a year the old panel lacks reads "no data" for a frame), and the work
 * is thrown away a moment later. Charts hold their options the same way (BaseChart).
 */
export function useSettled<T>(source: () => T): ComputedRef<T> {
  const appState = useAppStateStore()
  return holdWhile(() => appState.queriesBusy, source)
}
