import type { TableSource } from './datasets'
import type { YearSpan } from '../domain/years'
import { DataError } from './errors'
import { hex, sha256Stream } from './hash'

/** One thing the import did, as `npm run publish` records it. */
export interface ManifestNote { kind: string; file: string; sheet: string; row?: number; column?: string; text: { zh: string; en: string } }

const isYear = (y: unknown): y is number => Number.isInteger(y) && (y as number) >= 1900 && (y as number) <= 9999
const isNote = (n: unknown): n is ManifestNote => {
  const x = n as ManifestNote | null
  return typeof x?.kind === 'string' && typeof x.file === 'string' && typeof x.text?.zh === 'string' && typeof x.text?.en === 'string'
}

/** A manifest path the app accepts: relative, no climbing out ("scaled/x300/manifest.json", "published/manifest.json"). */
const SAFE_MANIFEST = /^(?!.*\.\.)[\w-]+(\/[\w.=-]+)*\/manifest\.json$/
const SAFE_FILE = /^(?!.*\.\.)[\w./=-]+\.parquet$/
const SAFE_TABLE = /^[a-z][a-z0-9_]*$/

/** A file entry: a path (large demo layouts), or a path with the size and sha256 the loader checks (published). */
type FileEntry = string | { path: string; bytes: number; sha256: string }
interface ManifestTable { table: string; files: FileEntry[]; remote?: boolean; hive?: boolean }

/** What a published dataset says of itself, shown in the header badge and every export. */
export interface ManifestInfo {
  provenance: 'demo' | 'imported'
  name: string
  asOf: string | null
  builtAt: string | null
  /** The years the dataset covers, so filters are right before the engine reports them. */
  years: YearSpan | null
  /** The files the dataset came from; sha256 when the writer had their bytes (npm run publish), not from a browser. */
  sources: { name: string; sha256: string | null }[]
  /** The dataset's own tables and their rows (cubes left out). */
  tables: { table: string; rows: number }[]
  /** What the import did to the files (rows skipped, units scaled, columns mapped, ids given), as published. */
  notes: ManifestNote[]
  /** The default view's results, computed when the dataset was published, for the first paint. */
  precomputed: { path: string; bytes: number; sha256: string } | null
}

/**
 * A read manifest: what it says of itself, at once, and its tables as sources for the switch, downloaded (and a
 * published dataset's files checked) only when asked, so the first frame can paint from the precomputed results first.
 */
export interface LoadedManifest { info: ManifestInfo; sources: () => Promise<TableSource[]>; base: URL }

/**
 * A URL the app may read: resolved against the manifest, and on the page's own origin. A protocol-relative
 * entry ("//host/x.parquet") matches a path pattern but resolves to another host: the origin check catches it.
 */
export function sameOriginUrl(entry: string, base: URL, origin: string): URL | null {
  if (!SAFE_FILE.test(entry) || entry.startsWith('/') || entry.includes('\\') || entry.includes(':')) return null
  const url = new URL(entry, base)
  return url.origin === origin ? url : null
}

/** A refused manifest or file, said in both languages (the English is also the error's message). */
const fail = (file: string, en: string, zh: string) => new DataError('file', en, { file, text: { zh, en } })

/**
 * Downloads a published file and checks it is the one the manifest names: a missing, truncated or altered file is
 * refused by name. The sha256 is computed as the bytes arrive.
 */
export async function fetchChecked(url: URL, entry: { path: string; bytes: number; sha256: string }): Promise<Uint8Array> {
  const response = await fetch(url).catch(() => null)
  if (!response?.ok) throw fail(entry.path, response ? `HTTP ${response.status}: the file is missing` : 'the file cannot be fetched', response ? `HTTP ${response.status}：文件不存在` : '无法下载该文件')
  const out = new Uint8Array(entry.bytes)
  const hash = sha256Stream()
  let length = 0
  const reader = response.body?.getReader()
  if (!reader) throw fail(entry.path, 'the file cannot be read', '无法读取该文件')
  for (;;) {
    const chunk = await reader.read().catch(() => null)
    if (!chunk) throw fail(entry.path, 'the download broke off', '下载中断')
    if (chunk.done) break
    const value = chunk.value
    if (length + value.length > entry.bytes) {
      await reader.cancel().catch(() => {})
      throw fail(entry.path, `the file is damaged: larger than the ${entry.bytes} bytes the manifest says`, `文件已损坏：大于清单中的 ${entry.bytes} 字节`)
    }
    out.set(value, length)
    hash.update(value)
    length += value.length
  }
  if (length !== entry.bytes) throw fail(entry.path, `the file is damaged: ${length} bytes, the manifest says ${entry.bytes}`, `文件已损坏：${length} 字节，清单中为 ${entry.bytes} 字节`)
  if (hex(hash.digest()) !== entry.sha256) throw fail(entry.path, 'the file is damaged: its sha256 differs from the manifest', '文件已损坏或被改动：sha256 与清单不符')
  return out
}

