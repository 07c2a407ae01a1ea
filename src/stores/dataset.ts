import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { useLocalStorage } from '@vueuse/core'
import { replaceTables } from '../data/datasets'
import { DataError, messageOf } from '../data/errors'
import { fetchChecked, loadManifest, type ManifestInfo } from '../data/manifest'
import { setSiteSeed, type Seed } from '../data/precomputed'
import { siteManifestPath } from '../data/site-dataset'
import { datasetSources, demoFiles } from '../data/sources'
import type { TableSource } from '../data/datasets'
import { liveYears } from '../data/years'
import { BUNDLED_YEARS, type YearSpan } from '../domain/years'
import type { ImportNote } from '../import/notes'
import { DatasetGone, listDatasets, onDatasetsChanged, readTables, removeOrphans, type DatasetMeta } from '../import/storage'
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

/** A dataset asked for that is not in this browser: never imported here (`absent`) or deleted in another window. */
export interface GoneDataset { id: string; name: string | null; reason: 'absent' | 'deleted' }

/** The active dataset: which one it is, which tables are live, where they came from, and what failed. */
export const useDatasetStore = defineStore('dataset', () => {
  const { route, patch } = useUrlQuery()
  /** The last dataset chosen on this machine; the URL's `dataset=` wins. */
  const saved = useLocalStorage('union-cockpit:dataset', 'demo')
  /** Imported datasets kept in this browser. */
  const catalog = shallowRef<DatasetMeta[]>([])
  /** The manifest of the dataset this site was published with (`npm run publish`), if any: then the default. */
  const sitePath = siteManifestPath()
  /** The dataset whose tables are live ('demo', 'published', 'site' or an imported id). */
  // A published site starts as its own dataset: should its files fail, its badges still say whose figures are missing.
  const active = ref(sitePath ? 'site' : 'demo')
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
  /** The dataset asked for when it is not in this browser: nothing is live then, and the page says so. */
  const gone = shallowRef<GoneDataset | null>(null)
  /** The dataset the site opens on: the published one of a site, else the demo. */
  const defaultId = sitePath ? 'site' : 'demo'

  /** A large demo layout to read instead of the bundled files (`?manifest=scaled/x300/manifest.json`). */
  const manifest = computed(() => (typeof route.query.manifest === 'string' ? route.query.manifest : ''))
  /** What the site's published dataset says of itself, once its manifest is read. */
  const site = shallowRef<ManifestInfo | null>(null)
  /** Whether the site's precomputed first frame has arrived (checked against the manifest). */
  const siteSeeded = ref(false)
  // A published site opens on its dataset; the demo stays in the switcher but is never the default there.
  const wanted = computed(() => String(route.query.dataset ?? (sitePath ? 'site' : saved.value ?? 'demo')))
  /** The published dataset as a catalogue entry, so badges and exports name it like an import. */
  const siteMeta = computed<DatasetMeta | null>(() => {
    const s = site.value
    if (!s) return null
    const importedAt = s.builtAt ?? ''
    const tables = s.tables.map((t) => ({ ...t, files: s.sources.map((f) => f.name), importedAt }))
    // The notes are the import's own, written by the same code at publish time.
    return { id: 'site', name: s.name, createdAt: importedAt, asOf: s.asOf, tables, notes: s.notes as ImportNote[] }
  })
  /** The imported or published dataset's entry, when one is active. */
  const meta = computed(() => (active.value === 'site' ? siteMeta.value : catalog.value.find((d) => d.id === active.value) ?? null))
  /** Where the active dataset's figures come from (the bundled panel is generated: demo). */
  const provenance = computed<Provenance>(() => (active.value === 'demo' ? 'demo' : active.value === 'published' ? 'published' : 'imported'))
  /** Whose precomputed default-view results the first frame may paint from: the bundled demo's or the site's. */
  // Only for the dataset on its way in: another one's page must not first paint the demo's numbers.
  const seed = computed<Seed | null>(() => {
    if (active.value === 'demo' && wanted.value === 'demo' && !manifest.value) return 'demo'
    return wanted.value === 'site' && siteSeeded.value ? 'site' : null
  })
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

  /** Whether `id` names an imported dataset (kept in this browser) rather than a built-in one. */
  const isImport = (id: string) => id !== 'demo' && id !== 'published' && id !== 'site'

  async function switchTo(id: string): Promise<boolean> {
    const previous = active.value
    status.value = 'loading'
    try {
      // The list may be stale (another window may have deleted the dataset): ask storage itself.
      if (isImport(id)) await refresh()
      const entry = catalog.value.find((d) => d.id === id)
      const isSite = id === 'site' && sitePath !== null
      if (isImport(id) && !entry) return await showGone({ id, name: null, reason: 'absent' })
      const stored = entry ? await readTables(entry).catch((e: unknown) => (e instanceof DatasetGone ? null : Promise.reject(e))) : new Map<string, Uint8Array>()
      if (!stored) return await showGone({ id, name: entry?.name ?? null, reason: 'absent' })
      const sources = isSite ? await siteSources(sitePath) : id === 'demo' && manifest.value ? await demoLayout(manifest.value) : datasetSources(id, stored)
      const atomic = Boolean(entry) || isSite
      const { loaded, failures } = await replaceTables(sources, atomic)
      if (atomic && failures.length) {
        errors.value = failures
        status.value = tables.value.length ? 'ready' : 'error'
        return false
      }
      // A dataset without any year (only targets, say) keeps the span it had: the selectors stay usable.
      const span = await liveYears(loaded).catch(() => null)
      active.value = id
      gone.value = null
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

  /**
   * Nothing is live when the dataset asked for is not here: the previous dataset's tables are dropped, so no
   * figure of it can show under this one's name, and the notice offers the default dataset.
   */
  async function showGone(what: GoneDataset): Promise<false> {
    await replaceTables([], false).catch(() => null)
    active.value = what.id
    gone.value = what
    tables.value = []
    errors.value = []
    status.value = 'error'
    version.value++
    return false
  }

  /** Another window saved or deleted a dataset: the list follows, and so does the active dataset. */
  async function followOtherWindow(change: { kind: 'saved' | 'deleted'; id: string }) {
    const before = meta.value
    await refresh()
    if (change.id !== active.value || !isImport(active.value)) return
    if (change.kind === 'deleted') {
      queue = queue.then(() => showGone({ id: change.id, name: before?.name ?? null, reason: 'deleted' })).catch(() => false)
      await queue
    } else await activate(change.id)
  }

  const page = () => ({ baseURI: document.baseURI, origin: location.origin })

  /** A large demo layout named in the URL: only demo data may be read this way. */
  async function demoLayout(path: string): Promise<TableSource[]> {
    const loaded = await loadManifest(path, page())
    if (loaded.info.provenance !== 'demo') throw new DataError('file', 'not a demo data manifest', { file: path })
    return loaded.sources()
  }

  /**
   * The site's published dataset: its manifest, then its precomputed first frame (the views paint from it while
   * the rest downloads), then its files, each checked against the size and sha256 the manifest names.
   */
  async function siteSources(path: string): Promise<TableSource[]> {
    const loaded = await loadManifest(path, page())
    site.value = loaded.info
    // The filters take the dataset's years now, so the first frame asks for (and finds) the published default view.
    if (loaded.info.years) years.value = loaded.info.years
    const pre = loaded.info.precomputed
    if (pre && !siteSeeded.value) {
      setSiteSeed(JSON.parse(new TextDecoder().decode(await fetchChecked(new URL(pre.path, loaded.base), pre))))
      siteSeeded.value = true
      // The views ask again, and now find the first frame's answers.
      version.value++
    }
    return loaded.sources()
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
    onDatasetsChanged((change) => void followOtherWindow(change))
    // Tables no dataset names (a write lost before the index was one transaction) only take space.
    await removeOrphans().catch(() => [])
    await refresh()
    const linked = typeof route.query.dataset === 'string'
    if (await activate(wanted.value)) return
    // A link naming a dataset that is not here says so (the notice offers the default); only the one last used on this
    // machine, not named in the link, quietly gives way to the default. A site's own dataset that fails stays failed.
    if (gone.value && linked) return
    if (gone.value) saved.value = defaultId
    if (status.value !== 'ready' && wanted.value !== 'site') await activate('demo')
  }

  return { active, catalog, site, meta, missing, status, provenance, seed, asOf, years, sourceLabel, errors, tables, version, gone, defaultId, has, load, activate, choose, refresh }
})
