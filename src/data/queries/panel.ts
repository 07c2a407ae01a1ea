import type { Measure } from '../../domain/metrics'
import type { Level } from '../../domain/filters'
import type { Param, Query } from '../engine'
import { relations } from './relations'

/** One aggregate: a measure's value for a district in a year. */
export interface PanelRow {
  measure: string
  district_code: string
  year: number
  value: number
}

/**
 * One query for several measures over every district and the years [from, to]:
 * the result is tiny (measures × 16 × years) whatever the size of the raw tables,
 * so ranking and district selection happen in the domain layer without re-querying.
 */
export function panelQuery(list: Measure[], from: number, to: number, level: Level): Query {
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
