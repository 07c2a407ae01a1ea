import type { Query } from '../engine'
import { inList } from './predicates'

/** The targets set for some regions in one year. */
export function targetsQuery(regions: string[], year: number): { query: Query; tables: string[] } {
  const where = inList('region_code', regions)
  return {
    query: {
      sql: `SELECT metric, region_code, CAST(year AS INTEGER) AS year, target, provenance, source_title
            FROM targets WHERE year = ? AND ${where.sql} ORDER BY metric`,
      params: [year, ...where.params],
    },
    tables: ['targets'],
  }
}
