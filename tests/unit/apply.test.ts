import { describe, expect, it, vi } from 'vitest'
import { applyImport, DuplicateKeys, type ApplyDeps, type ApplyPlan } from '../../src/import/apply'
import type { CheckedImport, CheckedTable } from '../../src/import/protocol'
import type { DatasetMeta } from '../../src/import/storage'

// applyImport through its ApplyDeps seam: the Parquet build and the storage write are stand-ins that record calls.
const table = (t: Partial<CheckedTable> = {}): CheckedTable =>
  ({ table: 'rights', columns: ['district_code', 'year', 'cases'], files: ['维权.xlsx'], rows: 2, csv: 'csv', maxYear: 2025, ...t })
const checked = (tables: CheckedTable[]): CheckedImport =>
  ({ tables, sheets: [], problems: [], fileErrors: [], notes: [{ kind: 'skipped', file: 'a', message: 'x' } as never], pending: [] })
const now = new Date('2026-03-01T08:00:00Z')
const deps = (duplicates: string[][] = []) => {
  const build = vi.fn<ApplyDeps['build']>(async (_t, _c, _k, _csv, previous) => ({ bytes: new Uint8Array([previous ? 2 : 1]), rows: previous ? 5 : 2, duplicates }))
  const save = vi.fn<ApplyDeps['save']>(async () => {})
  return { build, save }
}

describe('applyImport', () => {
  it('builds each table with rows and saves a new dataset once, with its files, 数据截至 and notes', async () => {
    const d = deps()
    // A table with no valid row (rows = 0) is neither built nor saved, nor does its year move 数据截至.
    const plan: ApplyPlan = { checked: checked([table(), table({ table: 'members', rows: 0, maxYear: 2026 })]), name: '2025年报', target: null, modes: {}, now }
    const meta = await applyImport(plan, d)
    expect(d.build.mock.calls.map((c) => c[0])).toEqual(['rights'])
    expect(d.build.mock.calls[0]!.slice(2)).toEqual([['district_code', 'year'], 'csv', null])
    expect(d.save).toHaveBeenCalledTimes(1)
    expect(meta.id).toMatch(/^import-[0-9a-f]{24}$/)
    expect(meta).toMatchObject({ name: '2025年报', createdAt: now.toISOString(), asOf: '2025-12-31' })
    expect(meta.tables).toEqual([{ table: 'rights', rows: 2, files: ['维权.xlsx'], importedAt: now.toISOString() }])
    expect(meta.notes).toHaveLength(1)
    expect([...d.save.mock.calls[0]![1].keys()]).toEqual(['rights'])
  })

  it('appends into an existing dataset: the previous Parquet is handed to the build and the files are kept', async () => {
    const d = deps()
    const old: DatasetMeta = { id: 'import-x', name: '旧', createdAt: '2025-01-01T00:00:00.000Z', asOf: '2026-12-31',
      tables: [{ table: 'rights', rows: 3, files: ['旧.csv'], importedAt: '2025-01-01T00:00:00.000Z' }] }
    const previous = new Uint8Array([9])
    const meta = await applyImport({ checked: checked([table()]), name: '旧', target: { meta: old, tables: new Map([['rights', previous]]) }, modes: { rights: 'append' }, now }, d)
    expect(d.build.mock.calls[0]![4]).toBe(previous)
    expect(meta).toMatchObject({ id: 'import-x', createdAt: old.createdAt, asOf: '2026-12-31' })
    expect(meta.tables).toEqual([{ table: 'rights', rows: 5, files: ['旧.csv', '维权.xlsx'], importedAt: now.toISOString() }])
  })

  it('saves nothing when an append would duplicate keys, or when a build fails', async () => {
    const dup = deps([['110118', '2025']])
    await expect(applyImport({ checked: checked([table()]), name: 'x', target: null, modes: {}, now }, dup)).rejects.toBeInstanceOf(DuplicateKeys)
    expect(dup.save).not.toHaveBeenCalled()
    const failing = deps()
    failing.build.mockRejectedValueOnce(new Error('disk full'))
    await expect(applyImport({ checked: checked([table()]), name: 'x', target: null, modes: {}, now }, failing)).rejects.toThrow('disk full')
    expect(failing.save).not.toHaveBeenCalled()
  })
})
