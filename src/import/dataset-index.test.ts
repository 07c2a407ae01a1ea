import { describe, expect, it } from 'vitest'
import { newDatasetId, orphanKeys, tableKey, withDataset, withoutDataset } from './dataset-index'
import type { DatasetMeta } from './storage'

const meta = (id: string, tables: string[] = ['rights']): DatasetMeta => ({
  id, name: id, createdAt: '2026-01-01T00:00:00.000Z', asOf: null, tables: tables.map((table) => ({ table, rows: 1, files: ['f.csv'], importedAt: '2026-01-01T00:00:00.000Z' })),
})

describe('dataset index', () => {
  it('adds a dataset first and keeps every other one, whatever was saved in between', () => {
    // Two tabs: each applies its change to the index as it is at the moment of the write.
    const afterA = withDataset([meta('old')], meta('a'))
    const afterB = withDataset(afterA, meta('b'))
    expect(afterB.map((d) => d.id)).toEqual(['b', 'a', 'old'])
  })

  it('replaces an updated dataset instead of listing it twice', () => {
    const next = withDataset([meta('a'), meta('b')], meta('b', ['rights', 'training']))
    expect(next.map((d) => d.id)).toEqual(['b', 'a'])
    expect(next[0]!.tables.map((t) => t.table)).toEqual(['rights', 'training'])
  })

  it('removes only the deleted dataset', () => {
    expect(withoutDataset([meta('a'), meta('b'), meta('c')], 'b').map((d) => d.id)).toEqual(['a', 'c'])
  })

  it('finds stored tables that no dataset names, and never the index or a live table', () => {
    const index = [meta('a', ['rights', 'training'])]
    const keys = ['index', tableKey('a', 'rights'), tableKey('a', 'training'), tableKey('gone', 'rights'), tableKey('a', 'workshops')]
    expect(orphanKeys(index, keys, 'index')).toEqual(['gone/rights', 'a/workshops'])
    expect(orphanKeys([], ['index'], 'index')).toEqual([])
  })

  it('makes random ids: two in the same millisecond differ', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newDatasetId()))
    expect(ids.size).toBe(1000)
    for (const id of ids) expect(id).toMatch(/^import-[0-9a-f]{24}$/)
    expect(newDatasetId((b) => b.fill(255))).toBe(`import-${'ff'.repeat(12)}`)
  })
})
