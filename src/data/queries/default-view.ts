import { CITY_CODE } from '../../domain/districts'
import { defaultFilters, type Filters } from '../../domain/filters'
import { metricById, overviewFamilies } from '../../domain/metrics'
import type { Query } from '../engine'
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