/**
 * Reads a manifest: a large demo layout (written by `npm run data -- --scale N`; small tables and cubes download,
 * `remote` raw tables are read in place by range requests) or a dataset published by `npm run publish`, whose
 * every file is downloaded and checked against its size and sha256. Same-origin, relative paths only.
 */
export async function loadManifest(path: string, page: { baseURI: string; origin: string }): Promise<LoadedManifest> {
  if (!SAFE_MANIFEST.test(path)) throw fail(path, 'a manifest must be a relative path ending in /manifest.json', '数据清单须是以 /manifest.json 结尾的相对路径')
  const base = new URL(path, page.baseURI)
  if (base.origin !== page.origin) throw fail(path, 'a manifest must be on this site', '数据清单须在本站点上')
  const response = await fetch(base).catch(() => null)
  if (!response?.ok) throw fail(path, response ? `HTTP ${response.status}` : 'the manifest cannot be fetched', response ? `HTTP ${response.status}` : '无法下载数据清单')
  const manifest = (await response.json().catch(() => null)) as (Omit<Partial<ManifestInfo>, 'tables'> & { tables?: (ManifestTable & { rows?: number })[] }) | null
  if (!manifest || (manifest.provenance !== 'demo' && manifest.provenance !== 'imported') || !Array.isArray(manifest.tables)) {
    throw fail(path, 'not a data manifest (provenance demo or imported, with tables)', '不是数据清单（须有 provenance 为 demo 或 imported，并列出数据表）')
  }
  const published = manifest.provenance === 'imported'
  const tables = manifest.tables.map((t) => {
    if (!SAFE_TABLE.test(String(t?.table)) || !Array.isArray(t.files) || !t.files.length) throw fail(path, `unsafe entry ${String(t?.table)}`, `不安全的条目 ${String(t?.table)}`)
    const entries = t.files.map((f) => (typeof f === 'string' ? { path: f, bytes: -1, sha256: '' } : f))
    const urls = entries.map((e) => sameOriginUrl(String(e.path), base, page.origin))
    if (urls.some((u) => !u)) throw fail(path, `unsafe file in ${t.table}: only files beside the manifest`, `已拒绝数据表 ${t.table} 中的文件：只接受与清单同在本站点、位于清单旁的文件（其他主机的地址一律拒绝）`)
    // Every file of a published dataset is checked, so each of its tables is one file with its size and sha256.
    if (published && (entries.length !== 1 || t.remote || entries[0]!.bytes < 0)) throw fail(path, `table ${t.table} must be one file with its size and sha256`, `数据表 ${t.table} 须是一个文件，并注明大小和 sha256`)
    return { t, entries, urls: urls as URL[] }
  })
  const sources = async (): Promise<TableSource[]> => {
    const out: TableSource[] = []
    for (const { t, entries, urls } of tables) {
      if (published) out.push({ table: t.table, file: entries[0]!.path, bytes: await fetchChecked(urls[0]!, entries[0]!) })
      else out.push({ table: t.table, file: entries[0]!.path, urls: urls.map((u, i) => ({ name: `large/${entries[i]!.path}`, url: u.href })), remote: Boolean(t.remote), hive: Boolean(t.hive) })
    }
    return out
  }
  const info: ManifestInfo = {
    provenance: manifest.provenance,
    name: String(manifest.name ?? path),
    asOf: typeof manifest.asOf === 'string' ? manifest.asOf : null,
    builtAt: typeof manifest.builtAt === 'string' ? manifest.builtAt : null,
    sources: Array.isArray(manifest.sources) ? manifest.sources.map((s) => ({ name: String(s.name), sha256: typeof s.sha256 === 'string' ? s.sha256 : null })) : [],
    tables: manifest.tables.filter((t) => !t.table.endsWith('_cube')).map((t) => ({ table: t.table, rows: Number(t.rows ?? 0) })),
    years: isYear(manifest.years?.min) && isYear(manifest.years?.max) ? { min: manifest.years.min, max: manifest.years.max } : null,
    notes: Array.isArray(manifest.notes) ? manifest.notes.filter(isNote) : [],
    precomputed: published && manifest.precomputed ? manifest.precomputed : null,
  }
  return { info, sources, base }
}
