import type { Filters } from '../../domain/filters'
import { metricById, headlineMetricIds } from '../../domain/metrics'
import { measuresFor } from '../../domain/panel'
import type { Query } from '../engine'
import { panelQuery } from './panel'

/** The overview's one query: every headline measure, all districts, the range plus the year before (for 同比). */
export function overviewQuery(f: Filters): Query {
  const list = headlineMetricIds.flatMap((id) => measuresFor(metricById(id), f.per))
  return panelQuery(list, f.from - 1, f.to, f.level)
}
