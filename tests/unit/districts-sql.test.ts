import { beforeAll, describe, expect, it } from 'vitest'
import type { Engine } from '../../src/data/engine'
import {
  districtFactsQuery, districtListQuery, tilesQuery,
  type DistrictFactRow, type ListOptions, type ListRow, type TileRow,
} from '../../src/data/queries/districts'
import type { PanelRow } from '../../src/data/queries/panel'
import { likePattern } from '../../src/data/queries/predicates'
import { DISTRICT_CODES } from '../../src/domain/districts'
import { defaultFilters, type Filters } from '../../src/domain/filters'
import { metricById, metrics } from '../../src/domain/metrics'
import { indexPanel, metricValue } from '../../src/domain/panel'
import { bundledEngine } from '../../scripts/lib/bundled'
import { metricPanelQuery } from '../../src/data/queries/metric-panel'

// The districts views' queries on the bundled Parquet, on the engine the browser ships, checked against SQL written here.
let db: Engine
const tables = ['districts', 'facts', 'demo/members', 'demo/workshops', 'demo/alliances', 'demo/innovation', 'demo/training', 'demo/competitions', 'demo/rights']
const f = (change: Partial<Filters> = {}): Filters => ({ ...defaultFilters, ...change })
const one = async (sql: string, params: (string | number)[] = []) => Number(Object.values((await db.query({ sql, params }))[0]!)[0])
const HOSTILE = "x'); DROP TABLE workshops; --"
const page = (o: Partial<ListOptions> = {}): ListOptions => ({ search: '', sort: 'name', desc: false, limit: 10, offset: 0, ...o })
const list = async (code: string, filters: Filters, o: Partial<ListOptions> = {}) => (await db.query(districtListQuery(code, filters, page(o)).query)) as unknown as ListRow[]

beforeAll(async () => {
  db = await bundledEngine(tables)
}, 60_000)

describe('the metric panel the district views use', () => {
  it('gives every district’s value for every catalogue metric, whatever districts are selected', async () => {
    const rows = (await db.query(metricPanelQuery(metrics, f({ districts: ['110118'] })).query)) as unknown as PanelRow[]
    const panel = indexPanel(rows)
    const active = metricById('workshops_active')
    for (const code of ['110101', '110118', '110119']) {
      const expected = await one(
        'SELECT count(*) FROM workshops WHERE district_code = ? AND named_year <= 2025 AND (revoked_year IS NULL OR revoked_year > 2025)', [code],
      )
      expect(metricValue(panel, active, [code], 2025, 'none'), code).toBe(expected)
    }
    expect(new Set(rows.filter((r) => r.measure === 'workshops_active').map((r) => r.district_code))).toEqual(new Set(DISTRICT_CODES))
    // The year before the range is there for 同比 and rank change.
    expect(rows.some((r) => r.year === 2020)).toBe(true)
    const outputs = await one("SELECT sum(outputs) FROM innovation i JOIN workshops w USING (workshop_id) WHERE w.district_code = '110108' AND i.year = 2024")
    expect(metricValue(panel, metricById('innovation_outputs'), ['110108'], 2024, 'none')).toBe(outputs)
  })

  it('applies the level filter to workshop measures', async () => {
    const rows = (await db.query(metricPanelQuery([metricById('workshops_active')], f({ level: 'city' })).query)) as unknown as PanelRow[]
    const expected = await one("SELECT count(*) FROM workshops WHERE level = 'city' AND named_year <= 2025 AND (revoked_year IS NULL OR revoked_year > 2025)")
    expect(rows.filter((r) => r.year === 2025 && r.measure === 'workshops_active').reduce((s, r) => s + r.value, 0)).toBe(expected)
  })
})

describe('tilesQuery', () => {
  it('places the 16 districts on distinct squares', async () => {
    const rows = (await db.query(tilesQuery().query)) as unknown as TileRow[]
    expect(rows.map((r) => r.district_code)).toEqual([...DISTRICT_CODES].sort())
    expect(new Set(rows.map((r) => `${r.tile_row},${r.tile_col}`)).size).toBe(16)
    expect(rows.find((r) => r.district_code === '110107')).toEqual({ district_code: '110107', short_zh: '石景山', tile_row: 3, tile_col: 0 })
  })
})

