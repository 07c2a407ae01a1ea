import type { Raw } from './cells'
import type { ColumnSpec, TableSpec } from './schema'

/** Half-width, lower-case, no spaces or underscores: "挽回经济损失 (Recovered_Yuan)" folds predictably. */
export function foldHeader(raw: Raw): string {
  return String(raw ?? '').normalize('NFKC').replace(/^\uFEFF/, '').toLowerCase().replace(/[\s_*]+/g, '')
}

/** The spellings a header may take: the English name, the Chinese name, and aliases. */
function names(col: ColumnSpec): string[] {
  return [col.name, col.zh, ...(col.aliases ?? [])].map(foldHeader)
}

/** "区划代码(district_code)" or "挽回经济损失（元）": the whole header, then each part. */
function candidates(header: string): string[] {
  const m = /^(.*?)\((.*)\)$/.exec(header)
  return m ? [header, m[1]!, m[2]!] : [header]
}

/** Which file column feeds which table column, and what does not fit. */
export interface HeaderMap {
  /** Table column name → index in the file's rows. */
  index: Map<string, number>
  /** Required columns the file lacks. */
  missing: ColumnSpec[]
  /** File headers that name no column (ignored, listed in the report). */
  unknown: string[]
  /** Table columns named by more than one file header. */
  repeated: string[]
}

/** Maps a file's header row onto a table's columns by Chinese or English name. */
export function mapHeaders(spec: TableSpec, header: Raw[]): HeaderMap {
  const index = new Map<string, number>()
  const unknown: string[] = []
  const repeated: string[] = []
  header.forEach((raw, i) => {
    const folded = foldHeader(raw)
    if (!folded) return
    const col = spec.columns.find((c) => candidates(folded).some((x) => names(c).includes(x)))
    if (!col) unknown.push(String(raw))
    else if (index.has(col.name)) repeated.push(col.name)
    else index.set(col.name, i)
  })
  const missing = spec.columns.filter((c) => c.required && !index.has(c.name))
  return { index, missing, unknown, repeated }
}

/** How well a header row fits a table: required columns found, minus a penalty for strangers. */
export function headerScore(spec: TableSpec, header: Raw[]): number {
  const m = mapHeaders(spec, header)
  const required = spec.columns.filter((c) => c.required).length
  return m.missing.length ? -1 : required + m.index.size - m.unknown.length * 0.5
}
