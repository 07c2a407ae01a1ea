import { CITY_CODE } from '../../domain/districts'
import { defaultFilters, defaultsFor, type Filters } from '../../domain/filters'
import type { YearSpan } from '../../domain/years'
import { metricById, overviewFamilies } from '../../domain/metrics'
import type { Engine, Query } from '../engine'
import { queryKey } from '../precomputed'
import { liveYears } from '../years'
import { metricPanelQuery } from './metric-panel'
import { targetsQuery } from './targets'

/**
 * The queries the overview runs under the default filters (the same builders the view calls): what a build or a
 * publish computes ahead, so the first frame paints before DuckDB has loaded.
 */
export function defaultViewQueries(filters: Filters = defaultFilters): Query[] {
  return [
    ...overviewFamilies.map(({ metricIds }) => metricPanelQuery(metricIds.map(metricById), filters).query),
    targetsQuery([CITY_CODE], filters.to).query,
  ]
}

/**
 * A dataset's first frame, as a publish writes it: the years its live tables cover, and the default view's answers
 * for those years (as the app will choose them), keyed as the app looks them up. A query the dataset cannot answer
 * (a table it lacks) is left out: the site then asks live.
 */
export async function firstFrame(engine: Engine, tables: readonly string[]): Promise<{ seed: Record<string, unknown[]>; years: YearSpan | null }> {
  const years = await liveYears(tables, engine)
  const seed: Record<string, unknown[]> = {}
  for (const q of defaultViewQueries(years ? defaultsFor(years) : defaultFilters)) {
    await engine.query(q).then((rows) => void (seed[queryKey(q)] = rows), () => {})
  }
  return { seed, years }
}
