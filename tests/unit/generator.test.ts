/** The demo generator and Parquet build, checked on real native DuckDB over the files it writes. */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildData } from '../../scripts/build-data.ts'
import { TARGETS, describeTolerance, withinTolerance } from '../../scripts/demo/calibration.ts'

const SEED = 20251
const root = mkdtempSync(join(tmpdir(), 'generator-test-'))
const dirA = join(root, 'a')
const dirB = join(root, 'b')
const dirC = join(root, 'c')
let instance: DuckDBInstance
let con: DuckDBConnection

/** One number from a scalar query (cast to DOUBLE so HUGEINT sums convert). */
async function num(sql: string): Promise<number> {
  const rows = (await con.runAndReadAll(`SELECT (${sql})::DOUBLE`)).getRows()
  return Number(rows[0][0])
}
const active = (y: number | string): string => `named_year <= ${y} AND (revoked_year IS NULL OR revoked_year > ${y})`
const MY = "district_code = '110118'"
const MY5 = `${MY} AND year BETWEEN 2021 AND 2025`

/** How each calibration target is measured on the generated tables. */
const ACTUAL: Record<keyof typeof TARGETS, string> = {
  activeAll2025: `SELECT count(*) FROM workshops WHERE ${active(2025)}`,
  activeCityUp2025: `SELECT count(*) FROM workshops WHERE level IN ('national', 'city') AND ${active(2025)}`,
  activeCityUp2020: `SELECT count(*) FROM workshops WHERE level IN ('national', 'city') AND ${active(2020)}`,
  activeCityUp2022: `SELECT count(*) FROM workshops WHERE level IN ('national', 'city') AND ${active(2022)}`,
  miyunCityDistrict2025: `SELECT count(*) FROM workshops WHERE ${MY} AND level IN ('city', 'district') AND ${active(2025)}`,
  miyunDistrictNamed2025: `SELECT count(*) FROM workshops WHERE ${MY} AND level = 'district' AND named_year = 2025`,
  miyunCompetitions: `SELECT count(*) FROM competitions WHERE ${MY5}`,
  miyunParticipants: `SELECT sum(participants) FROM competitions WHERE ${MY5}`,
  miyunCraftsmen: `SELECT sum(craftsmen_named) FROM competitions WHERE ${MY5}`,
  miyunRecovered: `SELECT sum(recovered_yuan) FROM rights WHERE ${MY5}`,
  miyunConsultations: `SELECT sum(consultations) FROM rights WHERE ${MY5}`,
  miyunCases: `SELECT sum(cases) FROM rights WHERE ${MY5}`,
  miyunCadreSessions: `SELECT sum(sessions) FROM training WHERE ${MY5} AND program = 'cadre'`,
  miyunCadrePersonTimes: `SELECT sum(person_times) FROM training WHERE ${MY5} AND program = 'cadre'`,
  changpingAlliances: "SELECT count(*) FROM alliances WHERE district_code = '110114' AND founded_year <= 2025",
  changpingAllianceWorkshops: "SELECT count(*) FROM workshops w JOIN alliances a USING (alliance_id) WHERE a.district_code = '110114'",
  innovationOutputs: 'SELECT sum(outputs) FROM innovation WHERE year BETWEEN 2016 AND 2025',
  innovationTransformed: 'SELECT sum(transformed) FROM innovation WHERE year BETWEEN 2016 AND 2025',
  innovationBenefit: 'SELECT sum(benefit_yuan) FROM innovation WHERE year BETWEEN 2016 AND 2025',
  trainingSessions: 'SELECT sum(sessions) FROM training WHERE year BETWEEN 2016 AND 2025',
  trainingPersonTimes: 'SELECT sum(person_times) FROM training WHERE year BETWEEN 2016 AND 2025',
  mentorshipPairs: "SELECT sum(trainees) FROM training WHERE program = 'mentorship' AND year BETWEEN 2016 AND 2025",
  employees2023: 'SELECT sum(employees) FROM members WHERE year = 2023',
  employeesChaoyang2023: "SELECT employees FROM members WHERE year = 2023 AND district_code = '110105'",
  employeesHaidian2023: "SELECT employees FROM members WHERE year = 2023 AND district_code = '110108'",
  employeesFengtai2023: "SELECT employees FROM members WHERE year = 2023 AND district_code = '110106'",
  membersChaoyang2018: "SELECT union_members FROM members WHERE year = 2018 AND district_code = '110105'",
  members2025: 'SELECT sum(union_members) FROM members WHERE year = 2025',
}

