import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'

// The published-figures layer (data/sources/facts.csv), read with the native DuckDB engine.

const CSV = 'data/sources/facts.csv'
const DOC = 'data/sources/FACTS.md'

const HEADER = [
  'fact_id', 'region_code', 'region_zh', 'body', 'period_start', 'period_end', 'period_kind', 'metric',
  'label_zh', 'value', 'unit', 'qualifier', 'source_title', 'source_url', 'source_date', 'confidence', 'note',
]

/** The five seed articles (file names under the shared seeds folder; kept here so the test stands alone). */
const SEED_FILES = [
  '000_e7d845db35134a5b.txt',
  '001_d7d222647710cb59.txt',
  '002_149b8d34e85b9155.txt',
  '003_972ce3a7d5199a07.txt',
  '004_ff57be4e9b47dca2.txt',
]

const DISTRICT_CODES = [
  '110101', '110102', '110105', '110106', '110107', '110108', '110109', '110111',
  '110112', '110113', '110114', '110115', '110116', '110117', '110118', '110119',
]

const QUALIFIERS = ['exact', 'nearly', 'over', 'approx', 'target']
const PERIOD_KINDS = ['stock', 'cumulative', 'year', 'target']
const CONFIDENCE = ['high', 'low']

/** 85 rows of the shared facts.csv + the figures extracted from the five seeds. */
const SHARED_ROWS = 85
const MIN_SEED_ROWS = 60

type Row = Record<string, string | null>

let rows: Row[] = []
let columns: string[] = []

const s = (v: string | null | undefined) => (v ?? '').trim()
const isoDate = /^\d{4}-\d{2}-\d{2}$/
const validDate = (d: string) => isoDate.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
  new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d
const bad = (pred: (r: Row) => boolean) => rows.filter(pred).map((r) => r.fact_id)

beforeAll(async () => {
  const { DuckDBInstance } = await import('@duckdb/node-api')
  const inst = await DuckDBInstance.create(':memory:')
  const con = await inst.connect()
  const reader = await con.runAndReadAll(`SELECT * FROM read_csv('${CSV}', header=true, all_varchar=true)`)
  columns = reader.columnNames()
  rows = reader.getRowObjects() as Row[]
  con.closeSync()
  inst.closeSync()
})

