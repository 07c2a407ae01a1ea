import type { TableFile } from './db'
// ?url makes Vite copy each file into the build with a content hash: served from the app's own origin.
import districts from '../../data/districts.parquet?url'
import facts from '../../data/facts.parquet?url'
import targets from '../../data/targets.parquet?url'
import members from '../../data/demo/members.parquet?url'
import workshops from '../../data/demo/workshops.parquet?url'
import alliances from '../../data/demo/alliances.parquet?url'
import innovation from '../../data/demo/innovation.parquet?url'
import training from '../../data/demo/training.parquet?url'
import competitions from '../../data/demo/competitions.parquet?url'
import rights from '../../data/demo/rights.parquet?url'
import beijingGeo from '../../data/geo/beijing.json?url'

/** Reference tables every dataset shares: districts, published figures, and targets (illustrative, badged demo). */
export const referenceFiles: TableFile[] = [
  { table: 'districts', file: 'districts.parquet', url: districts },
  { table: 'facts', file: 'facts.parquet', url: facts },
  { table: 'targets', file: 'targets.parquet', url: targets },
]

/** The generated demo panel (always badged as demo on screen). */
export const demoFiles: TableFile[] = [
  { table: 'members', file: 'demo/members.parquet', url: members },
  { table: 'workshops', file: 'demo/workshops.parquet', url: workshops },
  { table: 'alliances', file: 'demo/alliances.parquet', url: alliances },
  { table: 'innovation', file: 'demo/innovation.parquet', url: innovation },
  { table: 'training', file: 'demo/training.parquet', url: training },
  { table: 'competitions', file: 'demo/competitions.parquet', url: competitions },
  { table: 'rights', file: 'demo/rights.parquet', url: rights },
]

/** The Beijing district GeoJSON, served from the build. */
export const beijingGeoUrl: string = beijingGeo
