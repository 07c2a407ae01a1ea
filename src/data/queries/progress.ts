import type { Query } from '../engine'

/** One cell of 报送进度: a table's rows for a district in the chosen year. */
export interface ProgressRow { table: string; district_code: string; n: number }

/** The tables 报送进度 shows, each with the SQL of its rows for one year (`?` = the year). */
const PER_YEAR: Record<string, string> = {
  members: 'SELECT district_code FROM members WHERE year = ?',
  rights: 'SELECT district_code FROM rights WHERE year = ?',
  training: 'SELECT district_code FROM training WHERE year = ?',
  competitions: 'SELECT district_code FROM competitions WHERE year = ?',
  workshops: 'SELECT district_code FROM workshops WHERE named_year = ?',
  innovation: 'SELECT w.district_code FROM innovation i JOIN workshops w USING (workshop_id) WHERE i.year = ?',
}

/** The tables 报送进度 can show, in column order. */
export const PROGRESS_TABLES = Object.keys(PER_YEAR)

/** Who has reported what in `year`: rows per table and district, over the tables the dataset has. */
export function progressQuery(year: number, live: readonly string[]): { query: Query; tables: string[] } {
  const tables = PROGRESS_TABLES.filter((t) => live.includes(t) && (t !== 'innovation' || live.includes('workshops')))
  if (!tables.length) return { query: { sql: 'SELECT NULL AS "table", NULL AS district_code, 0 AS n WHERE false' }, tables: [] }
  const parts = tables.map((t) => `SELECT '${t}' AS "table", district_code, CAST(count(*) AS INTEGER) AS n FROM (${PER_YEAR[t]}) GROUP BY district_code`)
  return { query: { sql: parts.join('\nUNION ALL\n'), params: tables.map(() => year) }, tables: tables.includes('innovation') ? [...tables] : tables }
}
