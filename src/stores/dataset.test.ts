import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { replaceTables } from '../data/datasets'
import { DataError } from '../data/errors'
import { useDatasetStore } from './dataset'

// The engine, IndexedDB and the router are stand-ins; what is tested is the store's switch, all at once or not at all.
vi.mock('../data/datasets', () => ({ replaceTables: vi.fn() }))
vi.mock('../data/years', () => ({ liveYears: async () => ({ min: 2016, max: 2025 }) }))
vi.mock('../data/site-dataset', () => ({ siteManifestPath: () => null }))
vi.mock('../data/manifest', () => ({ fetchChecked: vi.fn(), loadManifest: vi.fn() }))
vi.mock('../data/precomputed', () => ({ setSiteSeed: vi.fn() }))
vi.mock('../data/sources', () => ({ datasetSources: () => [], demoFiles: [{ table: 'rights' }, { table: 'members' }] }))
vi.mock('../import/storage', () => ({
  listDatasets: async () => [{ id: 'import-a', name: 'A', createdAt: '2026-01-01T00:00:00.000Z', asOf: null, tables: [] }],
  readTables: async () => new Map(),
}))
vi.mock('../composables/useUrlQuery', async () => {
  const { reactive } = await import('vue')
  return { useUrlQuery: () => ({ route: reactive({ query: {} }), patch: async () => {} }) }
})
vi.mock('@vueuse/core', async () => {
  const { ref } = await import('vue')
  return { useLocalStorage: (_key: string, value: unknown) => ref(value) }
})

const replace = vi.mocked(replaceTables)

beforeEach(async () => {
  setActivePinia(createPinia())
  replace.mockReset()
})

async function liveDemo() {
  const store = useDatasetStore()
  await store.refresh()
  replace.mockResolvedValueOnce({ loaded: ['rights', 'members'], failures: [] })
  expect(await store.activate('demo')).toBe(true)
  return store
}

describe('dataset store: a switch is one transaction', () => {
  it('switches when every table loads', async () => {
    const store = await liveDemo()
    expect(store.active).toBe('demo')
    expect(store.tables).toEqual(['rights', 'members'])
    expect(store.status).toBe('ready')
  })

  it("an import whose files fail leaves the live dataset exactly as it was, and says what failed", async () => {
    const store = await liveDemo()
    const version = store.version
    const failure = new DataError('file', 'bad parquet', { file: 'rights.parquet' })
    replace.mockResolvedValueOnce({ loaded: ['rights'], failures: [failure] })
    expect(await store.activate('import-a')).toBe(false)
    expect(replace.mock.calls.at(-1)![1]).toBe(true) // atomic: the engine keeps the old tables
    expect(store.active).toBe('demo')
    expect(store.tables).toEqual(['rights', 'members'])
    expect(store.status).toBe('ready')
    expect(store.errors).toEqual([failure])
    expect(store.version).toBeGreaterThan(version) // views re-ask, and find the old tables
  })

  it('a failure mid-switch rolls the choice back', async () => {
    const store = await liveDemo()
    replace.mockRejectedValueOnce(new Error('storage refused the write'))
    expect(await store.activate('import-a')).toBe(false)
    expect(store.active).toBe('demo')
    expect(store.tables).toEqual(['rights', 'members'])
    expect(store.errors[0]).toMatchObject({ kind: 'engine', message: 'storage refused the write' })
  })

  it('a dataset that is not stored here is said to be gone, and nothing of the previous one stays live', async () => {
    const store = await liveDemo()
    replace.mockResolvedValueOnce({ loaded: [], failures: [] })
    expect(await store.activate('import-gone')).toBe(false)
    expect(replace.mock.calls.at(-1)).toEqual([[], false])
    expect(store.gone).toEqual({ id: 'import-gone', name: null, reason: 'absent' })
    expect(store.active).toBe('import-gone')
    expect(store.tables).toEqual([])
    expect(store.status).toBe('error')
  })
})
