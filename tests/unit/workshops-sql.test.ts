import { beforeAll, describe, expect, it } from 'vitest'
import type { Engine, Query } from '../../src/data/engine'
import {
  alliancesQuery, industryQuery, levelMetrics, listCountQuery, listQuery, workshopsPanelQuery, type AllianceRow, type WorkshopRow,
} from '../../src/data/queries/workshops'
import type { PanelRow } from '../../src/data/queries/panel'
import { defaultFilters, selectedDistricts, type Filters } from '../../src/domain/filters'
import { metricById } from '../../src/domain/metrics'
import { indexPanel, metricSeries, metricValue } from '../../src/domain/panel'
import { bundledEngine } from '../../scripts/lib/bundled'

// The workshops view's SQL on the engine the browser ships, cross-checked with independent SQL.
let db: Engine
const tables = ['districts', 'demo/members', 'demo/workshops', 'demo/alliances']
const all: Filters = { ...defaultFilters }
const miyun: Filters = { ...defaultFilters, districts: ['110118'] }
const HOSTILE = "x'); DROP TABLE workshops; --"

const run = async <T>(q: Query) => (await db.query(q)) as unknown as T[]
const one = async (sql: string) => Number(Object.values((await db.query({ sql }))[0]!)[0])
const ACTIVE = (y: number) => `named_year <= ${y} AND (revoked_year IS NULL OR revoked_year > ${y})`

beforeAll(async () => {
  db = await bundledEngine(tables)
}, 60_000)

describe('register panel', () => {
  it('active by level and named/revoked per year match direct counts, for the city and one district', async () => {
    for (const f of [all, miyun]) {
      const panel = indexPanel(await run<PanelRow>(workshopsPanelQuery(f).query))
      const sel = selectedDistricts(f)
      const where = f.districts.length ? `district_code = '${f.districts[0]}' AND` : ''
      for (const p of metricSeries(panel, levelMetrics.city, sel, f.from, f.to, 'none')) {
        expect(p.value ?? 0, `${p.year}`).toBe(await one(`SELECT count(*) FROM workshops WHERE ${where} level = 'city' AND ${ACTIVE(p.year)}`))
      }
      expect(metricValue(panel, metricById('workshops_new'), sel, 2023, 'none') ?? 0).toBe(await one(`SELECT count(*) FROM workshops WHERE ${where} named_year = 2023`))
      expect(metricValue(panel, metricById('workshops_revoked'), sel, 2023, 'none') ?? 0).toBe(await one(`SELECT count(*) FROM workshops WHERE ${where} revoked_year = 2023`))
    }
  })

  it('members and residents cover every district and year, so a missing flow can read as zero', async () => {
    expect(await one('SELECT count(*) FROM members WHERE year BETWEEN 2016 AND 2025')).toBe(160)
    const panel = indexPanel(await run<PanelRow>(workshopsPanelQuery({ ...all, per: 'residents' }).query))
    expect(panel.get('residents')!.size).toBe(16)
  })

  it('a level filter leaves only that level', async () => {
    const rows = await run<PanelRow>(workshopsPanelQuery({ ...all, level: 'national' }).query)
    const total = (id: string) => rows.filter((r) => r.measure === id && r.year === 2025).reduce((s, r) => s + r.value, 0)
    expect(total('workshops_active_city')).toBe(0)
    expect(total('workshops_active_national')).toBe(await one(`SELECT count(*) FROM workshops WHERE level = 'national' AND ${ACTIVE(2025)}`))
  })
})

describe('industry', () => {
  it('counts active workshops at the end year by industry, largest first', async () => {
    const rows = await run<{ industry: string; value: number }>(industryQuery({ ...miyun, to: 2022 }).query)
    const expected = await run<{ industry: string; value: number }>({
      sql: `SELECT industry, CAST(count(*) AS DOUBLE) AS value FROM workshops WHERE district_code = '110118' AND ${ACTIVE(2022)} GROUP BY 1 ORDER BY 2 DESC, 1`,
    })
    expect(rows).toEqual(expected)
    expect(rows.map((r) => r.value)).toEqual([...rows.map((r) => r.value)].sort((a, b) => b - a))
  })
})

