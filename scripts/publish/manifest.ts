/** A file of a published dataset: its path beside the manifest, size and sha256, checked by the loader. */
export interface ManifestFile { path: string; bytes: number; sha256: string }

/** One table of a published dataset. */
export interface ManifestTable { table: string; rows: number; files: ManifestFile[] }

/**
 * The manifest of a dataset published by `npm run publish` (read by src/data/manifest.ts): provenance `imported`,
 * its name and 数据截至, when it was built, every file with its size and sha256, and the source files it came from.
 */
export interface PublishedManifest {
  provenance: 'imported'
  name: string
  asOf: string | null
  builtAt: string
  tables: ManifestTable[]
  /** The default view's query results for the first paint, computed by the browser's engine at publish time. */
  precomputed: ManifestFile | null
  sources: { name: string; bytes: number; sha256: string }[]
  /** What the import did to the files (rows skipped, units scaled, columns mapped, ids given), kept with the data. */
  notes: string[]
}
