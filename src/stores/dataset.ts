import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { loadTables } from '../data/db'
import { DataError, messageOf } from '../data/errors'
import { demoFiles, referenceFiles } from '../data/sources'
import { YEAR_MAX } from '../domain/filters'

export type Provenance = 'published' | 'demo' | 'imported'
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

/** The active dataset: which tables are loaded, where they came from, and what failed. */
export const useDatasetStore = defineStore('dataset', () => {
  /** Load progress of the active dataset. */
  const status = ref<LoadStatus>('idle')
  /** Where the active dataset's figures come from (the bundled panel is generated: demo). */
  const provenance = ref<Provenance>('demo')
  /** One error per file or engine failure, for the alert banner. */
  const errors = shallowRef<DataError[]>([])
  /** Tables that loaded; a view whose tables are missing shows an error instead of a chart. */
  const tables = ref<string[]>([])
  /** Whether the active dataset is the bundled one, whose default-view results are precomputed at build time. */
  const bundled = ref(true)
  /** 数据截至: the last day the active dataset covers. */
  const asOf = ref(`${YEAR_MAX}-12-31`)
  /** How the source is named in exports and badges when it is not demo data. */
  const sourceLabel = ref('')
  /** Bumped whenever tables change, so every query re-runs. */
  const version = ref(0)

  /** Whether every table a view needs is loaded. */
  const has = computed(() => (needed: string[]) => needed.every((t) => tables.value.includes(t)))

  /** Loads the bundled reference and demo tables; a failing file is reported, the rest still load. */
  async function load() {
    status.value = 'loading'
    const files = [...referenceFiles, ...demoFiles]
    try {
      const failures = await loadTables(files)
      const failed = new Set(failures.map((f) => f.file))
      tables.value = files.filter((f) => !failed.has(f.file)).map((f) => f.table)
      errors.value = failures
      status.value = failures.length ? 'error' : 'ready'
    } catch (error) {
      errors.value = [error instanceof DataError ? error : new DataError('engine', messageOf(error), { cause: error })]
      status.value = 'error'
    }
    version.value++
  }

  return { status, provenance, bundled, asOf, sourceLabel, errors, tables, version, has, load }
})
