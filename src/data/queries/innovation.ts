import type { Filters } from '../../domain/filters'
import type { Query } from '../engine'
import { filterPredicate } from './predicates'

/** One workshop's innovation totals over the filtered years. */
export interface TopWorkshopRow {
  workshop_id: string
  name: string
  district_code: string
  level: string
  outputs: number
  transformed: number
}

/** The workshops with the most outputs over [from, to] in the selected districts and level; ties by id, so the list is stable. */
export function topWorkshopsQuery(f: Filters, limit = 10): { query: Query; tables: string[] } {
  const where = filterPredicate(f, { district: 'w.district_code', year: 'i.year', level: 'w.level' })
  const sql = `SELECT w.workshop_id, w.name, w.district_code, w.level,
      CAST(sum(i.outputs) AS DOUBLE) AS outputs, CAST(sum(i.transformed) AS DOUBLE) AS transformed
    FROM innovation i JOIN workshops w ON w.workshop_id = i.workshop_id
    WHERE ${where.sql}
    GROUP BY w.workshop_id, w.name, w.district_code, w.level
    ORDER BY outputs DESC, w.workshop_id
    LIMIT CAST(? AS INTEGER)`
  return { query: { sql, params: [...where.params, limit] }, tables: ['innovation', 'workshops'] }
}
