import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { useLocalStorage } from '@vueuse/core'
import { applyImport, DuplicateKeys, type Mode } from '../import/apply'
import { ImportCancelled, startImport, type ImportJob } from '../import/client'
import type { Mapping, MappingFile } from '../import/mapping'
import { referableIds } from '../import/known'
import type { CheckedImport } from '../import/protocol'
import { REFERENCES } from '../import/references'
import { sheetKey, type Progress } from '../import/run'
import { StorageFull, type SpaceShort } from '../import/space'
import { deleteDataset, readTables, type DatasetMeta } from '../import/storage'
import { useDatasetStore } from './dataset'
import { useStorageSpaceStore } from './storage-space'

export type ImportPhase = 'idle' | 'checking' | 'review' | 'applying'

/** Why an import stopped, for the alert: a plain reason or keys an append would duplicate. */
export type ImportFailure =
  | { kind: 'cancelled' }
  | { kind: 'duplicates'; found: DuplicateKeys['found'] }
  | ({ kind: 'space' } & SpaceShort)
  | { kind: 'error'; message: string }

/** One import session on the data page: check files, map what was not recognised, review the report, apply or cancel. */
export const useImportStore = defineStore('imports', () => {
  const dataset = useDatasetStore()
  const space = useStorageSpaceStore()
  /** What the import is doing. */
  const phase = ref<ImportPhase>('idle')
  /** How far the check is: file and rows. */
  const progress = ref<Progress>({ file: 0, files: 0, rows: 0, total: 0 })
  /** The report of the last check: valid rows per table, problems, unreadable files, notes, sheets to map. */
  const checked = shallowRef<CheckedImport | null>(null)
  /** Why the last import stopped; nothing was changed. */
  const failure = shallowRef<ImportFailure | null>(null)
  /** The dataset the last import created or updated. */
  const applied = shallowRef<DatasetMeta | null>(null)
  /** Column mappings the steward confirmed, by header signature: kept in this browser, applied without asking. */
  const mappings = useLocalStorage<Mapping[]>('union-cockpit:mappings', [])
  /** Sheets of the current files the steward left out (`file \u0001 sheet`). */
  const excluded = ref<string[]>([])
  /** The dataset the checked rows would go into (null: a new one): rows may refer to what it already holds. */
  const target = ref<string | null>(null)
  /** The files being checked, kept so a confirmed mapping or a sheet left out re-checks them. */
  let files: File[] = []
  let job: ImportJob | null = null
  /** Counts checks, so one started while another reads its target's ids wins. */
  let checks = 0

  /** Reads and checks files off the main thread; nothing is stored yet. */
  async function check(list: File[], keepChoices = false) {
    cancel()
    files = list
    if (!keepChoices) {
      excluded.value = []
      target.value = null
    }
    phase.value = 'checking'
    progress.value = { file: 0, files: list.length, rows: 0, total: 0 }
    checked.value = failure.value = applied.value = null
    let current: ImportJob | null = null
    const mine = ++checks
    try {
      const meta = target.value ? dataset.catalog.find((d) => d.id === target.value) ?? null : null
      const known = meta ? await referableIds(await readTables(meta)) : {}
      if (mine !== checks) return
      // Plain copies: the worker cannot be sent the store's reactive proxies.
      current = job = startImport(list, (p) => (progress.value = p), { mappings: JSON.parse(JSON.stringify(mappings.value)) as Mapping[], exclude: [...excluded.value], known })
      const result = await current.result
      if (job !== current) return
      checked.value = result
      phase.value = 'review'
    } catch (error) {
      if (job !== current || mine !== checks) return
      failure.value = error instanceof ImportCancelled ? { kind: 'cancelled' } : { kind: 'error', message: String(error instanceof Error ? error.message : error) }
      phase.value = 'idle'
    } finally {
      if (job === current) job = null
    }
  }

  /**
   * Chooses the dataset to import into; when the checked rows refer to another table (innovation → workshops),
   * the files are checked again against what that dataset holds, so the report is true before anything changes.
   */
  function chooseTarget(id: string | null) {
    if (target.value === id) return
    target.value = id
    const refers = checked.value?.sheets.some((s) => REFERENCES.some((r) => r.table === s.table))
    if (refers) return check(files, true)
  }

  /** Stops a running check. */
  function cancel() {
    job?.cancel()
  }

  /** Remembers a confirmed mapping (replacing one for the same headers) and checks the files again with it. */
  function confirmMapping(mapping: Mapping) {
    mappings.value = [...mappings.value.filter((m) => m.signature !== mapping.signature), mapping]
    return check(files, true)
  }

  /** Forgets a remembered mapping. */
  function forgetMapping(signature: string) {
    mappings.value = mappings.value.filter((m) => m.signature !== signature)
  }

  /** The remembered mappings as the documented JSON file. */
  function mappingFile(): MappingFile {
    return { version: 1, mappings: mappings.value.slice() }
  }

  /** Leaves a sheet out of the import, or takes it back, and checks again. */
  function toggleSheet(file: string, sheet: string) {
    const key = sheetKey(file, sheet)
    excluded.value = excluded.value.includes(key) ? excluded.value.filter((k) => k !== key) : [...excluded.value, key]
    return check(files, true)
  }

  /** Stores the checked rows into a new or existing dataset and makes it active; any failure changes nothing. */
  async function apply(options: { name: string; targetId: string | null; modes: Record<string, Mode> }) {
    if (!checked.value) return
    phase.value = 'applying'
    try {
      const meta = options.targetId ? dataset.catalog.find((d) => d.id === options.targetId) ?? null : null
      const target = meta ? { meta, tables: await readTables(meta) } : null
      const saved = await applyImport({ checked: checked.value, name: options.name, target, modes: options.modes, now: new Date() })
      await dataset.refresh()
      // The first dataset kept here: ask the browser not to clear it when space runs low.
      if (dataset.catalog.length === 1) await space.persist()
      void space.measure()
      if (!(await dataset.activate(saved.id))) throw new Error(dataset.errors.map((e) => e.message).join('; '))
      await dataset.choose(saved.id)
      applied.value = saved
      checked.value = null
      phase.value = 'idle'
    } catch (error) {
      failure.value = error instanceof StorageFull ? { kind: 'space', ...(await spaceShort(error.needed)) } : error instanceof DuplicateKeys ? { kind: 'duplicates', found: error.found } : { kind: 'error', message: error instanceof Error ? error.message : String(error) }
      phase.value = 'review'
    }
  }

  /** What a refused save needed, beside what the browser says is used and allowed. */
  async function spaceShort(needed: number): Promise<SpaceShort> {
    await space.measure()
    return { needed, usage: space.estimate?.usage ?? null, quota: space.estimate?.quota ?? null }
  }

  /** Forgets the report without importing. */
  function discard() {
    checked.value = failure.value = null
    phase.value = 'idle'
  }

  /** Deletes an imported dataset; the demo becomes active if it was. */
  async function remove(meta: DatasetMeta) {
    await deleteDataset(meta)
    await dataset.refresh()
    void space.measure()
    if (dataset.active === meta.id) await dataset.choose('demo')
  }

  return { phase, progress, checked, failure, applied, mappings, excluded, target, check, chooseTarget, cancel, confirmMapping, forgetMapping, mappingFile, toggleSheet, apply, discard, remove }
})
