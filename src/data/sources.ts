import type { TableFile } from './db'
import type { TableSource } from './datasets'
import { DataError } from './errors'
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
  // Built from the panel above at data-build time (npm run data), so start-up need not aggregate.
  { table: 'workshop_cube', file: 'cubes/workshop_cube.parquet', url: workshopCube },
  { table: 'alliance_cube', file: 'cubes/alliance_cube.parquet', url: allianceCube },
  { table: 'innovation_cube', file: 'cubes/innovation_cube.parquet', url: innovationCube },
  { table: 'competition_cube', file: 'cubes/competition_cube.parquet', url: competitionCube },
  { table: 'panel_cube', file: 'cubes/panel_cube.parquet', url: panelCube },
]

/** The Beijing district GeoJSON, served from the build. */
export const beijingGeoUrl: string = beijingGeo

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

/** A manifest path the app accepts: relative, same origin, no climbing out ("scaled/x300/manifest.json"). */
const SAFE_MANIFEST = /^(?!.*\.\.)[\w-]+(\/[\w.=-]+)*\/manifest\.json$/
const SAFE_FILE = /^(?!.*\.\.)[\w./=-]+\.parquet$/

interface ManifestTable { table: string; files: string[]; remote?: boolean; hive?: boolean }

/**
 * The tables of a large layout (DESIGN §6, written by `npm run data -- --scale N`): small tables and cubes
 * are downloaded; `remote` raw tables are read in place with range requests. Same-origin paths only.
 */
export async function manifestSources(path: string): Promise<TableSource[]> {
  if (!SAFE_MANIFEST.test(path)) throw new DataError('file', 'a manifest must be a relative path ending in /manifest.json', { file: path })
  const base = new URL(path, document.baseURI)
  const response = await fetch(base)
  if (!response.ok) throw new DataError('file', `HTTP ${response.status}`, { file: path })
  const manifest = (await response.json()) as { provenance?: string; tables?: ManifestTable[] }
  if (manifest.provenance !== 'demo' || !Array.isArray(manifest.tables)) throw new DataError('file', 'not a demo data manifest', { file: path })
  return manifest.tables.map((t) => {
    if (!/^[a-z][a-z0-9_]*$/.test(t.table) || !t.files.every((f) => SAFE_FILE.test(f))) throw new DataError('file', `unsafe entry ${t.table}`, { file: path })
    const urls = t.files.map((f) => ({ name: `large/${f}`, url: new URL(f, base).href }))
    return { table: t.table, file: t.files[0]!, urls, remote: Boolean(t.remote), hive: Boolean(t.hive) }
  })
}
