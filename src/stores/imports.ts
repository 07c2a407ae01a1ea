import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { applyImport, DuplicateKeys, type Mode } from '../import/apply'
import { ImportCancelled, startImport, type ImportJob } from '../import/client'
import type { CheckedImport } from '../import/protocol'
import type { Progress } from '../import/run'
import { deleteDataset, readTables, type DatasetMeta } from '../import/storage'
import { useDatasetStore } from './dataset'

export type ImportPhase = 'idle' | 'checking' | 'review' | 'applying'

/** Why an import stopped, for the alert: a plain reason or keys an append would duplicate. */
export type ImportFailure = { kind: 'cancelled' } | { kind: 'duplicates'; found: DuplicateKeys['found'] } | { kind: 'error'; message: string }

/** One import session on the data page: check files, review the report, apply or cancel. */
export const useImportStore = defineStore('imports', () => {
  const dataset = useDatasetStore()
  /** What the import is doing. */
  const phase = ref<ImportPhase>('idle')
  /** How far the check is: file and rows. */
  const progress = ref<Progress>({ file: 0, files: 0, rows: 0, total: 0 })
  /** The report of the last check: valid rows per table, problems, unreadable files. */
  const checked = shallowRef<CheckedImport | null>(null)
  /** Why the last import stopped; nothing was changed. */
  const failure = shallowRef<ImportFailure | null>(null)
  /** The dataset the last import created or updated. */
  const applied = shallowRef<DatasetMeta | null>(null)
  let job: ImportJob | null = null

  /** Reads and checks files off the main thread; nothing is stored yet. */
  async function check(files: File[]) {
    cancel()
    phase.value = 'checking'
    progress.value = { file: 0, files: files.length, rows: 0, total: 0 }
    checked.value = failure.value = applied.value = null
    const current = (job = startImport(files, (p) => (progress.value = p)))
    try {
      const result = await current.result
      if (job !== current) return
      checked.value = result
      phase.value = 'review'
    } catch (error) {
      if (job !== current) return
      failure.value = error instanceof ImportCancelled ? { kind: 'cancelled' } : { kind: 'error', message: String(error instanceof Error ? error.message : error) }
      phase.value = 'idle'
    } finally {
      if (job === current) job = null
    }
  }

  /** Stops a running check. */
  function cancel() {
    job?.cancel()
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
      if (!(await dataset.activate(saved.id))) throw new Error(dataset.errors.map((e) => e.message).join('; '))
      await dataset.choose(saved.id)
      applied.value = saved
      checked.value = null
      phase.value = 'idle'
    } catch (error) {
      failure.value = error instanceof DuplicateKeys ? { kind: 'duplicates', found: error.found } : { kind: 'error', message: error instanceof Error ? error.message : String(error) }
      phase.value = 'review'
    }
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
    if (dataset.active === meta.id) await dataset.choose('demo')
  }

  return { phase, progress, checked, failure, applied, check, cancel, apply, discard, remove }
})