/** The tables' columns as the data model specifies them (src/import/catalog.ts is the app's copy), written out independently of scripts/demo/schema.ts. */
const SCHEMA: Record<string, string> = {
  members: 'district_code VARCHAR, year INTEGER, union_members INTEGER, employees INTEGER',
  workshops: 'workshop_id VARCHAR, name VARCHAR, district_code VARCHAR, level VARCHAR, kind VARCHAR, industry VARCHAR, leader VARCHAR, '
    + 'established_year INTEGER, named_year INTEGER, revoked_year INTEGER, team_size INTEGER, alliance_id VARCHAR',
  alliances: 'alliance_id VARCHAR, name VARCHAR, district_code VARCHAR, type VARCHAR, founded_year INTEGER',
  innovation: 'workshop_id VARCHAR, year INTEGER, outputs INTEGER, transformed INTEGER, benefit_yuan BIGINT, patents INTEGER',
  training: 'district_code VARCHAR, year INTEGER, program VARCHAR, sessions INTEGER, trainees INTEGER, person_times INTEGER',
  competitions: 'competition_id VARCHAR, district_code VARCHAR, year INTEGER, name VARCHAR, industry VARCHAR, participants INTEGER, finalists INTEGER, craftsmen_named INTEGER',
  rights: 'district_code VARCHAR, year INTEGER, consultations INTEGER, cases INTEGER, recovered_yuan BIGINT, arrears_recovered_yuan BIGINT, workers_helped INTEGER',
  districts: 'district_code VARCHAR, name_zh VARCHAR, short_zh VARCHAR, name_en VARCHAR, zone VARCHAR, population_2020 INTEGER, tile_row INTEGER, tile_col INTEGER',
}

const DEMO = Object.keys(SCHEMA).filter((t) => t !== 'districts')
/** The data model's enum sets (independent of the generator's own lists). */
const LEVELS = ['national', 'city', 'district', 'enterprise']
const KINDS = ['model-worker', 'worker', 'craftsman']
const INDUSTRIES = ['manufacturing', 'energy', 'construction', 'transport', 'ict', 'healthcare', 'education', 'finance', 'agriculture', 'services', 'public']
const ALLIANCE_TYPES = ['internal', 'same-industry', 'cross-industry']
const PROGRAMS = ['skills', 'craftsman-academy', 'mentorship', 'cadre']

function hashes(dir: string): Record<string, string> {
  const cubes = ['workshop_cube', 'alliance_cube', 'innovation_cube', 'competition_cube', 'panel_cube'].map((c) => `cubes/${c}.parquet`)
  const files = ['districts.parquet', 'facts.parquet', 'targets.parquet', ...DEMO.map((t) => `demo/${t}.parquet`), ...cubes]
  return Object.fromEntries(files.filter((f) => f !== 'facts.parquet' || readdirSync(dir).includes(f))
    .filter((f) => f !== 'targets.parquet' || readdirSync(dir).includes(f))
    .map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]))
}

beforeAll(async () => {
  await buildData({ seed: SEED, scale: 1, out: dirA, geo: false })
  await buildData({ seed: SEED, scale: 1, out: dirB, geo: false })
  await buildData({ seed: SEED + 1, scale: 1, out: dirC, geo: false })
  instance = await DuckDBInstance.create(':memory:')
  con = await instance.connect()
  for (const t of DEMO) await con.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${join(dirA, 'demo', t)}.parquet')`)
  await con.run(`CREATE VIEW districts AS SELECT * FROM read_parquet('${join(dirA, 'districts.parquet')}')`)
}, 60_000)

afterAll(() => {
  con?.closeSync()
  instance?.closeSync()
  rmSync(root, { recursive: true, force: true })
})

