import type { Measure } from '../../domain/metrics'
import { allMeasures, LEVEL_CODES } from '../../domain/metrics'
import type { Level } from '../../domain/filters'
import type { Param, Query } from '../engine'
import { relations, relationTables } from './relations'
import { yearSpanSql } from '../years'

/** One aggregate: a measure's value for a district in a year. */
export interface PanelRow {
  measure: string
  district_code: string
  year: number
  value: number
}

/**
 * One query for several measures over every district and the years [from, to], computed from the relations
 * (cubes where the raw table is large). The result is tiny (measures × 16 × years) whatever the raw size.
 */
export function panelQueryFromRelations(list: Measure[], from: number, to: number, level: Level): Query {
  const unique = [...new Map(list.map((x) => [x.id, x])).values()]
  const params: Param[] = [from, to]
  const levelParam = level === 'all' ? null : level
  const parts = unique.map((measure) => {
    const relation = relations[measure.relation]
    if (relation.levelAware) params.push(levelParam, levelParam)
    params.push(from, to)
    return `SELECT '${measure.id}' AS measure, district_code, CAST(year AS INTEGER) AS year,
              CAST(${measure.expr} AS DOUBLE) AS value
            FROM (${relation.sql}) r WHERE year BETWEEN ? AND ? GROUP BY district_code, year`
  })
  const sql = `WITH years AS (SELECT CAST(unnest(range(CAST(? AS INTEGER), CAST(? AS INTEGER) + 1)) AS INTEGER) AS year)
    ${parts.join('\nUNION ALL\n')}
    ORDER BY measure, district_code, year`
  return { sql, params }
}

const CUBED = new Set(allMeasures.map((x) => x.id))

/**
 * The panel for some measures, read from `panel_cube` (every measure × level × district × year, built when
 * a dataset is switched in), so a filter change costs one small scan whatever the raw size.
 */
export function panelQuery(list: Measure[], from: number, to: number, level: Level): Query {
  const ids = [...new Set(list.map((x) => x.id))]
  if (!ids.every((id) => CUBED.has(id))) return panelQueryFromRelations(list, from, to, level)
  return {
    sql: `SELECT measure, district_code, year, value FROM panel_cube
      WHERE level = ? AND list_contains(string_split(CAST(? AS VARCHAR), ','), measure) AND year BETWEEN ? AND ?
      ORDER BY measure, district_code, year`,
    params: [level, ids.join(','), from, to],
  }
}

/** Inlines a query's parameters (only ever numbers, null and level codes from this module) for a DDL statement. */
// Stand-ins for the span's bounds, replaced by reads of the span table: the cube covers the years the data does.
const LO = -1
const HI = -2
const SPAN = 'panel_span'

function inline({ sql, params = [] }: Query): string {
  const pieces = sql.split('?')
  if (pieces.length !== params.length + 1) throw new Error('placeholder count mismatch')
  const literal = (p: Param) =>
    p === LO ? `(SELECT lo FROM ${SPAN})` : p === HI ? `(SELECT hi FROM ${SPAN})`
      : p === null ? 'NULL' : typeof p === 'number' ? String(p) : `'${String(p).replace(/'/g, "''")}'`
  return pieces.map((piece, i) => (i < params.length ? piece + literal(params[i]!) : piece)).join('')
}

/**
 * Statements that build `table` for the live raw tables: every measure they can answer, at every level
 * filter. One INSERT per level and relation keeps each statement small (one giant UNION overflows the
 * WASM engine's stack).
 */
export function panelCubeStatements(table: string, tables: readonly string[]): string[] {
  const available = allMeasures.filter((x) => relationTables[x.relation].every((t) => tables.includes(t)))
  const groups = [...new Set(available.map((x) => x.relation))].map((r) => available.filter((x) => x.relation === r))
  const create = `CREATE OR REPLACE TABLE ${table} (level VARCHAR, measure VARCHAR, district_code VARCHAR, year INTEGER, value DOUBLE)`
  // The year before the first is kept too: 同比 of the first year needs it.
  const span = `CREATE OR REPLACE TABLE ${SPAN} AS SELECT lo - 1 AS lo, hi FROM (${yearSpanSql(tables)})`
  const inserts = (['all', ...LEVEL_CODES] as Level[]).flatMap((level) =>
    groups.map((g) => `INSERT INTO ${table} SELECT '${level}', * FROM (${inline(panelQueryFromRelations(g, LO, HI, level))})`),
  )
  return [create, span, ...inserts, `DROP TABLE ${SPAN}`]
}
