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

describe('results of many rows and chunks', () => {
  it('keeps every row, in order, with nulls where they are, across Arrow record batches', async () => {
    const db = await createNodeEngine()
    // 5000 rows cross DuckDB's 2048-row vectors, so the result arrives as several record batches.
    const rows = await db.query({
      sql: `SELECT i::INTEGER AS i, CASE WHEN i % 7 = 0 THEN NULL ELSE i * 0.5 END AS half, 'd' || (i % 16) AS code
            FROM range(5000) t(i) ORDER BY i`,
    })
    expect(rows).toHaveLength(5000)
    expect(rows[0]).toEqual({ i: 0, half: null, code: 'd0' })
    expect(rows[4999]).toEqual({ i: 4999, half: 2499.5, code: 'd7' })
    expect(rows.filter((r) => r.half === null)).toHaveLength(715)
    expect(rows.every((r, i) => r.i === i)).toBe(true)
  })
})
