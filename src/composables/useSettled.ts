import { computed, type ComputedRef } from 'vue'
import { useAppStateStore } from '../stores/app-state'

/** A computed of `source` that keeps its last value while `busy()` holds, and catches up when it ends. */
export function holdWhile<T>(busy: () => boolean, source: () => T): ComputedRef<T> {
  let last: { value: T } | null = null
  return computed(() => {
    if (last && busy()) return last.value
    last = { value: source() }
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
