import { IMPORTABLE } from './catalog'
import { foldHeader, mapHeaders } from './headers'
import { ID_SOURCES } from './ids'
import { locateTable, type LocatedTable } from './locate-table'
import { columnsOf, pendingFor, signatureOf, type Mapping, type PendingMapping } from './mapping'
import type { ImportNote } from './notes'
import { ImportFileError, readSheets } from './read'
import { dropDangling, REFERENCES, type RowPlace } from './references'
import type { Bilingual, TableSpec, Value } from './schema'
import { storedColumns, validateTable, type Problem, type SheetInput } from './validate'
import { joinAcross, yearsAcross } from './years-across'

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
  /** Everything the importer did: rows skipped, columns scaled or mapped, ids given, sheets skipped. */
  notes: ImportNote[]
  /** Sheets whose columns the steward must map before they can be read. */
  pending: PendingMapping[]
}

/** Sheets that explain the form rather than hold its figures. */
const INSTRUCTIONS = /^(说明|填报说明|填写说明|填表说明|目录|封面|指标解释|指标说明|notes?|readme|instructions?)$/i

/** Columns a file may lack because they are made from others (ids from name + district, a workshop's kind). */
function derivable(spec: TableSpec, index: Map<string, number>, titleYear: boolean): string[] {
  const ids = ID_SOURCES[spec.table]
  const out: string[] = titleYear ? ['year'] : []
  if (ids && ids.from.every((c) => index.has(c))) out.push(ids.id)
  if (spec.table === 'workshops' && index.has('name')) out.push('kind')
  return out
}

/** The table named by headers (or, failing that, by the file and sheet names); `fits` when nothing required is missing. */
function detectHeaders(header: string[], name: string, titleYear = false): { spec: TableSpec; fits: boolean } | null {
  const scored = IMPORTABLE.map((spec) => {
    const m = mapHeaders(spec, header)
    const free = derivable(spec, m.index, titleYear)
    const missing = m.missing.filter((c) => !free.includes(c.name)).length
    const score = missing ? -1 : spec.columns.filter((c) => c.required).length + m.index.size - m.unknown.length * 0.5
    return { spec, score, mapped: m.index.size }
  })
  const best = scored.filter((s) => s.score >= 0).sort((a, b) => b.score - a.score)[0]
  if (best) return { spec: best.spec, fits: true }
  const folded = foldHeader(name)
  const named = IMPORTABLE.find((s) => folded.includes(s.table) || folded.includes(foldHeader(s.label.zh)))
  const closest = named ?? [...scored].sort((a, b) => b.mapped - a.mapped)[0]!.spec
  const mapped = scored.find((s) => s.spec === closest)!.mapped
  return named || mapped > 0 ? { spec: closest, fits: false } : null
}

/** How far an import is: file `file` (0-based) of `files`, and rows checked of that file's sheet. */
export interface Progress { file: number; files: number; rows: number; total: number }

/** What an import depends on besides its files: the clock, mappings confirmed earlier, sheets left out. */
export interface ImportOptions {
  now?: Date
  /** Confirmed mappings by header signature: applied without asking. */
  mappings?: Mapping[]
  /** Sheets the steward left out, as `${file}\u0001${sheet}`. */
  exclude?: string[]
  /** Ids the dataset being appended to already holds, by table (workshops → workshop ids): rows may refer to them. */
  known?: Record<string, string[]>
}

/** The key of a sheet in `exclude`. */
export const sheetKey = (file: string, sheet: string) => `${file}\u0001${sheet}`

