import type { Filters } from '../../domain/filters'
import { isWholeCity, selectedDistricts } from '../../domain/filters'
import { LEVEL_CODES, levelMeasures, measures, metricById, type MetricDef } from '../../domain/metrics'
import type { Param, Query } from '../engine'
import { panelQuery } from './panel'
import { and, filterPredicate, inList, likePattern, type Predicate } from './predicates'
import { relationTables } from './relations'

/** A query and the tables it reads, as useQuery takes it. */
type Source = { query: Query; tables: string[] }

export { LEVEL_CODES }

// The catalogue's active-workshops metric, counted per level: same 口径, one measure each.
const active = metricById('workshops_active')
/** Active workshops at year end, one metric per level (labels and 口径 from the catalogue's workshops_active). */
export const levelMetrics = Object.fromEntries(
  LEVEL_CODES.map((l): [string, MetricDef] => {
    const numerator = levelMeasures[l]
    return [l, { ...active, id: numerator.id, numerator }]
  }),
) as Record<(typeof LEVEL_CODES)[number], MetricDef>

/** One panel for the register charts: active by level, named, revoked, and the per-capita base (members or residents). */
export function workshopsPanelQuery(f: Filters): Source {
  const list = [...Object.values(levelMetrics).map((m) => m.numerator), measures.workshopsNew, measures.workshopsRevoked]
  if (f.per === 'members') list.push(measures.members)
  if (f.per === 'residents') list.push(measures.residents)
  const tables = [...new Set(list.flatMap((x) => relationTables[x.relation]))]
  return { query: panelQuery(list, f.from, f.to, f.level), tables }
}

const YEARS = 'WITH years AS (SELECT CAST(unnest(range(CAST(? AS INTEGER), CAST(? AS INTEGER) + 1)) AS INTEGER) AS year)'

function level(f: Filters, column = 'level'): Predicate[] {
  return f.level === 'all' ? [] : [{ sql: `${column} = ?`, params: [f.level] }]
}

/** Active workshops at the end year by industry, largest first. */
export function industryQuery(f: Filters): Source {
  const where = and([
    inList('district_code', selectedDistricts(f)),
    { sql: 'named_year <= ? AND (revoked_year IS NULL OR revoked_year > ?)', params: [f.to, f.to] },
    ...level(f),
  ])
  const sql = `SELECT industry, CAST(sum(n) AS DOUBLE) AS value FROM workshop_cube WHERE ${where.sql}
    GROUP BY industry ORDER BY value DESC, industry`
  return { query: { sql, params: where.params }, tables: ['workshops'] }
}

/** One row of the alliances query: alliances founded by `year`, or the active workshops they cover. */
export interface AllianceRow {
  year: number
  part: 'alliances' | 'covered'
  type: string
  citywide: boolean
  value: number
}

/**
 * Alliances founded by each year end, by type, and the workshops in them active at that year end (level-aware).
 * City-wide alliances (no district) are counted only when the whole city is selected.
 */
export function alliancesQuery(f: Filters): Source {
  const whole = isWholeCity(f)
  const scope = inList('a.district_code', selectedDistricts(f))
  const covered = filterPredicate(f, { district: 'w.district_code', year: 'y.year', level: 'w.level' })
  const sql = `${YEARS}
    SELECT y.year, 'alliances' AS part, a.type, a.district_code IS NULL AS citywide, CAST(count(*) AS DOUBLE) AS value
      FROM alliances a JOIN years y ON a.founded_year <= y.year
      WHERE (a.district_code IS NULL AND CAST(? AS BOOLEAN)) OR ${scope.sql}
      GROUP BY ALL
    UNION ALL
    SELECT y.year, 'covered' AS part, a.type, a.district_code IS NULL AS citywide, CAST(sum(w.n) AS DOUBLE) AS value
      FROM alliance_cube w JOIN alliances a USING (alliance_id)
      JOIN years y ON a.founded_year <= y.year AND w.named_year <= y.year AND (w.revoked_year IS NULL OR w.revoked_year > y.year)
      WHERE (a.district_code IS NOT NULL OR CAST(? AS BOOLEAN)) AND ${covered.sql}
      GROUP BY ALL
    ORDER BY year, part, type, citywide`
  const params: Param[] = [f.from, f.to, whole, ...scope.params, whole, ...covered.params]
  return { query: { sql, params }, tables: ['alliances', 'workshops'] }
}

/** Sortable columns of the list; ORDER BY only ever takes one of these trusted expressions. */
export const LIST_SORTS = {
  name: 'name',
  district_code: 'district_code',
  level: "CASE level WHEN 'national' THEN 1 WHEN 'city' THEN 2 WHEN 'district' THEN 3 WHEN 'enterprise' THEN 4 END",
  kind: 'kind',
  industry: 'industry',
  leader: 'leader',
  named_year: 'named_year',
  // Active workshops sort after every revocation year.
  status: 'coalesce(revoked_year, 9999)',
} as const
export type ListSort = keyof typeof LIST_SORTS

/** One row of the workshop list, as stored. */
export interface WorkshopRow {
  workshop_id: string
  name: string
  district_code: string
  level: string
  kind: string
  industry: string
  leader: string
  named_year: number
  revoked_year: number | null
}

/** What the list shows: a search text, a sort, and a page (no page: every matching row, for downloads). */
export interface ListOptions {
  search: string
  sort: string
  desc: boolean
  page?: { limit: number; offset: number }
}

/** Workshops in the districts and level, on the register at any time in [from, to], whose name or leader contains the search. */
function listWhere(f: Filters, search: string): Predicate {
  const parts = [
    inList('district_code', selectedDistricts(f)),
    // Revoked in `from` still counts: it was on the register for part of that year.
    { sql: 'named_year <= ? AND (revoked_year IS NULL OR revoked_year >= ?)', params: [f.to, f.from] },
    ...level(f),
  ]
  const text = search.trim()
  if (text) {
    // The user's text is a parameter; its own % and _ are escaped so they match literally.
    const pattern = likePattern(text)
    parts.push({ sql: "name LIKE ? ESCAPE '\\' OR leader LIKE ? ESCAPE '\\'", params: [pattern, pattern] })
  }
  return and(parts)
}

/** One page (or, without a page, all) of the matching workshops, sorted by a whitelisted column. */
export function listQuery(f: Filters, o: ListOptions): Source {
  const where = listWhere(f, o.search)
  const column = LIST_SORTS[(o.sort in LIST_SORTS ? o.sort : 'named_year') as ListSort]
  const page = o.page ? ' LIMIT ? OFFSET ?' : ''
  const sql = `SELECT workshop_id, name, district_code, level, kind, industry, leader, named_year, revoked_year
    FROM workshops WHERE ${where.sql} ORDER BY ${column} ${o.desc ? 'DESC' : 'ASC'} NULLS LAST, workshop_id${page}`
  const params = o.page ? [...where.params, o.page.limit, o.page.offset] : where.params
  return { query: { sql, params }, tables: ['workshops'] }
}

/** How many workshops match the list's filters and search. */
export function listCountQuery(f: Filters, search: string): Source {
  const where = listWhere(f, search)
  return { query: { sql: `SELECT CAST(count(*) AS DOUBLE) AS n FROM workshops WHERE ${where.sql}`, params: where.params }, tables: ['workshops'] }
}
