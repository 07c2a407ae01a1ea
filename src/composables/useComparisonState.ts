import { computed } from 'vue'
import { metricFromQuery, type MetricId } from '../domain/metrics'
import { useUrlQuery } from './useUrlQuery'

/** The comparison's own view state, kept in the URL beside the global filters so a link restores the exact picture. */
export function useComparisonState() {
  const { route, patch } = useUrlQuery()
  const pick = (key: string, fallback: MetricId) => metricFromQuery(route.query[key], fallback)
  return {
    /** The metric the maps, ranking and small multiples show (`metric=`). */
    metric: computed(() => pick('metric', 'workshops_active')),
    /** The scatter's axes (`x=`, `y=`): by default active workshops against outputs per workshop. */
    xMetric: computed(() => pick('x', 'workshops_active')),
    yMetric: computed(() => pick('y', 'outputs_per_workshop')),
    /** Which map is shown (`map=geo`); the tile map by default. */
    mapKind: computed<'geo' | 'tile'>(() => (route.query.map === 'geo' ? 'geo' : 'tile')),
    /** Whether the ranking and small multiples are grouped by functional zone (`group=zone`). */
    grouped: computed(() => route.query.group === 'zone'),
    /** Sets one key; undefined removes it (the default). */
    set: (key: 'metric' | 'x' | 'y' | 'map' | 'group', value: string | undefined) => void patch({ [key]: value }),
  }
}
