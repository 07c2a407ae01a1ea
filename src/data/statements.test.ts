import { describe, expect, it } from 'vitest'
import { createNodeEngine } from '../../scripts/lib/node-engine'
import { StatementCache } from './statements'

function fakes() {
  const log: string[] = []
  let n = 0
  const cache = new StatementCache(async (sql: string) => {
    if (sql === 'bad') throw new Error('parse error')
    const id = `${sql}#${++n}`
    log.push(`prepare ${id}`)
    return { id, close: () => log.push(`close ${id}`) }
  }, 2)
  return { cache, log }
}
const settle = () => new Promise((r) => setTimeout(r, 0))

describe('prepared statements by SQL text', () => {
  it('prepares a statement once and reuses it for every later call', async () => {
    const { cache, log } = fakes()
    const ids = [await cache.use('a', (s) => s.id), await cache.use('a', (s) => s.id), await cache.use('a', (s) => s.id)]
    expect(new Set(ids)).toEqual(new Set(['a#1']))
    expect(log).toEqual(['prepare a#1'])
  })

  it('closes a cleared statement only after the query still running on it has finished', async () => {
    const { cache, log } = fakes()
    let release!: () => void
    const running = cache.use('a', (s) => new Promise<string>((r) => (release = () => r(s.id))))
    await settle()
    cache.clear()
    await settle()
    expect(log).toEqual(['prepare a#1'])
    release()
    expect(await running).toBe('a#1')
    await settle()
    expect(log).toEqual(['prepare a#1', 'close a#1'])
    expect(await cache.use('a', (s) => s.id)).toBe('a#2')
  })

  it('forgets a statement that failed, so the next call prepares it again', async () => {
    const { cache } = fakes()
    await expect(cache.use('bad', () => 1)).rejects.toThrow('parse error')
    expect(cache.size).toBe(0)
    await expect(cache.use('a', () => Promise.reject(new Error('no such table')))).rejects.toThrow('no such table')
    expect(await cache.use('a', (s) => s.id)).toBe('a#2')
  })

  it('keeps at most `max` statements, closing the least recently used', async () => {
    const { cache, log } = fakes()
    await cache.use('a', () => 0)
    await cache.use('b', () => 0)
    await cache.use('a', () => 0)
    await cache.use('c', () => 0)
    await settle()
    expect(log).toContain('close b#2')
    expect(log).not.toContain('close a#1')
    expect(cache.size).toBe(2)
  })

  it('on the shipped engine, a table replaced by DDL is read afresh by the same query text', async () => {
    const db = await createNodeEngine()
    await db.exec('CREATE TABLE t AS SELECT 1 AS x')
    const q = { sql: 'SELECT sum(x)::INTEGER AS s FROM t WHERE x > ?', params: [0] }
    expect(await db.query(q)).toEqual([{ s: 1 }])
    await db.exec('CREATE OR REPLACE TABLE t AS SELECT * FROM (VALUES (2), (3)) v(x)')
    expect(await db.query(q)).toEqual([{ s: 5 }])
    await db.exec('DROP TABLE t')
    await expect(db.query(q)).rejects.toThrow()
    await db.exec('CREATE TABLE t AS SELECT 7 AS x')
    expect(await db.query(q)).toEqual([{ s: 7 }])
  })
})
