import { CUBE_TABLES } from './cubes'
import { startEngine } from './db'
import type { ManifestNote } from './manifest'
import { fileEntry, SITE_DATASET_DIR, withSiteDataset, type PublishedManifest, type PublishedTable } from './published-manifest'
import { firstFrame } from './queries/default-view'

/** The live imported dataset, as the data page knows it. */
export interface BundleInput {
  name: string
  asOf: string | null
  now: Date
  /** The dataset's own tables, exactly as the import stored them. */
  tables: { table: string; rows: number; bytes: Uint8Array }[]
  /** The files its rows came from (names only: the browser keeps no copy of them). */
  sources: string[]
  notes: ManifestNote[]
  /** The app's own index.html, which the bundle points at the dataset. */
  indexHtml: string
}

/**
 * The folder `npm run publish` writes, from the dataset live in the engine: its stored tables, the cubes the engine
 * built from them, the default view's results for the first paint, a manifest naming every file with its size and
 * sha256, and index.html pointing at it. Paths are relative to the site's folder; IT unzips them into it.
 */
export async function liveBundle(input: BundleInput): Promise<Record<string, Uint8Array>> {
  const db = await startEngine()
  const out: Record<string, Uint8Array> = {}
  const put = (path: string, bytes: Uint8Array) => {
    out[`${SITE_DATASET_DIR}/${path}`] = bytes
    return fileEntry(path, bytes)
  }
  const tables: PublishedTable[] = input.tables.map((t) => ({ table: t.table, rows: t.rows, files: [put(`${t.table}.parquet`, t.bytes)] }))

  const live = (await db.query({ sql: 'SELECT table_name FROM information_schema.tables' })).map((r) => String(r.table_name))
  for (const cube of CUBE_TABLES.filter((c) => live.includes(c))) {
    const file = db.outputPath(`bundle_${cube}.parquet`)
    try {
      await db.exec(`COPY (SELECT * FROM "${cube}" ORDER BY ALL) TO '${file}' (FORMAT PARQUET, COMPRESSION ZSTD)`)
      const [{ n }] = (await db.query({ sql: `SELECT count(*)::INTEGER AS n FROM "${cube}"` })) as { n: number }[]
      tables.push({ table: cube, rows: n, files: [put(`cubes/${cube}.parquet`, await db.copyFile(file))] })
    } finally {
      await db.dropFile(file).catch(() => {})
    }
  }

  const { seed, years } = await firstFrame(db, live)
  const text = (s: string) => new TextEncoder().encode(s)
  const manifest: PublishedManifest = {
    provenance: 'imported',
    name: input.name,
    asOf: input.asOf,
    builtAt: input.now.toISOString(),
    years,
    tables,
    precomputed: put('precomputed.json', text(`${JSON.stringify(seed)}\n`)),
    sources: input.sources.map((name) => ({ name })),
    notes: input.notes,
  }
  out[`${SITE_DATASET_DIR}/manifest.json`] = text(`${JSON.stringify(manifest, null, 2)}\n`)
  out['index.html'] = text(withSiteDataset(input.indexHtml))
  return out
}