describe('determinism', () => {
  it('same seed twice gives byte-identical Parquet', () => {
    const a = hashes(dirA)
    expect(Object.keys(a).length).toBeGreaterThanOrEqual(8)
    expect(hashes(dirB)).toEqual(a)
  })
  it('the committed data/ files are exactly what `npm run data` builds (run it after changing a source or the generator)', () => {
    const built = hashes(dirA)
    const committed = hashes('data')
    for (const [file, hash] of Object.entries(built)) expect(committed[file], file).toBe(hash)
  })
  it('a different seed gives different demo files', () => {
    const a = hashes(dirA)
    const c = hashes(dirC)
    for (const t of DEMO) expect(c[`demo/${t}.parquet`], t).not.toBe(a[`demo/${t}.parquet`])
  })
})

describe('calibration (scale 1)', () => {
  it('every target has a measurement', () => {
    expect(Object.keys(ACTUAL).sort()).toEqual(Object.keys(TARGETS).sort())
  })
  for (const t of Object.values(TARGETS)) {
    it(t.id, async () => {
      const actual = await num(ACTUAL[t.id])
      expect(withinTolerance(t, actual), `${t.label}: target ${describeTolerance(t)}, actual ${actual} (source: ${t.source})`).toBe(true)
    })
  }
  it('昌平 alliances: the first founded 2017, two founded in 2025', async () => {
    expect(await num("SELECT min(founded_year) FROM alliances WHERE district_code = '110114'")).toBe(2017)
    expect(await num("SELECT count(*) FROM alliances WHERE district_code = '110114' AND founded_year = 2025")).toBe(2)
  })
})

describe('invariants', () => {
  const zero = async (what: string, sql: string): Promise<void> => {
    expect(await num(sql), what).toBe(0)
  }
  const list = (xs: readonly string[]): string => xs.map((x) => `'${x}'`).join(', ')
  it('transformed ≤ outputs, arrears ≤ recovered, person_times ≥ trainees, employees > members', async () => {
    await zero('transformed > outputs', 'SELECT count(*) FROM innovation WHERE transformed > outputs')
    await zero('arrears > recovered', 'SELECT count(*) FROM rights WHERE arrears_recovered_yuan > recovered_yuan')
    await zero('person_times < trainees', 'SELECT count(*) FROM training WHERE person_times < trainees')
    await zero('members ≥ employees', 'SELECT count(*) FROM members WHERE union_members >= employees')
    await zero('finalists > participants', 'SELECT count(*) FROM competitions WHERE finalists > participants OR craftsmen_named > finalists')
  })
  it('no negative numbers', async () => {
    for (const t of DEMO) {
      const numeric = SCHEMA[t].split(', ').map((c) => c.split(' ')).filter(([, type]) => type !== 'VARCHAR').map(([c]) => `${c} < 0`)
      await zero(`negative value in ${t}`, `SELECT count(*) FROM ${t} WHERE ${numeric.join(' OR ')}`)
    }
  })
  it('revoked_year > named_year ≥ established_year; innovation only while active', async () => {
    await zero('revoked ≤ named', 'SELECT count(*) FROM workshops WHERE revoked_year <= named_year')
    await zero('established > named', 'SELECT count(*) FROM workshops WHERE established_year > named_year OR established_year IS NULL')
    await zero('innovation row for an inactive workshop',
      `SELECT count(*) FROM innovation i JOIN workshops w USING (workshop_id) WHERE NOT (w.named_year <= i.year AND (w.revoked_year IS NULL OR w.revoked_year > i.year))`)
    await zero('active workshop-year without innovation row',
      `SELECT count(*) FROM workshops w, range(2016, 2026) t(y) WHERE ${active('y')} AND NOT EXISTS (SELECT 1 FROM innovation i WHERE i.workshop_id = w.workshop_id AND i.year = y)`)
  })
  it('every district × year present in members, training (× program) and rights', async () => {
    for (const [t, per] of [['members', 1], ['rights', 1], ['training', PROGRAMS.length]] as const) {
      expect(await num(`SELECT count(*) FROM districts d, range(2016, 2026) y(year) JOIN ${t} x ON x.district_code = d.district_code AND x.year = y.year`), t).toBe(160 * per)
      expect(await num(`SELECT count(*) FROM ${t}`), t).toBe(160 * per)
    }
  })
  it('all district codes valid', async () => {
    for (const t of ['members', 'workshops', 'training', 'competitions', 'rights']) {
      await zero(`bad district in ${t}`, `SELECT count(*) FROM ${t} WHERE district_code IS NULL OR district_code NOT IN (SELECT district_code FROM districts)`)
    }
    await zero('bad district in alliances', 'SELECT count(*) FROM alliances WHERE district_code NOT IN (SELECT district_code FROM districts)')
    expect(await num('SELECT count(*) FROM districts')).toBe(16)
  })
  it('all enum values in their sets', async () => {
    await zero('level', `SELECT count(*) FROM workshops WHERE level NOT IN (${list(LEVELS)}) OR level IS NULL`)
    await zero('kind', `SELECT count(*) FROM workshops WHERE kind NOT IN (${list(KINDS)}) OR kind IS NULL`)
    await zero('industry', `SELECT count(*) FROM workshops WHERE industry NOT IN (${list(INDUSTRIES)}) OR industry IS NULL`)
    await zero('competition industry', `SELECT count(*) FROM competitions WHERE industry NOT IN (${list(INDUSTRIES)})`)
    await zero('alliance type', `SELECT count(*) FROM alliances WHERE type NOT IN (${list(ALLIANCE_TYPES)})`)
    await zero('program', `SELECT count(*) FROM training WHERE program NOT IN (${list(PROGRAMS)})`)
  })
  it('ids unique and references resolve', async () => {
    await zero('duplicate workshop_id', 'SELECT count(*) - count(DISTINCT workshop_id) FROM workshops')
    await zero('duplicate alliance_id', 'SELECT count(*) - count(DISTINCT alliance_id) FROM alliances')
    await zero('duplicate competition_id', 'SELECT count(*) - count(DISTINCT competition_id) FROM competitions')
    await zero('dangling alliance_id', 'SELECT count(*) FROM workshops WHERE alliance_id NOT IN (SELECT alliance_id FROM alliances)')
    await zero('dangling innovation workshop', 'SELECT count(*) FROM innovation WHERE workshop_id NOT IN (SELECT workshop_id FROM workshops)')
  })
  it('column names and types exactly as the app expects', async () => {
    for (const [t, columns] of Object.entries(SCHEMA)) {
      const rows = (await con.runAndReadAll(`SELECT column_name, column_type FROM (DESCRIBE ${t})`)).getRows()
      expect(rows.map(([c, d]) => `${String(c)} ${String(d)}`).join(', '), t).toBe(columns)
    }
  })
  it('workshop names unique', async () => {
    await zero('duplicate workshop name', 'SELECT count(*) - count(DISTINCT name) FROM workshops')
  })
})

