import { IMPORTABLE } from './catalog'
import { foldHeader, headerScore, mapHeaders } from './headers'
import { ImportFileError, readSheets } from './read'
import type { Bilingual, TableSpec, Value } from './schema'
import { storedColumns, validateSheet, type Problem, type SheetInput } from './validate'

/** A file handed to an import: raw bytes (CSV, XLSX), or sheets the engine already read (Parquet). */
export interface ImportFile { name: string; bytes?: Uint8Array; sheets?: SheetInput[] }

/** The valid rows of one table, from every file and sheet of the import. */
export interface TableImport { table: string; columns: string[]; records: Value[][]; files: string[] }

/** What a sheet turned out to be. */
export interface SheetSummary { file: string; sheet: string; table: string | null; total: number; valid: number }

/** Everything an import found: the valid rows per table, every problem, and files that could not be read. */
export interface ImportResult {
  tables: TableImport[]
  sheets: SheetSummary[]
  problems: Problem[]
  fileErrors: { file: string; reason: Bilingual }[]
}

const NOTES = /^(说明|填写说明|notes?|readme)$/i

/** The table a sheet holds: by its headers, helped by the file or sheet name; null if nothing fits. */
export function detectTable(sheet: SheetInput): { spec: TableSpec; fits: boolean } | null {
  const header = sheet.rows.find((r) => r.some((c) => String(c ?? '').trim())) ?? []
  const scored = IMPORTABLE.map((spec) => ({ spec, score: headerScore(spec, header), mapped: mapHeaders(spec, header).index.size }))
  const best = scored.filter((s) => s.score >= 0).sort((a, b) => b.score - a.score)[0]
  if (best) return { spec: best.spec, fits: true }
  const name = foldHeader(`${sheet.file} ${sheet.sheet}`)
  const named = IMPORTABLE.find((s) => name.includes(s.table) || name.includes(foldHeader(s.label.zh)))
  const closest = named ?? scored.sort((a, b) => b.mapped - a.mapped)[0]!.spec
  return named || scored[0]!.mapped > 0 ? { spec: closest, fits: false } : null
}

/** How far an import is: file `file` (0-based) of `files`, and rows checked of that file's sheet. */
export interface Progress { file: number; files: number; rows: number; total: number }

/** What an import depends on besides its files: the clock (the latest year a file may name). */
export interface ImportOptions { now?: Date }

/** Reads, recognises and validates every file of one import. Nothing is stored here. */
export async function runImport(files: ImportFile[], onProgress: (p: Progress) => void = () => {}, options: ImportOptions = {}): Promise<ImportResult> {
  const now = options.now ?? new Date()
  const result: ImportResult = { tables: [], sheets: [], problems: [], fileErrors: [] }
  const seen = new Map<string, Map<string, { file: string; row: number }>>()
  for (const [i, f] of files.entries()) {
    onProgress({ file: i, files: files.length, rows: 0, total: 0 })
    let sheets: SheetInput[]
    try {
      sheets = f.sheets ?? (await readSheets(f.name, f.bytes ?? new Uint8Array()))
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error
      result.fileErrors.push({ file: f.name, reason: error.reason })
      continue
    }
    let recognised = 0
    for (const sheet of sheets) {
      if (NOTES.test(sheet.sheet.trim())) continue
      const found = detectTable(sheet)
      if (!found) continue
      recognised++
      const { spec } = found
      if (!seen.has(spec.table)) seen.set(spec.table, new Map())
      const checked = validateSheet(spec, sheet, seen.get(spec.table)!, (rows, total) => onProgress({ file: i, files: files.length, rows, total }), now)
      for (const p of checked.problems) result.problems.push(p)
      result.sheets.push({ file: f.name, sheet: sheet.sheet, table: spec.table, total: checked.total, valid: checked.records.length })
      let target = result.tables.find((t) => t.table === spec.table)
      if (!target) result.tables.push((target = { table: spec.table, columns: storedColumns(spec), records: [], files: [] }))
      // A loop, not push(...rows): a million-row spread would overflow the call stack.
      for (const r of checked.records) target.records.push(r)
      if (!target.files.includes(f.name)) target.files.push(f.name)
    }
    if (!recognised) {
      result.fileErrors.push({ file: f.name, reason: { zh: '无法识别：表头与任何数据模板都不符，请使用“下载模板”中的列名', en: 'not recognised: the headers match no template; use the column names of a template' } })
    }
  }
  onProgress({ file: files.length, files: files.length, rows: 0, total: 0 })
  return result
}
