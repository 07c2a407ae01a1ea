import { beforeAll, describe, expect, it } from 'vitest'
import type { IndustryRow, ProgrammeRow } from '../../src/charts/options/training'
import type { Engine } from '../../src/data/engine'
import { metricPanelQuery } from '../../src/data/queries/metric-panel'
import type { PanelRow } from '../../src/data/queries/panel'
import { industryQuery, programmeQuery } from '../../src/data/queries/training'
import { defaultFilters, type Filters } from '../../src/domain/filters'
import { metricById } from '../../src/domain/metrics'
import { indexPanel, metricValue, perFactor } from '../../src/domain/panel'
import { bundledEngine } from '../../scripts/lib/bundled'

// The training view's SQL on the bundled Parquet, on the engine the browser ships, checked against SQL written here.
let db: Engine
const tables = ['districts', 'demo/members', 'demo/workshops', 'demo/training', 'demo/competitions']
const hostile = "x'); DROP TABLE workshops; --"

beforeAll(async () => {
  db = await bundledEngine(tables)
}, 60_000)

const run = async <T>(q: { query: { sql: string; params?: unknown[] } }) => (await db.query(q.query as never)) as unknown as T[]
const independent = (sql: string) => db.query({ sql, params: [] })
const f = (change: Partial<Filters>): Filters => ({ ...defaultFilters, ...change })

describe('programmeQuery', () => {
  it('sums sessions and person-times by programme and year over the whole city', async () => {
    const rows = await run<ProgrammeRow>(programmeQuery(defaultFilters))
    const expected = await independent(`SELECT program, year, CAST(sum(sessions) AS DOUBLE) AS s, CAST(sum(person_times) AS DOUBLE) AS p
      FROM training WHERE year BETWEEN 2021 AND 2025 GROUP BY ALL ORDER BY year, program`)
    expect(rows).toHaveLength(expected.length)
    expect(rows.length).toBe(5 * 4)
    rows.forEach((r, i) => {
      expect([r.program, r.year, r.sessions, r.person_times]).toEqual([expected[i]!.program, expected[i]!.year, expected[i]!.s, expected[i]!.p])
    })
  })
  it('honours districts, zone and years', async () => {
    const one = await run<ProgrammeRow>(programmeQuery(f({ districts: ['110118'], from: 2018, to: 2020 })))
    const [mine] = await independent(`SELECT CAST(sum(person_times) AS DOUBLE) AS p, count(DISTINCT year) AS y FROM training
      WHERE district_code = '110118' AND year BETWEEN 2018 AND 2020`)
    expect(one.reduce((s, r) => s + r.person_times, 0)).toBe(mine!.p)
    expect(new Set(one.map((r) => r.year)).size).toBe(3)
    const core = await run<ProgrammeRow>(programmeQuery(f({ zone: 'core', from: 2025, to: 2025 })))
    const [zone] = await independent(`SELECT CAST(sum(sessions) AS DOUBLE) AS s FROM training WHERE district_code IN ('110101', '110102') AND year = 2025`)
    expect(core.reduce((s, r) => s + r.sessions, 0)).toBe(zone!.s)
  })
  it('ignores the workshop level, which training does not have', async () => {
    const all = await run<ProgrammeRow>(programmeQuery(defaultFilters))
    expect(await run<ProgrammeRow>(programmeQuery(f({ level: 'national' })))).toEqual(all)
  })
})

describe('industryQuery', () => {
  it('counts competitions and sums participants by industry and year', async () => {
    const rows = await run<IndustryRow>(industryQuery(f({ districts: ['110105', '110108'] })))
    const expected = await independent(`SELECT industry, year, CAST(count(*) AS DOUBLE) AS c, CAST(sum(participants) AS DOUBLE) AS p
      FROM competitions WHERE district_code IN ('110105', '110108') AND year BETWEEN 2021 AND 2025 GROUP BY ALL ORDER BY industry, year`)
    expect(rows.map((r) => [r.industry, r.year, r.competitions, r.participants])).toEqual(expected.map((e) => [e.industry, e.year, e.c, e.p]))
  })
})

describe('the panel figures the view uses', () => {
  it('coverage per district and the per-capita base match SQL written independently', async () => {
    const coverage = metricById('training_coverage')
    const panel = indexPanel(await run<PanelRow>(metricPanelQuery([coverage], f({ per: 'members' }))))
    const [miyun] = await independent(`SELECT (SELECT sum(trainees) FROM training WHERE district_code = '110118' AND year = 2024)
      / (SELECT sum(union_members) FROM members WHERE district_code = '110118' AND year = 2024) AS v`)
    expect(metricValue(panel, coverage, ['110118'], 2024, 'none')).toBeCloseTo(miyun!.v as number, 12)
    const [base] = await independent(`SELECT CAST(sum(union_members) AS DOUBLE) AS m FROM members WHERE year = 2025 AND district_code IN ('110105', '110118')`)
    expect(perFactor(panel, 'members', ['110105', '110118'], 2025)).toBeCloseTo(10_000 / (base!.m as number), 12)
  })
})

describe('hostile input', () => {
  it('never reaches the SQL text and drops nothing', async () => {
    for (const q of [programmeQuery(f({ districts: [hostile] })), industryQuery(f({ zone: hostile as never, districts: [hostile] }))]) {
      expect(q.query.sql).not.toContain('DROP')
      await expect(db.query(q.query)).resolves.toBeInstanceOf(Array)
    }
    // An unknown zone narrows to nothing rather than to everything.
    expect(await run(industryQuery(f({ zone: hostile as never })))).toEqual([])
    const [left] = await independent('SELECT count(*) AS n FROM workshops')
    expect(Number(left!.n)).toBeGreaterThan(0)
  })
})