describe('data/sources/facts.csv', () => {
  it('has exactly the documented header', () => {
    expect(columns).toEqual(HEADER)
    // DuckDB must not have had to invent names: the raw first line is the header verbatim.
    const firstLine = readFileSync(CSV, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]
    expect(firstLine).toBe(HEADER.join(','))
  })

  it('has unique fact_ids of the form F001', () => {
    const ids = rows.map((r) => s(r.fact_id))
    expect(bad((r) => !/^F\d{3,}$/.test(s(r.fact_id)))).toEqual([])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('gives every row a source title and an http(s) or seed: source', () => {
    expect(bad((r) => s(r.source_title) === '')).toEqual([])
    expect(bad((r) => {
      const url = s(r.source_url)
      if (/^https?:\/\/\S+$/.test(url)) return false
      return !(url.startsWith('seed:') && SEED_FILES.includes(url.slice('seed:'.length)))
    })).toEqual([])
  })

  it('has a finite, non-negative number in base units as value', () => {
    expect(bad((r) => {
      const v = s(r.value)
      return !/^\d+(\.\d+)?$/.test(v) || !Number.isFinite(Number(v)) || Number(v) < 0
    })).toEqual([])
    // Ratios (unit %) lie in 0..1; no 万/亿 left in units.
    expect(bad((r) => s(r.unit) === '%' && Number(r.value) > 1)).toEqual([])
    expect(bad((r) => /[万亿]/.test(s(r.unit)) || s(r.unit) === '')).toEqual([])
  })

  it('uses only the allowed qualifier, period_kind and confidence values', () => {
    expect(bad((r) => !QUALIFIERS.includes(s(r.qualifier)))).toEqual([])
    expect(bad((r) => !PERIOD_KINDS.includes(s(r.period_kind)))).toEqual([])
    expect(bad((r) => !CONFIDENCE.includes(s(r.confidence)))).toEqual([])
    // target qualifier and target period go together
    expect(bad((r) => (s(r.qualifier) === 'target') !== (s(r.period_kind) === 'target'))).toEqual([])
  })

  it('has ISO periods with start <= end, and a stock is a single date', () => {
    expect(bad((r) => !validDate(s(r.period_start)) || !validDate(s(r.period_end)) || !validDate(s(r.source_date)))).toEqual([])
    expect(bad((r) => s(r.period_start) > s(r.period_end))).toEqual([])
    expect(bad((r) => s(r.period_kind) === 'stock' && s(r.period_start) !== s(r.period_end))).toEqual([])
    expect(bad((r) => s(r.period_kind) === 'year' &&
      !(s(r.period_start).endsWith('-01-01') && s(r.period_end) === `${s(r.period_start).slice(0, 4)}-12-31`))).toEqual([])
  })

  it('uses GB/T 2260 region codes: a district, 110000, 100000 or a province', () => {
    expect(bad((r) => {
      const c = s(r.region_code)
      return !(DISTRICT_CODES.includes(c) || c === '110000' || c === '100000' || /^[1-6]\d0000$/.test(c))
    })).toEqual([])
  })

  it('uses snake_case metric ids that are all documented in FACTS.md', () => {
    expect(bad((r) => !/^[a-z][a-z0-9_]*$/.test(s(r.metric)))).toEqual([])
    const doc = readFileSync(DOC, 'utf8')
    const documented = new Set([...doc.matchAll(/^\|\s*\**`([a-z][a-z0-9_]*)`\**\s*\|/gm)].map((m) => m[1]))
    const missing = [...new Set(rows.map((r) => s(r.metric)))].filter((m) => !documented.has(m))
    expect(missing).toEqual([])
  })

  it('keeps the 85 shared rows and adds the seed figures', () => {
    const seedRows = rows.filter((r) => s(r.source_url).startsWith('seed:'))
    const urlRows = rows.filter((r) => /^https?:/.test(s(r.source_url)))
    expect(urlRows.length).toBeGreaterThanOrEqual(SHARED_ROWS)
    expect(seedRows.length).toBeGreaterThanOrEqual(MIN_SEED_ROWS)
    expect(rows.length).toBeGreaterThanOrEqual(SHARED_ROWS + MIN_SEED_ROWS)
    // every seed contributes
    for (const f of SEED_FILES) expect(seedRows.some((r) => r.source_url === `seed:${f}`), f).toBe(true)
  })

  it('marks low confidence with a reason', () => {
    expect(bad((r) => s(r.confidence) === 'low' && s(r.note) === '')).toEqual([])
  })

  describe('spot checks on seed figures', () => {
    const find = (pred: (r: Row) => boolean) => rows.filter(pred)

    it('Beijing: 877 city-level-or-above workshops (exact, seed)', () => {
      const hit = find((r) => r.region_code === '110000' && r.metric === 'workshops_city_plus' && Number(r.value) === 877)
      expect(hit).toHaveLength(1)
      expect(hit[0].qualifier).toBe('exact')
      expect(hit[0].period_kind).toBe('stock')
      expect(s(hit[0].source_url)).toMatch(/^seed:/)
    })

    it('Beijing: 1772.21亿元 benefit stored in yuan (exact, seed)', () => {
      const hit = find((r) => r.region_code === '110000' && r.metric === 'innovation_benefit_yuan' && s(r.value) === '177221000000')
      expect(hit).toHaveLength(1)
      expect(hit[0].qualifier).toBe('exact')
      expect(hit[0].unit).toBe('元')
      expect(s(hit[0].source_url)).toMatch(/^seed:/)
    })

    it('密云: 近3500万元 recovered (nearly, seed, 十四五 range)', () => {
      const hit = find((r) => r.region_code === '110118' && r.metric === 'rights_recovered_yuan' && s(r.value) === '35000000')
      expect(hit).toHaveLength(1)
      expect(hit[0].qualifier).toBe('nearly')
      expect(hit[0].period_kind).toBe('cumulative')
      expect([hit[0].period_start, hit[0].period_end]).toEqual(['2021-01-01', '2025-12-31'])
      expect(s(hit[0].source_url)).toMatch(/^seed:/)
    })
  })
})
