import type { YearSpan } from '../domain/years'
import { sha256Hex } from './hash'
import type { ManifestNote } from './manifest'

/** A file of a published dataset: its path beside the manifest, size and sha256, checked by the loader. */
export interface ManifestFile { path: string; bytes: number; sha256: string }

/** One table of a published dataset. */
export interface PublishedTable { table: string; rows: number; files: ManifestFile[] }

/**
 * The manifest of a published dataset, written by `npm run publish` or by #/data's 发布包 export and read by
 * manifest.ts: provenance `imported`, its name and 数据截至, when it was built, every file with its size and sha256,
 * and the source files it came from (with their sha256 when the writer had their bytes).
 */
export interface PublishedManifest {
  provenance: 'imported'
  name: string
  asOf: string | null
  builtAt: string
  /** The first and last year the dataset covers: the site's year filter before the engine is up. */
  years: YearSpan | null
  tables: PublishedTable[]
  /** The default view's query results for the first paint, computed by the browser's engine at publish time. */
  precomputed: ManifestFile | null
  sources: { name: string; bytes?: number; sha256?: string }[]
  /** What the import did to the files (rows skipped, units scaled, columns mapped, ids given), kept with the data. */
  notes: ManifestNote[]
}

/** A manifest entry for bytes written at `path`. */
export function fileEntry(path: string, bytes: Uint8Array): ManifestFile {
  return { path, bytes: bytes.length, sha256: sha256Hex(bytes) }
}

/** Where a deployed site finds its default dataset: a folder beside index.html, named in one meta tag. */
export const SITE_DATASET_DIR = 'published'
export const SITE_DATASET_META = 'uc-dataset'

/** The app's index.html made to open on the dataset in `published/`: one meta tag, replacing any earlier one. */
export function withSiteDataset(html: string): string {
  const tag = `<meta name="${SITE_DATASET_META}" content="${SITE_DATASET_DIR}/manifest.json">`
  const without = html.replace(new RegExp(`\\s*<meta name="${SITE_DATASET_META}"[^>]*>`, 'g'), '')
  if (!without.includes('</head>')) throw new Error('index.html has no </head>')
  return without.replace('</head>', `  ${tag}\n  </head>`)
}
