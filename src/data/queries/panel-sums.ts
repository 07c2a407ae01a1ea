import type { PanelMeasure } from '../../domain/panel-measures'
import type { Query } from '../engine'
import { RIGHTS_FACT_SUMS } from './rights'

/**
 * The panel sums published figures are compared with, by district and year, in one query over whatever tables the
 * active dataset has. A row exists only where the data covers that district and year, so "no row" means "not in the
 * data" (an incomplete import), never zero.
 */

/** A block of measures read from the same tables; `sql` yields district_code, year and one column per measure. */
interface Group {
  tables: string[]
  measures: PanelMeasure[]
  sql: string
}

// The workshop and alliance registries cover every district they list, from their first to their last recorded year.
const WS_GRID = `SELECT d.district_code, y.year FROM (SELECT DISTINCT district_code FROM workshops) d,
  (SELECT CAST(unnest(range(min(named_year), max(greatest(named_year, coalesce(revoked_year, named_year))) + 1)) AS INTEGER) AS year FROM workshops) y`
const AL_GRID = `SELECT d.district_code, y.year FROM (SELECT DISTINCT district_code FROM alliances WHERE district_code IS NOT NULL) d,
  (SELECT CAST(unnest(range(min(founded_year), max(founded_year) + 1)) AS INTEGER) AS year FROM alliances) y`
const ACTIVE = (w: string, y: string) => `${w}.named_year <= ${y} AND (${w}.revoked_year IS NULL OR ${w}.revoked_year > ${y})`
const n = (expr: string) => `coalesce(${expr}, 0)`

/** The rights table's sums are the catalogue's own aggregates, named by the panel measure each reconciles against. */
function rightsGroup(): Group {
  const sums = RIGHTS_FACT_SUMS
  return {
    tables: ['rights'],
    measures: sums.map((x) => x.measure),
    sql: `SELECT district_code, year, ${sums.map((x) => `${x.expr} AS ${x.measure}`).join(', ')} FROM rights GROUP BY district_code, year`,
  }
}

const GROUPS: Group[] = [
  {
    tables: ['workshops'],
    measures: ['workshops_all', 'workshops_city_plus', 'workshops_city_district', 'workshops_district', 'workshops_national'],
    sql: `SELECT g.district_code, g.year, count(w.workshop_id) AS workshops_all,
        count(w.workshop_id) FILTER (WHERE w.level IN ('national', 'city')) AS workshops_city_plus,
        count(w.workshop_id) FILTER (WHERE w.level IN ('city', 'district')) AS workshops_city_district,
        count(w.workshop_id) FILTER (WHERE w.level = 'district') AS workshops_district,
        count(w.workshop_id) FILTER (WHERE w.level = 'national') AS workshops_national
      FROM (${WS_GRID}) g LEFT JOIN workshops w ON w.district_code = g.district_code AND ${ACTIVE('w', 'g.year')}
      GROUP BY g.district_code, g.year`,
  },
  {
    tables: ['workshops'],
    measures: ['workshops_named_district', 'workshops_named_city'],
    sql: `SELECT g.district_code, g.year, count(w.workshop_id) FILTER (WHERE w.level = 'district') AS workshops_named_district,
        count(w.workshop_id) FILTER (WHERE w.level = 'city') AS workshops_named_city
      FROM (${WS_GRID}) g LEFT JOIN workshops w ON w.district_code = g.district_code AND w.named_year = g.year
      GROUP BY g.district_code, g.year`,
  },
  {
    tables: ['alliances'],
    measures: ['alliances', 'alliances_founded'],
    sql: `SELECT g.district_code, g.year, count(a.alliance_id) AS alliances, count(a.alliance_id) FILTER (WHERE a.founded_year = g.year) AS alliances_founded
      FROM (${AL_GRID}) g LEFT JOIN alliances a ON a.district_code = g.district_code AND a.founded_year <= g.year
      GROUP BY g.district_code, g.year`,
  },
  {
    tables: ['alliances', 'workshops'],
    measures: ['alliance_workshops'],
    sql: `SELECT g.district_code, g.year, count(w.workshop_id) AS alliance_workshops
      FROM (${AL_GRID}) g LEFT JOIN alliances a ON a.district_code = g.district_code AND a.founded_year <= g.year
        LEFT JOIN workshops w ON w.alliance_id = a.alliance_id AND ${ACTIVE('w', 'g.year')}
      GROUP BY g.district_code, g.year`,
  },
  {
    tables: ['innovation', 'workshops'],
    measures: ['outputs', 'transformed', 'benefit_yuan'],
    sql: `SELECT w.district_code, i.year, sum(i.outputs) AS outputs, sum(i.transformed) AS transformed, sum(i.benefit_yuan) AS benefit_yuan
      FROM innovation i JOIN workshops w USING (workshop_id) GROUP BY w.district_code, i.year`,
  },
  {
    tables: ['training'],
    measures: ['sessions', 'person_times', 'mentorship_trainees', 'cadre_sessions', 'cadre_person_times'],
    sql: `SELECT district_code, year, sum(sessions) AS sessions, sum(person_times) AS person_times,
        ${n("sum(trainees) FILTER (WHERE program = 'mentorship')")} AS mentorship_trainees,
        ${n("sum(sessions) FILTER (WHERE program = 'cadre')")} AS cadre_sessions,
        ${n("sum(person_times) FILTER (WHERE program = 'cadre')")} AS cadre_person_times
      FROM training GROUP BY district_code, year`,
  },
  {
    tables: ['competitions'],
    measures: ['competitions', 'participants', 'craftsmen'],
    sql: `SELECT district_code, year, count(*) AS competitions, sum(participants) AS participants, sum(craftsmen_named) AS craftsmen
      FROM competitions GROUP BY district_code, year`,
  },
  rightsGroup(),
  {
    tables: ['members'],
    measures: ['union_members'],
    sql: 'SELECT district_code, year, sum(union_members) AS union_members FROM members GROUP BY district_code, year',
  },
]

/** Each group's rows made long: one (measure, district, year, value) per measure, all DOUBLE (sums are HUGEINT). */
function longSql(g: Group): string {
  const names = g.measures.map((m) => `'${m}'`).join(', ')
  const values = g.measures.map((m) => `CAST(${n(m)} AS DOUBLE)`).join(', ')
  return `SELECT unnest([${names}]) AS measure, CAST(district_code AS VARCHAR) AS district_code, CAST(year AS INTEGER) AS year,
      unnest([${values}]) AS value FROM (${g.sql}) s WHERE district_code IS NOT NULL AND year IS NOT NULL`
}

/**
 * One query for every panel sum the loaded tables allow; `measures` says which those are, so a fact whose table is
 * missing reads "not in the active dataset" rather than failing the page. Only fixed SQL: no user value reaches it.
 */
export function panelSumsQuery(loaded: string[]): { query: Query; tables: string[]; measures: PanelMeasure[] } {
  const groups = GROUPS.filter((g) => g.tables.every((t) => loaded.includes(t)))
  const sql = groups.length
    ? `${groups.map(longSql).join('\nUNION ALL\n')}\nORDER BY measure, district_code, year`
    : 'SELECT NULL::VARCHAR AS measure, NULL::VARCHAR AS district_code, NULL::INTEGER AS year, NULL::DOUBLE AS value WHERE false'
  return { query: { sql }, tables: [...new Set(groups.flatMap((g) => g.tables))], measures: groups.flatMap((g) => g.measures) }
}
