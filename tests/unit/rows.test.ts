import { describe, expect, it } from 'vitest'
import { createNodeEngine } from '../../scripts/lib/node-engine'

describe('query results are plain values', () => {
  it('turns HUGEINT, BIGINT, DECIMAL, DATE and NULL into numbers, strings and null', async () => {
    const db = await createNodeEngine()
    const [row] = await db.query({
      sql: `SELECT sum(x) AS huge, 10000000000::BIGINT AS big, (-1.25)::DECIMAL(10,2) AS dec2,
              DATE '2025-12-31' AS day, NULL::INTEGER AS nothing, ? AS name FROM range(5) t(x)`,
      params: ['密云区'],
    })
    expect(row).toEqual({ huge: 10, big: 10000000000, dec2: -1.25, day: '2025-12-31', nothing: null, name: '密云区' })
    expect(Object.values(row!).some((v) => typeof v === 'bigint')).toBe(false)
  })
})
