import { CITY_CODE } from '../../domain/districts'
import { isWholeCity, selectedDistricts, type Filters } from '../../domain/filters'
import { metrics, type MetricId } from '../../domain/metrics'
import type { PanelMeasure } from '../../domain/panel-measures'
import type { Query } from '../engine'
import { inList } from './predicates'

/**
 * The published rights metrics: each catalogue rights metric that reconciles with published figures, with the panel
 * measure it is compared under and its aggregate over `rights` (trusted catalogue SQL, no user value).
 */
export const RIGHTS_FACT_SUMS: { id: MetricId; measure: PanelMeasure; expr: string }[] = metrics.flatMap((m) =>
  m.family === 'rights' && m.published && !m.denominator && m.numerator.relation === 'rights'
    ? [{ id: m.id, measure: m.published.measure, expr: m.numerator.expr }] : [])

/** A published figure with the value the active dataset gives for the same region and years (null when it cannot). */
export interface PublishedRightsRow {
  fact_id: string
  region_code: string
  region_zh: string
  /** One of the rights metrics the query asks for (RIGHTS_FACT_SUMS). */
  metric: MetricId
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
  const published = inList('metric', RIGHTS_FACT_SUMS.map((x) => x.id))
  const long = RIGHTS_FACT_SUMS
    .map(({ id, expr }) => `SELECT district_code, year, '${id}' AS metric, CAST(${expr} AS DOUBLE) AS value FROM rights GROUP BY district_code, year`)
    .join('\n      UNION ALL ')
  const sql = `WITH pub AS (
      SELECT fact_id, region_code, region_zh, metric, period_kind, CAST(period_start AS VARCHAR) AS period_start,
        CAST(period_end AS VARCHAR) AS period_end, CAST(value AS DOUBLE) AS value, unit, qualifier, source_title, source_url,
        year(period_start) AS y0, year(period_end) AS y1
      FROM facts
      WHERE ${published.sql} AND ${regions.sql}
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
  return { query: { sql, params: [...published.params, ...regions.params, f.to, f.from, CITY_CODE] }, tables: ['facts', 'rights'] }
}
