import type { ReportFact } from '../../domain/report/types'
import type { Query } from '../engine'
import { inList, likePattern } from './predicates'

type Sourced = { query: Query; tables: string[] }

/** A published figure as the reconciliation page shows it (facts table, dates as ISO text): the report's fields and more. */
export interface FactRow extends ReportFact {
  region_code: string
  region_zh: string
  metric: string
  note: string | null
}

/** What the user typed and chose; `labelMatches` are metric ids whose label in the active language matches the search. */
export interface FactFilters {
  search: string
  region: string | null
  metric: string | null
  labelMatches: string[]
}

/** The published figures matching a search (Chinese wording, body, source, note, id) and a region and metric, by id. */
export function factsQuery(f: FactFilters): Sourced {
  const text = "lower(concat_ws(' ', fact_id, region_zh, body, metric, label_zh, source_title, note))"
  const labels = inList('metric', f.labelMatches)
  const sql = `SELECT fact_id, region_code, region_zh, nullif(body, '') AS body, CAST(period_start AS VARCHAR) AS period_start,
      CAST(period_end AS VARCHAR) AS period_end, period_kind, metric, label_zh, CAST(value AS DOUBLE) AS value, unit, qualifier,
      source_title, source_url, CAST(source_date AS VARCHAR) AS source_date, note
    FROM facts
    WHERE (CAST(? AS VARCHAR) IS NULL OR region_code = ?)
      AND (CAST(? AS VARCHAR) IS NULL OR metric = ?)
      AND (? = '' OR ${text} LIKE lower(?) ESCAPE '\\' OR ${labels.sql})
    ORDER BY fact_id`
  const search = f.search.trim()
  const params = [f.region, f.region, f.metric, f.metric, search, likePattern(search), ...labels.params]
  return { query: { sql, params }, tables: ['facts'] }
}

/** One option of the region or metric filter, with how many published figures it has. */
export interface FactOptionRow {
  kind: 'region' | 'metric'
  id: string
  n: number
}

/** Every region and metric that has published figures, for the filters. */
export function factOptionsQuery(): Sourced {
  const sql = `SELECT 'region' AS kind, region_code AS id, CAST(count(*) AS INTEGER) AS n FROM facts GROUP BY region_code
    UNION ALL
    SELECT 'metric', metric, CAST(count(*) AS INTEGER) FROM facts GROUP BY metric
    ORDER BY kind DESC, id`
  return { query: { sql }, tables: ['facts'] }
}