/** Reads, recognises and validates every file of one import. Nothing is stored here; no DOM, so Node can run it. */
export async function runImport(files: ImportFile[], onProgress: (p: Progress) => void = () => {}, options: ImportOptions = {}): Promise<ImportResult> {
  const now = options.now ?? new Date()
  const result: ImportResult = { tables: [], sheets: [], problems: [], fileErrors: [], notes: [], pending: [] }
  const seen = new Map<string, Map<string, { file: string; row: number }>>()
  /** Where each valid row came from, per table, in the order of its records. */
  const places = new Map<string, RowPlace[]>()
  const note = (n: ImportNote) => result.notes.push(n)
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
    /** Recognises and reads one table; false when it feeds no table. */
    const take = (located: LocatedTable, noteUnknown: boolean): boolean => {
      const signature = signatureOf(located.headers)
      const remembered = options.mappings?.find((m) => m.signature === signature && IMPORTABLE.some((s) => s.table === m.table))
      const found = remembered ? { spec: IMPORTABLE.find((s) => s.table === remembered.table)!, fits: true } : detectHeaders(located.headers, `${f.name} ${located.sheet} ${located.titles.join(' ')}`, located.year !== null)
      if (!found) {
        if (noteUnknown) note({ kind: 'sheet-skipped', file: f.name, sheet: located.sheet, text: { zh: '没有可识别的数据表，未读取', en: 'no table recognised, not read' } })
        return false
      }
      const { spec } = found
      if (!found.fits) {
        // Said as problems too, so the report names what is missing even if the steward does not map it.
        const m = mapHeaders(spec, located.headers)
        const free = derivable(spec, m.index, located.year !== null)
        const row = located.headerRow + located.headerRows - 1
        for (const col of m.missing.filter((c) => !free.includes(c.name))) {
          result.problems.push({ file: f.name, sheet: located.sheet, row, column: `${col.zh} (${col.name})`, value: '', severity: 'error', expected: { zh: '缺少必填列（可在上方确认列的对应关系）', en: 'required column missing (map the columns above)' } })
        }
        result.pending.push(pendingFor(spec, located))
        return true
      }
      if (remembered) {
        const pairs = Object.entries(remembered.columns).filter(([, c]) => c)
        note({
          kind: 'mapped', file: f.name, sheet: located.sheet,
          text: {
            zh: `表头与已保存的列对应关系相同，已按其读取，未再询问：${pairs.map(([h, c]) => `${h} → ${spec.columns.find((x) => x.name === c)?.zh ?? c}`).join('；')}`,
            en: `headers match a remembered mapping, applied without asking: ${pairs.map(([h, c]) => `${h} → ${c}`).join('; ')}`,
          },
        })
      }
      read(spec, located, remembered ? columnsOf(remembered, located.headers) : undefined, i)
      return true
    }
    let recognised = 0
    const yearbook = new Map<string, LocatedTable[]>()
    for (const sheet of sheets) {
      const skip = (text: Bilingual) => note({ kind: 'sheet-skipped', file: f.name, sheet: sheet.sheet, text })
      if (options.exclude?.includes(sheetKey(f.name, sheet.sheet))) {
        recognised++
        skip({ zh: '按您的选择未导入此工作表', en: 'left out, as you chose' })
        continue
      }
      if (INSTRUCTIONS.test(sheet.sheet.trim())) {
        skip({ zh: '说明页，未读取', en: 'an instructions sheet, not read' })
        continue
      }
      if (sheet.hidden) {
        skip({ zh: '隐藏的工作表，未读取', en: 'a hidden sheet, not read' })
        continue
      }
      const located = locateTable(sheet)
      if (!located) {
        if (sheets.length > 1 && sheet.rows.some((r) => r.some((c) => c != null && String(c).trim()))) skip({ zh: '没有可识别的数据表，未读取', en: 'no table recognised, not read' })
        continue
      }
      const across = yearsAcross(located)
      if (across) for (const n of across.notes) note(n)
      // Yearbook sheets with a known measure wait for their siblings: one district × year table per workbook.
      if (across?.measure) {
        const table = across.measure.split('.')[0]!
        if (!yearbook.has(table)) yearbook.set(table, [])
        yearbook.get(table)!.push(across.table)
        recognised++
        continue
      }
      if (take(across?.table ?? located, sheets.length > 1)) recognised++
    }
    for (const group of yearbook.values()) take(group.length > 1 ? joinAcross(group) : group[0]!, false)
    if (!recognised) {
      result.fileErrors.push({ file: f.name, reason: { zh: '无法识别：表头与任何数据模板都不符，请使用“下载模板”中的列名', en: 'not recognised: the headers match no template; use the column names of a template' } })
    }
  }
  // References across tables (innovation → workshops) are checked once every file is read.
  const placed = result.tables.map((t) => ({ table: t.table, columns: t.columns, records: t.records, places: places.get(t.table) ?? [] }))
  for (const { table, problem: p } of dropDangling(placed, options.known)) {
    result.problems.push(p)
    const sheet = result.sheets.find((x) => x.file === p.file && x.sheet === p.sheet && x.table === table && x.valid > 0)
    if (sheet) sheet.valid--
  }
  for (const [k, t] of placed.entries()) result.tables[k]!.records = t.records
  onProgress({ file: files.length, files: files.length, rows: 0, total: 0 })
  return result

  function read(spec: TableSpec, located: LocatedTable, columns: Map<string, number> | undefined, i: number) {
    if (!seen.has(spec.table)) seen.set(spec.table, new Map())
    const checked = validateTable(spec, located, seen.get(spec.table)!, { now, columns, onRows: (rows, total) => onProgress({ file: i, files: files.length, rows, total }) })
    for (const p of checked.problems) result.problems.push(p)
    for (const n of checked.notes) result.notes.push(n)
    result.sheets.push({ file: located.file, sheet: located.sheet, table: spec.table, total: checked.total, valid: checked.records.length })
    let target = result.tables.find((t) => t.table === spec.table)
    if (!target) result.tables.push((target = { table: spec.table, columns: storedColumns(spec), records: [], files: [] }))
    // Places are kept only for tables whose rows refer to another (a million-row table of districts needs none).
    const placeList = REFERENCES.some((r) => r.table === spec.table) ? places.get(spec.table) ?? places.set(spec.table, []).get(spec.table)! : null
    // A loop, not push(...rows): a million-row spread would overflow the call stack.
    for (const [k, r] of checked.records.entries()) {
      target.records.push(r)
      placeList?.push({ file: located.file, sheet: located.sheet, row: checked.rowNumbers[k]!, columns: checked.labels })
    }
    if (!target.files.includes(located.file)) target.files.push(located.file)
  }
}