describe('alliances', () => {
  const sum = (rows: AllianceRow[], year: number, part: string, citywide?: boolean) =>
    rows.filter((r) => r.year === year && r.part === part && (citywide == null || r.citywide === citywide)).reduce((s, r) => s + r.value, 0)

  it('counts district and city-wide alliances and the active workshops they cover for the whole city', async () => {
    const rows = await run<AllianceRow>(alliancesQuery(all).query)
    expect(sum(rows, 2024, 'alliances')).toBe(await one('SELECT count(*) FROM alliances WHERE founded_year <= 2024'))
    expect(sum(rows, 2024, 'alliances', true)).toBe(await one('SELECT count(*) FROM alliances WHERE founded_year <= 2024 AND district_code IS NULL'))
    expect(sum(rows, 2025, 'covered')).toBe(
      await one(`SELECT count(*) FROM workshops w JOIN alliances a ON w.alliance_id = a.alliance_id WHERE a.founded_year <= 2025 AND w.${ACTIVE(2025)}`),
    )
  })

  it('leaves city-wide alliances out when districts are chosen', async () => {
    const rows = await run<AllianceRow>(alliancesQuery({ ...all, districts: ['110108'] }).query)
    expect(rows.some((r) => r.citywide)).toBe(false)
    expect(sum(rows, 2025, 'alliances')).toBe(await one(`SELECT count(*) FROM alliances WHERE district_code = '110108' AND founded_year <= 2025`))
  })

  it('has nothing before the first alliance was founded', async () => {
    expect(await run<AllianceRow>(alliancesQuery({ ...all, from: 2016, to: 2016 }).query)).toEqual([])
  })
})

const sumCovered = (rows: AllianceRow[]) => rows.filter((r) => r.part === 'covered').length

describe('workshop list', () => {
  const page = { limit: 10, offset: 0 }
  it('counts workshops on the register at any time in the range and pages through them in order', async () => {
    const f = { ...miyun, level: 'district' as const }
    const [{ n }] = await run<{ n: number }>(listCountQuery(f, '').query)
    expect(n).toBe(await one(`SELECT count(*) FROM workshops WHERE district_code = '110118' AND level = 'district' AND named_year <= 2025 AND (revoked_year IS NULL OR revoked_year >= 2021)`))
    const first = await run<WorkshopRow>(listQuery(f, { search: '', sort: 'named_year', desc: true, page }).query)
    const second = await run<WorkshopRow>(listQuery(f, { search: '', sort: 'named_year', desc: true, page: { limit: 10, offset: 10 } }).query)
    expect(first).toHaveLength(10)
    expect(first[0]!.named_year).toBeGreaterThanOrEqual(second[0]!.named_year)
    expect(new Set([...first, ...second].map((r) => r.workshop_id)).size).toBe(20)
    const everything = await run<WorkshopRow>(listQuery(f, { search: '', sort: 'name', desc: false }).query)
    expect(everything).toHaveLength(n)
  })

  it('searches names and leaders with the text taken literally', async () => {
    const [{ leader }] = await run<{ leader: string }>({ sql: "SELECT leader FROM workshops WHERE district_code = '110118' ORDER BY workshop_id LIMIT 1" })
    const [{ n }] = await run<{ n: number }>(listCountQuery({ ...miyun, from: 2016 }, leader).query)
    expect(n).toBe(await one(`SELECT count(*) FROM workshops WHERE district_code = '110118' AND named_year <= 2025
      AND (revoked_year IS NULL OR revoked_year >= 2016) AND (name LIKE '%${leader}%' OR leader LIKE '%${leader}%')`))
    expect(n).toBeGreaterThan(0)
    const [{ n: wild }] = await run<{ n: number }>(listCountQuery(all, '%').query)
    expect(wild).toBe(0)
  })

  it('treats a hostile string as plain text everywhere', async () => {
    const [{ n }] = await run<{ n: number }>(listCountQuery(all, HOSTILE).query)
    expect(n).toBe(0)
    expect(await run(listQuery(all, { search: HOSTILE, sort: HOSTILE, desc: false, page }).query)).toEqual([])
    // Filters are sanitised from the URL, but even a raw hostile level only ever travels as a parameter.
    const bad = { ...all, level: HOSTILE } as unknown as Filters
    for (const q of [industryQuery(bad), alliancesQuery(bad), listQuery(bad, { search: '', sort: 'name', desc: false, page })]) {
      expect(q.query.sql).not.toContain('DROP')
    }
    expect(await run(industryQuery(bad).query)).toEqual([])
    expect(sumCovered(await run<AllianceRow>(alliancesQuery(bad).query))).toBe(0)
    expect(await one('SELECT count(*) FROM workshops')).toBe(5791)
  })
})
