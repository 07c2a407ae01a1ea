import type { Filters } from '../../domain/filters'
import type { MetricDef } from '../../domain/metrics'
import { measuresFor } from '../../domain/panel'
import type { Query } from '../engine'
import { panelQuery } from './panel'
import { relationTables } from './relations'

/**
 * The panel query for some metrics (range plus the year before, for 同比) and the tables it reads. It always
 * covers all 16 districts: rankings, maps and the city and zone averages need every district, and a district
 * selection only narrows what the domain sums.
 */
export function metricPanelQuery(list: MetricDef[], f: Filters): { query: Query; tables: string[] } {
  const measureList = list.flatMap((metric) => measuresFor(metric, f.per))
  const tables = [...new Set(measureList.flatMap((x) => relationTables[x.relation]))]
  return { query: panelQuery(measureList, f.from - 1, f.to, f.level), tables }
}
