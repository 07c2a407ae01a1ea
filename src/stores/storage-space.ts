import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'

/** What the browser says of its storage for this site: used and allowed bytes, and whether it keeps data for good. */
export const useStorageSpaceStore = defineStore('storage-space', () => {
  /** Bytes used and allowed (`navigator.storage.estimate()`), null where the browser gives no estimate. */
  const estimate = shallowRef<{ usage: number; quota: number } | null>(null)
  /** Whether the browser promised not to clear this site's data on its own; null where it cannot say. */
  const persisted = ref<boolean | null>(null)

  // navigator.storage exists only on https and localhost pages: an intranet on plain http has none.
  const storage = () => (typeof navigator === 'undefined' ? undefined : navigator.storage)

  /** Asks the browser again (after a save or a delete, and when #/data opens). */
  async function measure() {
    const s = storage()
    const e = await s?.estimate?.().catch(() => null)
    estimate.value = e && typeof e.usage === 'number' && typeof e.quota === 'number' ? { usage: e.usage, quota: e.quota } : null
    persisted.value = (await s?.persisted?.().catch(() => null)) ?? null
  }

  /** Asks for persistent storage, so the browser does not clear the datasets when space runs low. */
  async function persist() {
    persisted.value = (await storage()?.persist?.().catch(() => null)) ?? persisted.value
  }

  return { estimate, persisted, measure, persist }
})