describe('districtListQuery', () => {
  it('lists a district’s workshops named by the end year and its alliances founded by then, with the total', async () => {
    const rows = await list('110118', f({ to: 2023 }))
    const expected = (await one("SELECT count(*) FROM workshops WHERE district_code = '110118' AND named_year <= 2023"))
      + (await one("SELECT count(*) FROM alliances WHERE district_code = '110118' AND founded_year <= 2023"))
    expect(rows[0]!.total).toBe(expected)
    expect(rows).toHaveLength(10)
    expect(rows.every((r) => r.year <= 2023)).toBe(true)
  })

  it('searches names with a parameterised LIKE and pages without overlap', async () => {
    const first = await list('110118', f(), { search: '劳模' })
    const expected = await one("SELECT count(*) FROM workshops WHERE district_code = '110118' AND named_year <= 2025 AND name LIKE '%劳模%'")
    expect(first[0]!.total).toBe(expected)
    expect(first.every((r) => r.name.includes('劳模'))).toBe(true)
    const second = await list('110118', f(), { search: '劳模', offset: 10 })
    expect(second.some((r) => first.some((x) => x.id === r.id))).toBe(false)
    expect(likePattern('50%_a\\')).toBe('%50\\%\\_a\\\\%')
    expect(await list('110118', f(), { search: '%' })).toEqual([])
  })

  it('sorts only by whitelisted keys and honours the level filter', async () => {
    const byYear = await list('110118', f(), { sort: 'year', desc: true })
    expect(byYear.map((r) => r.year)).toEqual([...byYear.map((r) => r.year)].sort((a, b) => b - a))
    const city = await list('110118', f({ level: 'city' }), { limit: 100 })
    expect(city.filter((r) => r.kind === 'workshop').every((r) => r.category === 'city')).toBe(true)
    const bogus = districtListQuery('110118', f(), page({ sort: 'name; DROP TABLE x' as never })).query.sql
    expect(bogus).not.toContain('DROP')
  })

  it('treats a hostile search or code as plain text', async () => {
    const before = await one('SELECT count(*) FROM workshops')
    expect(await list('110118', f(), { search: HOSTILE })).toEqual([])
    expect(await list(HOSTILE, f())).toEqual([])
    expect(await one('SELECT count(*) FROM workshops')).toBe(before)
  })
})

describe('districtFactsQuery', () => {
  const facts = async (code: string, years: { from: number; to: number } | null) => (await db.query(districtFactsQuery(code, years).query)) as unknown as DistrictFactRow[]

  it('returns all of a district’s published figures, latest first', async () => {
    const rows = await facts('110118', null)
    expect(rows).toHaveLength(await one("SELECT count(*) FROM read_parquet('data/facts.parquet') WHERE region_code = '110118'"))
    expect(rows[0]!.period_end >= rows[rows.length - 1]!.period_end).toBe(true)
    expect(rows.some((r) => r.source_url.startsWith('http'))).toBe(true)
    expect(rows.some((r) => r.source_url.startsWith('seed:'))).toBe(true)
    expect(rows.find((r) => r.fact_id === 'F152')).toMatchObject({ value: 35_000_000, qualifier: 'nearly', unit: '元', period_start: '2021-01-01' })
  })

  it('keeps only figures whose period overlaps the years', async () => {
    const rows = await facts('110118', { from: 2017, to: 2018 })
    const expected = await one(
      "SELECT count(*) FROM facts WHERE region_code = '110118' AND period_start <= DATE '2018-12-31' AND period_end >= DATE '2017-01-01'",
    )
    expect(rows).toHaveLength(expected)
    expect(rows.every((r) => r.period_start <= '2018-12-31' && r.period_end >= '2017-01-01')).toBe(true)
    expect(await facts('110106', null)).toEqual([])
  })

  it('treats a hostile code as plain text', async () => {
    const before = await one('SELECT count(*) FROM facts')
    expect(await facts(HOSTILE, null)).toEqual([])
    expect(await one('SELECT count(*) FROM facts')).toBe(before)
  })
})
