import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { precompute } from '../../scripts/precompute'
import { defaultViewQueries } from '../../src/data/queries/default-view'
import { precomputed, queryKey } from '../../src/data/precomputed'

describe('build-time results of the default view', () => {
  it('are exactly what the shipped engine answers today (run npm run data after changing a query or the data)', async () => {
    const committed = JSON.parse(readFileSync('data/precomputed.json', 'utf8'))
    expect(await precompute()).toEqual(committed)
  }, 60_000)

  it('cover every query the overview runs under the default filters', () => {
    for (const q of defaultViewQueries()) expect(precomputed(q), q.sql.slice(0, 80)).toBeDefined()
  })

  it('are keyed by SQL and parameters, so a different filter never gets them', () => {
    const [q] = defaultViewQueries()
    expect(precomputed({ ...q!, params: [...(q!.params ?? []).slice(0, -1), 1999] })).toBeUndefined()
    expect(queryKey({ sql: 'SELECT  1\n', params: [] })).toBe(queryKey({ sql: 'SELECT 1', params: [] }))
  })
})
