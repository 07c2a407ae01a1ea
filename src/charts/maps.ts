import { registerMap } from 'echarts/core'
// registerMap only works once the map and geo components are installed: it silently does nothing before.
import '../setup/echarts'
// The boundaries ship with the build (?url: a hashed file on the app's own origin); no data-layer code is needed.
import beijingGeoUrl from '../../data/geo/beijing.json?url'

let beijing: Promise<void> | null = null

/**
 * Fetches the bundled Beijing GeoJSON once and registers it as map 'beijing'; simultaneous callers share the
 * same promise and a failure can be retried. ECharts decodes the file's compressed UTF8Encoding coordinates itself.
 */
export function ensureBeijingMap(): Promise<void> {
  beijing ??= fetch(beijingGeoUrl)
    .then((res) => {
      if (!res.ok) throw new Error(`${res.status} ${res.statusText}`)
      return res.json()
    })
    .then((json) => registerMap('beijing', json))
    .catch((error: unknown) => {
      beijing = null
      throw error
    })
  return beijing
}
