import type { Filters } from '../../domain/filters'
import type { Query } from '../engine'
import type { FactRow } from './facts'
import { likePattern } from './predicates'

type Sourced = { query: Query; tables: string[] }

/** A district's square on the equal-area tile map, from the districts table. */
export interface TileRow {
  district_code: string
  short_zh: string
  tile_row: number
  tile_col: number
}

/** The tile-map layout of the 16 districts. */
export function tilesQuery(): Sourced {
  return {
    query: {
      sql: `SELECT district_code, short_zh, CAST(tile_row AS INTEGER) AS tile_row, CAST(tile_col AS INTEGER) AS tile_col
            FROM districts WHERE tile_row IS NOT NULL AND tile_col IS NOT NULL ORDER BY district_code`,
    },
    tables: ['districts'],
  }
}

/** A workshop or an alliance of one district, as the drill-down lists it. */
export interface ListRow {
  kind: 'workshop' | 'alliance'
  id: string
  name: string
  /** Workshop level or alliance type (a code; labels.ts names it). */
  category: string
  /** Workshop kind (model-worker, worker, craftsman); null for alliances. */
  subtype: string | null
  industry: string | null
  /** Year named (workshop) or founded (alliance). */
  year: number
  revoked_year: number | null
  total: number
}

/** Sort keys the list accepts; the SQL text comes only from this table, never from the caller. */
export const LIST_SORTS = { name: 'name', year: 'year', category: 'kind, category' } as const
export type ListSort = keyof typeof LIST_SORTS

export interface ListOptions {
  search: string
  sort: ListSort
  desc: boolean
  limit: number
  offset: number
}

/**
 * One page of a district's workshops (named by the end year, at the filtered level) and alliances (founded by then),
 * searched by name; `total` is the number of matches before paging.
 */
export function districtListQuery(code: string, f: Filters, o: ListOptions): Sourced {
  const order = `${LIST_SORTS[o.sort] ?? LIST_SORTS.name} ${o.desc ? 'DESC' : 'ASC'}`
  const level = f.level === 'all' ? null : f.level
  const sql = `WITH items AS (
      SELECT 'workshop' AS kind, workshop_id AS id, name, level AS category, kind AS subtype, industry,
             CAST(named_year AS INTEGER) AS year, CAST(revoked_year AS INTEGER) AS revoked_year
      FROM workshops
      WHERE district_code = ? AND named_year <= ? AND (CAST(? AS VARCHAR) IS NULL OR level = ?)
      UNION ALL
      SELECT 'alliance', alliance_id, name, type, NULL, NULL, CAST(founded_year AS INTEGER), NULL
      FROM alliances
      WHERE district_code = ? AND founded_year <= ?
    )
    SELECT *, CAST(count(*) OVER () AS INTEGER) AS total FROM items
    WHERE name LIKE ? ESCAPE '\\'
    ORDER BY ${order}, id
    LIMIT ? OFFSET ?`
  const params = [code, f.to, level, level, code, f.to, likePattern(o.search), Math.max(1, Math.floor(o.limit)), Math.max(0, Math.floor(o.offset))]
  return { query: { sql, params }, tables: ['workshops', 'alliances'] }
}

/** A published figure of one district (from the facts table). */
export type DistrictFactRow = Omit<FactRow, 'region_code' | 'region_zh' | 'note'>

/** A district's published figures, latest first; with `years`, only those whose period overlaps them. */
export function districtFactsQuery(code: string, years: { from: number; to: number } | null): Sourced {
  const sql = `SELECT fact_id, body, CAST(period_start AS VARCHAR) AS period_start, CAST(period_end AS VARCHAR) AS period_end,
        period_kind, metric, label_zh, CAST(value AS DOUBLE) AS value, unit, qualifier, source_title, source_url,
        CAST(source_date AS VARCHAR) AS source_date
      FROM facts
      WHERE region_code = ?
        AND (CAST(? AS INTEGER) IS NULL
          OR (period_start <= make_date(CAST(? AS INTEGER), 12, 31) AND period_end >= make_date(CAST(? AS INTEGER), 1, 1)))
      ORDER BY period_end DESC, period_start DESC, fact_id`
  const to = years?.to ?? null
  return { query: { sql, params: [code, to, to, years?.from ?? null] }, tables: ['facts'] }
}
