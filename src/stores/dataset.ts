import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { useLocalStorage } from '@vueuse/core'
import { replaceTables } from '../data/datasets'
import { DataError, messageOf } from '../data/errors'
import { datasetSources, demoFiles, manifestSources } from '../data/sources'
import { liveYears } from '../data/years'
import { BUNDLED_YEARS, type YearSpan } from '../domain/years'
import { listDatasets, readTables, type DatasetMeta } from '../import/storage'
import { useUrlQuery } from '../composables/useUrlQuery'

/** An instant as this machine's local "YYYY-MM-DD HH:mm", as a steward reads an import time. */
export function localStamp(iso: string): string {
  const d = new Date(iso)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`
}

export type Provenance = 'published' | 'demo' | 'imported'
const PANEL_TABLES = demoFiles.map((f) => f.table).filter((t) => !t.endsWith('_cube'))

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

/** The active dataset: which one it is, which tables are live, where they came from, and what failed. */
export const useDatasetStore = defineStore('dataset', () => {
  const { route, patch } = useUrlQuery()
  /** The last dataset chosen on this machine; the URL's `dataset=` wins. */
  const saved = useLocalStorage('union-cockpit:dataset', 'demo')
  /** Imported datasets kept in this browser. */
  const catalog = shallowRef<DatasetMeta[]>([])
  /** The dataset whose tables are live ('demo', 'published' or an imported id). */
  const active = ref('demo')
  /** Load progress of the active dataset. */
  const status = ref<LoadStatus>('idle')
  /** One error per file or engine failure, for the alert banner. */
  const errors = shallowRef<DataError[]>([])
  /** Tables that loaded; a view whose tables are missing shows an error instead of a chart. */
  const tables = ref<string[]>([])
  /** The years the live tables cover (the bundled demo's until the first switch reports them). */
  const years = shallowRef<YearSpan>(BUNDLED_YEARS)
  /** Bumped whenever tables change, so every query re-runs. */
  const version = ref(0)

  /** A large demo layout to read instead of the bundled files (`?manifest=scaled/x300/manifest.json`). */
  const manifest = computed(() => (typeof route.query.manifest === 'string' ? route.query.manifest : ''))
  const wanted = computed(() => String(route.query.dataset ?? saved.value ?? 'demo'))
  /** The imported dataset's entry, when one is active. */
  const meta = computed(() => catalog.value.find((d) => d.id === active.value) ?? null)
  /** Where the active dataset's figures come from (the bundled panel is generated: demo). */
  const provenance = computed<Provenance>(() => (active.value === 'demo' ? 'demo' : active.value === 'published' ? 'published' : 'imported'))
  /** Whether the bundled demo is live, whose default-view results are precomputed at build time. */
  // Also while another dataset is on its way in: its page must not first paint the demo's numbers.
  const bundled = computed(() => active.value === 'demo' && wanted.value === 'demo' && !manifest.value)
  /** 数据截至: the last day the active dataset covers. */
  const asOf = computed(() => meta.value?.asOf ?? meta.value?.tables[0]?.importedAt.slice(0, 10) ?? `${years.value.max}-12-31`)
  /** How the source is named in exports and badges when it is not demo data: dataset, files, import time. */
  const sourceLabel = computed(() => {
    const m = meta.value
    if (!m) return ''
    const files = [...new Set(m.tables.flatMap((t) => t.files))].join(', ')
    const at = m.tables.map((t) => t.importedAt).sort().at(-1)
    return `${m.name}: ${files} (${at ? localStamp(at) : ''})`
  })

  /** Panel tables the active dataset does not have (an import of one table lacks the others). */
  const missing = computed(() => (status.value === 'ready' || status.value === 'error' ? PANEL_TABLES.filter((t) => !tables.value.includes(t)) : []))

  /** Whether every table a view needs is loaded. */
  const has = computed(() => (needed: string[]) => needed.every((t) => tables.value.includes(t)))

  // Switches run one after another: two at once would interleave their table swaps.
  let queue: Promise<boolean> = Promise.resolve(true)
  /** The dataset last asked for, so the URL catching up with a switch does not switch again. */
  let requested = ''

  /** Makes `id` the live dataset. An imported one switches all at once or not at all. */
  function activate(id: string): Promise<boolean> {
    requested = id
    const run = queue.then(() => switchTo(id))
    queue = run.catch(() => false)
    return run
  }

  async function switchTo(id: string): Promise<boolean> {
    const previous = active.value
    status.value = 'loading'
    try {
      const entry = catalog.value.find((d) => d.id === id)
      if (id !== 'demo' && id !== 'published' && !entry) throw new DataError('missing', `dataset ${id} is not in this browser`, { file: id })
      const sources = id === 'demo' && manifest.value ? await manifestSources(manifest.value) : datasetSources(id, entry ? await readTables(entry) : new Map())
      const { loaded, failures } = await replaceTables(sources, Boolean(entry))
      if (entry && failures.length) {
        errors.value = failures
        status.value = tables.value.length ? 'ready' : 'error'
        return false
      }
      // A dataset without any year (only targets, say) keeps the span it had: the selectors stay usable.
      const span = await liveYears(loaded).catch(() => null)
      active.value = id
      tables.value = loaded
      if (span) years.value = span
      errors.value = failures
      status.value = failures.length ? 'error' : 'ready'
    } catch (error) {
      errors.value = [error instanceof DataError ? error : new DataError('engine', messageOf(error), { cause: error })]
      status.value = tables.value.length ? 'ready' : 'error'
      active.value = previous
      return false
    } finally {
      version.value++
    }
    return true
  }

  /** Chooses a dataset: in the URL (shareable) and on this machine. */
  function choose(id: string) {
    saved.value = id
    return patch({ dataset: id === 'demo' ? undefined : id })
  }

  /** Re-reads the list of imported datasets. */
  async function refresh() {
    catalog.value = await listDatasets().catch(() => [])
  }

  /** First load (once the router knows the URL): the catalogue, then the chosen dataset, or demo if it is gone. */
  async function load() {
    watch(wanted, (id) => id !== requested && void activate(id))
    await refresh()
    if (!(await activate(wanted.value)) && status.value !== 'ready') await activate('demo')
  }

  return { active, catalog, meta, missing, status, provenance, bundled, asOf, years, sourceLabel, errors, tables, version, has, load, activate, choose, refresh }
})
