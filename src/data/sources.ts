import type { TableFile } from './db'
import type { TableSource } from './datasets'
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
import workshopCube from '../../data/cubes/workshop_cube.parquet?url'
import allianceCube from '../../data/cubes/alliance_cube.parquet?url'
import innovationCube from '../../data/cubes/innovation_cube.parquet?url'
import competitionCube from '../../data/cubes/competition_cube.parquet?url'
import panelCube from '../../data/cubes/panel_cube.parquet?url'

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
  // Built from the panel above at data-build time (npm run data), so start-up need not aggregate.
  { table: 'workshop_cube', file: 'cubes/workshop_cube.parquet', url: workshopCube },
  { table: 'alliance_cube', file: 'cubes/alliance_cube.parquet', url: allianceCube },
  { table: 'innovation_cube', file: 'cubes/innovation_cube.parquet', url: innovationCube },
  { table: 'competition_cube', file: 'cubes/competition_cube.parquet', url: competitionCube },
  { table: 'panel_cube', file: 'cubes/panel_cube.parquet', url: panelCube },
]

/**
 * The tables of a dataset. Demo: the generated panel with illustrative targets. Published: the
 * articles' figures alone. Imported: the user's tables, with the shipped districts and published
 * figures unless the import brings its own.
 */
export function datasetSources(id: string, imported: Map<string, Uint8Array>): TableSource[] {
  const [districtsFile, factsFile] = referenceFiles
  if (id === 'demo') return [...referenceFiles, ...demoFiles]
  if (id === 'published') return [districtsFile!, factsFile!]
  const own: TableSource[] = [...imported].map(([table, bytes]) => ({ table, file: `${id}/${table}.parquet`, bytes }))
  return [districtsFile!, ...(imported.has('facts') ? [] : [factsFile!]), ...own]
}
