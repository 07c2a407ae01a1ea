import { CITY_CODE } from '../../domain/districts'
import { isWholeCity, selectedDistricts, type Filters } from '../../domain/filters'
import type { Query } from '../engine'
import { inList } from './predicates'

/** The published rights metrics and the column of `rights` each one is computed from (trusted, fixed names). */
export const RIGHTS_FACT_COLUMNS: Record<string, string> = {
  rights_consultations: 'consultations',
  rights_cases: 'cases',
  rights_recovered_yuan: 'recovered_yuan',
  rights_arrears_recovered_yuan: 'arrears_recovered_yuan',
  workers_helped: 'workers_helped',
}

/** A published figure with the value the active dataset gives for the same region and years (null when it cannot). */
export interface PublishedRightsRow {
  fact_id: string
  region_code: string
  region_zh: string
  metric: string
  period_kind: string
  period_start: string
  period_end: string
  value: number
  unit: string
  qualifier: string
  source_title: string
  source_url: string
  computed: number | null
}

/**
 * Published rights facts for the selected districts (or 110000 for the whole city) whose period overlaps [from, to],
 * each beside the dataset's sum over the period's calendar years. Computed only for cumulative and yearly figures
 * whose every year the dataset covers; a stock or target, or a period reaching outside the data, gets null.
 */
export function publishedRightsQuery(f: Filters): { query: Query; tables: string[] } {
  const regions = inList('region_code', isWholeCity(f) ? [CITY_CODE] : selectedDistricts(f))
  const metrics = inList('metric', Object.keys(RIGHTS_FACT_COLUMNS))
  const long = Object.entries(RIGHTS_FACT_COLUMNS)
    .map(([id, column]) => `SELECT district_code, year, '${id}' AS metric, CAST(${column} AS DOUBLE) AS value FROM rights`)
    .join('\n      UNION ALL ')
  const sql = `WITH pub AS (
      SELECT fact_id, region_code, region_zh, metric, period_kind, CAST(period_start AS VARCHAR) AS period_start,
        CAST(period_end AS VARCHAR) AS period_end, CAST(value AS DOUBLE) AS value, unit, qualifier, source_title, source_url,
        year(period_start) AS y0, year(period_end) AS y1
      FROM facts
      WHERE ${metrics.sql} AND ${regions.sql}
        AND period_start <= make_date(CAST(? AS INTEGER), 12, 31) AND period_end >= make_date(CAST(? AS INTEGER), 1, 1)
    ),
    demo AS (
      ${long}
    ),
    sums AS (
      SELECT p.fact_id, CAST(sum(d.value) AS DOUBLE) AS total, count(DISTINCT d.year) AS years
      FROM pub p JOIN demo d ON d.metric = p.metric AND d.year BETWEEN p.y0 AND p.y1
        AND (p.region_code = ? OR d.district_code = p.region_code)
      GROUP BY p.fact_id
    )
    SELECT p.fact_id, p.region_code, p.region_zh, p.metric, p.period_kind, p.period_start, p.period_end, p.value, p.unit,
      p.qualifier, p.source_title, p.source_url,
      CASE WHEN p.period_kind IN ('cumulative', 'year') AND s.years = p.y1 - p.y0 + 1 THEN s.total END AS computed
    FROM pub p LEFT JOIN sums s ON s.fact_id = p.fact_id
    ORDER BY p.region_code, p.period_start, p.metric, p.fact_id`
  return { query: { sql, params: [...metrics.params, ...regions.params, f.to, f.from, CITY_CODE] }, tables: ['facts', 'rights'] }
}
