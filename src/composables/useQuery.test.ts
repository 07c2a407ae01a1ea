import { effectScope, nextTick, ref } from 'vue'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { query } from '../data/db'
import { DataError } from '../data/errors'
import { useDatasetStore } from '../stores/dataset'
import { useQuery, useQueryOnce } from './useQuery'

// The engine and the stores are stand-ins: each query waits until the test answers it.
vi.mock('../data/db', () => ({ query: vi.fn() }))
vi.mock('../data/precomputed', () => ({ precomputed: () => undefined }))
vi.mock('../stores/app-state', () => ({ useAppStateStore: () => ({ setPending: () => {} }) }))
vi.mock('../stores/dataset', async () => {
  const { reactive } = await import('vue')
  const state = reactive({ status: 'ready', tables: ['rights', 'facts'], version: 0, seed: null })
  return { useDatasetStore: () => state }
})

type Answer = { sql: string; resolve: (rows: object[]) => void; reject: (e: unknown) => void }
let asked: Answer[] = []
const settle = () => new Promise((r) => setTimeout(r, 0))
const q = (sql: string, tables = ['rights']) => ({ query: { sql }, tables })
const answer = async (sql: string, rows: object[]) => {
  asked.find((a) => a.sql === sql)!.resolve(rows)
  await settle()
}

beforeEach(() => {
  asked = []
  vi.mocked(query).mockImplementation((x) => new Promise((resolve, reject) => asked.push({ sql: x.sql, resolve: resolve as Answer['resolve'], reject })))
})

describe('useQuery', () => {
  it('never lets a stale answer overwrite a newer one', async () => {
    const sql = ref('SELECT 1')
    const scope = effectScope()
    const { data } = scope.run(() => useQuery(() => q(sql.value)))!
    await settle()
    sql.value = 'SELECT 2'
    await nextTick()
    await settle()
    expect(asked.map((a) => a.sql)).toEqual(['SELECT 1', 'SELECT 2'])
    await answer('SELECT 2', [{ n: 2 }])
    await answer('SELECT 1', [{ n: 1 }])
    expect(data.value).toEqual([{ n: 2 }])
    scope.stop()
  })

  it('applies the answers of queries that run together together; a drill-down list is not held back', async () => {
    const scope = effectScope()
    const [a, b, list] = scope.run(() => [useQuery(() => q('A')), useQuery(() => q('B')), useQuery(() => q('L'), { detail: true })])!
    await settle()
    await answer('A', [{ a: 1 }])
    await answer('L', [{ l: 1 }])
    expect(a.data.value).toBeNull()
    expect(list.data.value).toEqual([{ l: 1 }])
    await answer('B', [{ b: 1 }])
    expect(a.data.value).toEqual([{ a: 1 }])
    expect(b.data.value).toEqual([{ b: 1 }])
    scope.stop()
  })

  it('says a table is missing without asking the engine', async () => {
    const scope = effectScope()
    const { data, error } = scope.run(() => useQuery(() => q('X', ['workshops'])))!
    await settle()
    expect(asked).toEqual([])
    expect(data.value).toBeNull()
    expect(error.value).toMatchObject({ kind: 'missing', file: 'workshops' })
    scope.stop()
  })
})

describe('useQueryOnce (a full download)', () => {
  it('has the same checks: a missing table, and any engine failure as a DataError', async () => {
    const once = effectScope().run(() => useQueryOnce())!
    await expect(once(q('X', ['workshops']))).rejects.toMatchObject({ kind: 'missing', file: 'workshops' })
    expect(asked).toEqual([])
    const failing = once(q('Y'))
    await settle()
    asked[0]!.reject(new Error('Binder Error'))
    const e = await failing.catch((x: unknown) => x)
    expect(e).toBeInstanceOf(DataError)
    expect(e).toMatchObject({ kind: 'query', message: 'Binder Error' })
    const ok = once(q('Z'))
    await settle()
    asked[1]!.resolve([{ z: 1 }])
    expect(await ok).toEqual([{ z: 1 }])
    expect(useDatasetStore().tables).toEqual(['rights', 'facts'])
  })
})