describe('plausibility', () => {
  const byYear = async (sql: string): Promise<Map<number, number>> =>
    new Map((await con.runAndReadAll(sql)).getRows().map(([y, v]) => [Number(y), Number(v)]))
  it('2020 dip in training and competitions', async () => {
    const t = await byYear('SELECT year, sum(sessions)::DOUBLE FROM training GROUP BY 1')
    const c = await byYear('SELECT year, count(*)::DOUBLE FROM competitions GROUP BY 1')
    for (const m of [t, c]) expect(m.get(2020)!).toBeLessThan(0.8 * Math.min(m.get(2019)!, m.get(2021)!))
  })
  it('workshop stock grows every year; 海淀 and 朝阳 the largest districts, 生态涵养区 the smallest', async () => {
    const stock = await byYear(`SELECT y, count(*)::DOUBLE FROM workshops, range(2016, 2026) t(y) WHERE ${active('y')} GROUP BY 1`)
    for (let y = 2017; y <= 2025; y++) expect(stock.get(y)!, String(y)).toBeGreaterThan(stock.get(y - 1)!)
    const order = (await con.runAndReadAll(`SELECT district_code, zone FROM workshops JOIN districts USING (district_code)
      WHERE ${active(2025)} GROUP BY ALL ORDER BY count(*) DESC, district_code`)).getRows().map(([c, z]) => [String(c), String(z)])
    expect(order.slice(0, 2).map(([c]) => c).sort()).toEqual(['110105', '110108'])
    expect(order.slice(-5).every(([, z]) => z === 'ecological')).toBe(true)
  })
  it('citywide 2021 recovered ≥ 2 × 1.2亿 (published: mediation alone recovered 1.2亿 in H1 2021)', async () => {
    expect(await num('SELECT sum(recovered_yuan) FROM rights WHERE year = 2021')).toBeGreaterThanOrEqual(240_000_000)
  })
})
