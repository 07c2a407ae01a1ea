import { isBlank, type Raw } from './cells'
import { foldHeader, mapHeaders } from './headers'
import type { LocatedTable } from './locate-table'
import type { TableSpec } from './schema'
import { districtFromText } from './names'
import { yearOf } from './cells'
import { ID_SOURCES } from './ids'

/**
 * A confirmed mapping, as remembered in the browser and exported as JSON (a future `npm run publish --mapping`
 * reads the same file): { version: 1, mappings: [{ signature, table, columns: { "<header as in the file>": "<column>" } }] }.
 * `signature` is the file's headers folded (half-width, lower case, no spaces) and joined with "|".
 */
export interface Mapping { signature: string; table: string; columns: Record<string, string> }

/** The exported file of remembered mappings. */
export interface MappingFile { version: 1; mappings: Mapping[] }

/** A sheet waiting for the steward to say which file column is which table column. */
export interface PendingMapping {
  file: string
  sheet: string
  signature: string
  /** The table the importer thinks the sheet feeds. */
  table: string
  columns: { header: string; samples: string[]; numeric: boolean; guess: string | null }[]
  /** The year the title names, which stands in for a year column. */
  year: number | null
}

/** The header signature of a table: its non-blank headers folded, in order. */
export function signatureOf(headers: string[]): string {
  return headers.map(foldHeader).filter(Boolean).join('|')
}

const shown = (c: Raw) => (c instanceof Date ? c.toISOString().slice(0, 10) : c == null ? '' : String(c))
const numericText = (c: Raw) => typeof c === 'number' || (typeof c === 'string' && /^[近约超逾]?[-+]?[\d,，.]+\s*(万|亿)?[余多]?$/.test(c.normalize('NFKC').trim()))

/** What to ask for one sheet: each file column with its first three values and the best guess of its table column. */
export function pendingFor(spec: TableSpec, table: LocatedTable): PendingMapping {
  const taken = new Set<string>()
  const columns = table.headers.map((header, i) => {
    const values = table.rows.map((r) => r.cells[i]).filter((c) => !isBlank(c))
    const numeric = values.length > 0 && values.every(numericText)
    let guess: string | null = [...mapHeaders(spec, [header]).index.keys()][0] ?? null
    // No name fits: guess from the shape of the values (district names, years).
    if (!guess && values.length) {
      if (values.every((v) => districtFromText(shown(v)) !== null)) guess = spec.columns.find((c) => c.type === 'district')?.name ?? null
      else if (values.every((v) => Number.isFinite(yearOf(v)))) guess = spec.columns.find((c) => c.type === 'year')?.name ?? null
    }
    if (guess && taken.has(guess)) guess = null
    if (guess) taken.add(guess)
    return { header, samples: values.slice(0, 3).map(shown), numeric, guess }
  }).filter((c) => c.header)
  return { file: table.file, sheet: table.sheet, signature: signatureOf(table.headers), table: spec.table, columns, year: table.year }
}

/** A mapping's columns as the checks take them: table column → index of the file column. */
export function columnsOf(mapping: Mapping, headers: string[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const [header, column] of Object.entries(mapping.columns)) {
    const i = headers.indexOf(header)
    if (column && i >= 0) out.set(column, i)
  }
  return out
}

/** Whether a file column of text may go into a table column: never text into a number column. */
export function fits(spec: TableSpec, column: string, numeric: boolean, samples: string[]): boolean {
  const col = spec.columns.find((c) => c.name === column)
  if (!col) return false
  const number = col.type === 'count' || col.type === 'yuan' || col.type === 'number'
  return !number || numeric || samples.length === 0
}

/** Required columns a mapping still lacks: those neither chosen nor made from others (ids, a workshop's kind, the title's year). */
export function stillMissing(spec: TableSpec, picked: string[], year: number | null): string[] {
  const ids = ID_SOURCES[spec.table]
  const made = (name: string) =>
    (ids && name === ids.id && ids.from.every((c) => picked.includes(c))) || (spec.table === 'workshops' && name === 'kind' && picked.includes('name')) || (name === 'year' && year !== null)
  return spec.columns.filter((c) => c.required && !picked.includes(c.name) && !made(c.name)).map((c) => c.name)
}

/** A mappings file from parsed JSON, keeping only well-formed entries. */
export function readMappingFile(json: unknown): Mapping[] {
  const list = (json as Partial<MappingFile> | null)?.mappings
  if (!Array.isArray(list)) return []
  return list.filter((m): m is Mapping =>
    !!m && typeof m.signature === 'string' && typeof m.table === 'string' && !!m.columns && typeof m.columns === 'object' &&
    Object.values(m.columns).every((v) => typeof v === 'string'))
}
