import type { Filters } from '../../domain/filters'
import type { Query } from '../engine'
import { filterPredicate } from './predicates'

/** Person-times and sessions by programme and year (training has no workshop level, so `level` does not apply). */
export function programmeQuery(f: Filters): { query: Query; tables: string[] } {
  const where = filterPredicate(f, { level: null })
  return {
    query: {
      sql: `SELECT program, CAST(year AS INTEGER) AS year,
              CAST(sum(sessions) AS DOUBLE) AS sessions, CAST(sum(person_times) AS DOUBLE) AS person_times
            FROM training WHERE ${where.sql}
            GROUP BY program, year ORDER BY year, program`,
      params: where.params,
    },
    tables: ['training'],
  }
}

/** Competitions and participants by industry and year; per-year rows so the view can normalise each year by its own base. */
export function industryQuery(f: Filters): { query: Query; tables: string[] } {
  const where = filterPredicate(f, { level: null })
  return {
    query: {
      sql: `SELECT industry, CAST(year AS INTEGER) AS year,
              CAST(sum(n) AS DOUBLE) AS competitions, CAST(sum(participants) AS DOUBLE) AS participants
            FROM competition_cube WHERE ${where.sql}
            GROUP BY industry, year ORDER BY industry, year`,
      params: where.params,
    },
    tables: ['competitions'],
  }
}
