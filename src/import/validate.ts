import { parseChineseNumber } from '../domain/parse-number'
import { isBlank, isPlaceholder, readCell, type Raw } from './cells'
import { mapHeaders, type HeaderMap } from './headers'
import { ID_SOURCES, idNote, kindFromName, makeId } from './ids'
import type { LocatedTable } from './locate-table'
import type { ImportNote } from './notes'
import { rowKind, SKIP_TEXT } from './row-kinds'
import type { Bilingual, TableSpec, Value } from './schema'
import { headerUnit, scaling } from './units'
import type { Merge } from './xlsx'

/** One problem in a file, located to the cell. Errors keep the row out; warnings only inform. */
export interface Problem {
  file: string
  sheet: string
  /** Row number as the steward's spreadsheet shows it (the header is row 1 when it is the first line). */
  row: number
  /** The column as the file names it, with its letter: "挽回经济损失 (D)". */
  column: string
  value: string
  expected: Bilingual
  severity: 'error' | 'warning'
}

/** A sheet as read from a file: rows of raw cells; XLSX adds merged ranges and formulas with no saved value. */
export interface SheetInput {
  file: string
  sheet: string
  rows: Raw[][]
  merges?: Merge[]
  /** Cells (0-based) whose formula the spreadsheet saved no result for: never read as empty or zero. */
  unsaved?: { row: number; col: number }[]
  hidden?: boolean
}

/** The rows of one sheet that passed, ready to store, with where each came from. */
export interface SheetResult {
  records: Value[][]
  /** Spreadsheet row number of each record. */
  rowNumbers: number[]
  /** Data rows in the sheet (blank rows, totals and footnotes not counted). */
  total: number
  problems: Problem[]
  /** What was done to the sheet: rows skipped, columns scaled, ids given. */
  notes: ImportNote[]
  /** Each table column found in the sheet, as the file names it with its letter ("工作室编号 (A)"). */
  labels: Record<string, string>
}

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(i: number): string {
  let s = ''
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}

const shown = (raw: Raw) => (raw instanceof Date ? raw.toISOString().slice(0, 10) : raw == null ? '' : String(raw)).slice(0, 200)

/** How the checks run: the clock (for years), progress, and columns chosen in the mapping step. */
export interface CheckOptions {
  now?: Date
  onRows?: (done: number, total: number) => void
  /** Table column → file column index, as the steward confirmed it; replaces header recognition. */
  columns?: Map<string, number>
}

/** The header row as the table reads it: the first non-blank row, every row below it data (the template's shape). */
export function plainTable(input: SheetInput): LocatedTable | null {
  const first = input.rows.findIndex((r) => r.some((c) => !isBlank(c)))
  if (first < 0) return null
  const all = input.rows.slice(first + 1).map((cells, i) => ({ n: first + i + 2, cells }))
  const rows = all.filter(({ cells }) => cells.some((c) => !isBlank(c)))
  const last = rows.at(-1)?.n ?? 0
  const blank = all.filter(({ n, cells }) => n < last && cells.every(isBlank)).map(({ n }) => n)
  const headers = input.rows[first]!.map((c) => shown(c))
  return { file: input.file, sheet: input.sheet, headerRow: first + 1, headerRows: 1, headers, rows, titles: [], units: null, unsaved: new Set(), after: [], blank, year: null }
}

/**
 * Checks every row of a sheet against its table: required columns, types, allowed values, years,
 * non-negative counts, row rules and duplicate keys (`seen` carries keys across the sheets of one import).
 */
export function validateSheet(
  spec: TableSpec, input: SheetInput, seen: Map<string, { file: string; row: number }>, onRows: (done: number, total: number) => void = () => {},
  now: Date = new Date(),
): SheetResult {
  const table = plainTable(input)
  if (!table) return { records: [], rowNumbers: [], total: 0, notes: [], labels: {}, problems: [{ file: input.file, sheet: input.sheet, row: 1, column: '', value: '', severity: 'error', expected: { zh: '表头行和数据行', en: 'a header row and data rows' } }] }
  return validateTable(spec, table, seen, { now, onRows })
}

/** The header map of a confirmed mapping: exactly the chosen columns, nothing missing if all required are chosen. */
function chosenMap(spec: TableSpec, headers: string[], columns: Map<string, number>): HeaderMap {
  const index = new Map([...columns].filter(([name, i]) => spec.columns.some((c) => c.name === name) && i >= 0 && i < headers.length))
  const used = new Set(index.values())
  return { index, missing: spec.columns.filter((c) => c.required && !index.has(c.name)), unknown: headers.filter((h, i) => h && !used.has(i)), repeated: [] }
}

const QUALIFIER_WORD: Record<string, [string, string]> = { nearly: ['近', ''], over: ['', '余'], approx: ['约', ''], target: ['目标', ''] }

/** A numeric cell scaled to base units (a 万元 column's 3500 is 35,000,000 yuan); a cell with its own 万/亿 is not scaled again. */
function scaled(raw: Raw, factor: number): Raw {
  if (typeof raw === 'number') return Math.round(raw * factor * 1e6) / 1e6
  if (typeof raw !== 'string' || /[万亿千]/.test(raw)) return raw
  const n = parseChineseNumber(raw.trim())
  if (!n) return raw
  const value = Math.round(n.value * factor * 1e6) / 1e6
  const [pre, post] = QUALIFIER_WORD[n.qualifier] ?? ['', '']
  return `${pre}${value}${post}`
}

/** Checks the rows of a table found in a sheet; totals, the city row and footnotes are skipped with a note each. */
export function validateTable(spec: TableSpec, table: LocatedTable, seen: Map<string, { file: string; row: number }>, options: CheckOptions = {}): SheetResult {
  const { file, sheet, headers } = table
  const now = options.now ?? new Date()
  const onRows = options.onRows ?? (() => {})
  const headerRow = table.headerRow + table.headerRows - 1
  const problems: Problem[] = []
  const notes: ImportNote[] = []
  const records: Value[][] = []
  const rowNumbers: number[] = []
  const map = options.columns ? chosenMap(spec, headers, options.columns) : mapHeaders(spec, headers)
  const label = (i: number) => `${shown(headers[i])} (${columnLetter(i)})`
  // A reshaped table names the sheet's own column of a cell, so the steward finds it.
  let from: number[] | undefined
  const cellLabel = (i: number) => (from && table.sourceHeaders ? `${shown(table.sourceHeaders[from[i]!])} (${columnLetter(from[i]!)})` : label(i))
  const at = (row: number, col: string, value: string, expected: Bilingual, severity: Problem['severity'] = 'error') => {
    const i = map.index.get(col)
    problems.push({ file, sheet, row, column: i === undefined ? col : row === headerRow ? label(i) : cellLabel(i), value, expected, severity })
  }
  const note = (kind: ImportNote['kind'], text: Bilingual, row?: number, column?: string) => notes.push({ kind, file, sheet, row, column, text })

  // Ids and a workshop's kind a list may lack: made from other columns, and said so.
  const ids = ID_SOURCES[spec.table]
  const makeIds = ids && !map.index.has(ids.id) && ids.from.every((c) => map.index.has(c)) ? ids : null
  const inferKind = spec.table === 'workshops' && !map.index.has('kind') && map.index.has('name')
  // A report sheet for one year says so in its title ("2025年各区…") rather than in a column.
  const titleYear = spec.columns.some((c) => c.name === 'year') && !map.index.has('year') ? table.year : null
  const given = (name: string) => (makeIds && name === makeIds.id) || (inferKind && name === 'kind') || (titleYear !== null && name === 'year')
  const missing = map.missing.filter((c) => !given(c.name))
  const perDistrict = spec.columns.some((c) => c.type === 'district' && c.name === 'district_code')

  const kinds = table.rows.map((r) => rowKind(r.cells, perDistrict))
  // A footnote ends the data: whatever follows it (signatures, dates) is not a row of the table.
  const footAt = kinds.indexOf('footnote')
  const dataRows = table.rows.filter((_, i) => kinds[i] === null && (footAt < 0 || i < footAt))
  const noted = new Set<number>()
  for (const [i, r] of table.rows.entries()) {
    const kind = footAt >= 0 && i > footAt ? 'footnote' : kinds[i]
    if (kind && !noted.has(r.n)) note('row-skipped', SKIP_TEXT[kind], r.n)
    if (kind) noted.add(r.n)
  }
  for (const n of table.blank ?? []) note('row-skipped', { zh: '空行，已跳过', en: 'blank row, skipped' }, n)
  for (const n of table.after) note('after-table', { zh: '表格之后（隔两行空行）的内容，未读取', en: 'content after the table (past two blank rows), not read' }, n)

  for (const col of missing) at(headerRow, `${col.zh} (${col.name})`, '', { zh: '缺少必填列', en: 'required column missing' })
  for (const name of map.repeated) at(headerRow, name, '', { zh: '该列只能出现一次', en: 'this column may appear only once' })
  for (const u of map.unknown) problems.push({ file, sheet, row: headerRow, column: u, value: u, severity: 'warning', expected: { zh: '未知列，已忽略', en: 'unknown column, ignored' } })

  // Units: from each header, else from the sheet's unit line; a unit that contradicts its column stops the sheet.
  const factors = new Map<string, number>()
  let unitError = false
  for (const col of spec.columns) {
    const i = map.index.get(col.name)
    if (i === undefined) continue
    const s = scaling(col, headerUnit(headers[i] ?? '').unit, table.units)
    if (!s) continue
    if ('error' in s) {
      unitError = true
      at(headerRow, col.name, shown(headers[i]), s.error)
      continue
    }
    factors.set(col.name, s.factor)
    note('scaled', {
      zh: `“${headers[i]}”按${s.word}换算为${col.unit?.zh ?? '基本单位'}（×${s.factor.toLocaleString('en')}）${s.from === 'line' ? '，单位取自表头上方的单位行' : ''}`,
      en: `"${headers[i]}" scaled from ${s.word} to ${col.unit?.en ?? 'base units'} (×${s.factor.toLocaleString('en')})${s.from === 'line' ? ', unit from the unit line above the header' : ''}`,
    }, headerRow, label(i))
  }
  const labels = Object.fromEntries([...map.index].map(([name, i]) => [name, label(i)]))
  if (missing.length || map.repeated.length || unitError) return { records, rowNumbers, total: dataRows.length, problems, notes, labels }
  if (makeIds) note('ids', idNote(makeIds.id, makeIds.from), headerRow)
  if (titleYear !== null) note('inferred', { zh: `表中没有“年份”列：年份取自表题或表名（${titleYear}）`, en: `no year column: the year is taken from the title or name (${titleYear})` }, table.headerRow)
  if (inferKind) note('inferred', { zh: '文件没有“类型”列：按名称判断（含“劳模”为劳模创新工作室，含“工匠”为工匠创新工作室，其余为职工创新工作室）', en: 'the file has no kind column: taken from the name (劳模 → model-worker, 工匠 → craftsman, otherwise worker)' }, headerRow)

  const dated = new Set<string>()
  // Placeholders and rounded yuan: one note per column, with its first row and how many cells.
  const once = new Map<string, { note: ImportNote; count: number; first: string }>()
  const noteOnce = (kind: ImportNote['kind'], n: number, i: number, first: string, text: (first: string, count: number) => Bilingual) => {
    const key = `${kind}:${i}`
    const had = once.get(key)
    if (had) {
      had.note.text = text(had.first, ++had.count)
      return
    }
    const made: ImportNote = { kind, file, sheet, row: n, column: cellLabel(i), text: text(first, 1) }
    once.set(key, { note: made, count: 1, first })
    notes.push(made)
  }
  const names = storedColumns(spec)
  for (const [done, { cells: r, n, from: cellsFrom }] of dataRows.entries()) {
    if (done % 20_000 === 0) onRows(done, dataRows.length)
    from = cellsFrom
    const row: Record<string, Value> = { ...spec.constants }
    let bad = false
    for (const col of spec.columns) {
      const i = map.index.get(col.name)
      if (i !== undefined && table.unsaved.has(`${n}:${i}`)) {
        bad = true
        at(n, col.name, '', { zh: '公式没有保存的计算结果：请在 Excel 或 WPS 中打开、重新计算并保存后再导入', en: 'a formula with no saved result: open the file in Excel or WPS, recalculate, save, then import again' })
        continue
      }
      let raw = i === undefined ? (col.name === 'year' ? titleYear : null) : r[i]
      if (i !== undefined && isPlaceholder(raw) && !col.required) {
        noteOnce('blanked', n, i, shown(raw), (first, count) => ({
          zh: `“${headers[i]}”中的占位符（如“${first}”）按空白读取，共 ${count} 处`,
          en: `placeholders in "${headers[i]}" (e.g. "${first}") read as blank, ${count} cell${count > 1 ? 's' : ''}`,
        }))
        raw = null
      }
      if (isBlank(raw) || (isPlaceholder(raw) && col.required)) {
        row[col.name] = null
        if (col.required && !given(col.name)) {
          bad = true
          at(n, col.name, isBlank(raw) ? '' : shown(raw), { zh: '必填', en: 'required' })
        }
        continue
      }
      const factor = factors.get(col.name)
      if (factor) raw = scaled(raw, factor)
      const res = readCell(col, raw, now)
      if (!res.ok) {
        bad = true
        at(n, col.name, shown(raw), res.expected)
        continue
      }
      if (col.type === 'year' && !dated.has(col.name) && String(res.cell.value) !== String(raw).trim()) {
        dated.add(col.name)
        note('dates', { zh: `“${headers[i!]}”中的日期按年份读取（如 ${shown(raw)} → ${res.cell.value}）`, en: `dates in "${headers[i!]}" read as their year (e.g. ${shown(raw)} → ${res.cell.value})` }, n, label(i!))
      }
      row[col.name] = res.cell.value
      if (res.rounded) {
        noteOnce('rounded', n, i!, `${shown(raw)} → ${res.cell.value}`, (first, count) => ({
          zh: `“${headers[i!]}”中的金额按元四舍五入取整（如 ${first}），共 ${count} 处`,
          en: `amounts in "${headers[i!]}" rounded to whole yuan (e.g. ${first}), ${count} cell${count > 1 ? 's' : ''}`,
        }))
      }
      if (res.cell.qualifier) {
        const hedged = spec.columns.some((c) => c.qualifierOf === col.name)
        if (hedged) row[`~${col.name}`] = res.cell.qualifier
        else at(n, col.name, shown(raw), { zh: `按 ${res.cell.value} 记录（原文为约数）`, en: `stored as ${res.cell.value} (the file gives an approximate figure)` }, 'warning')
      }
    }
    for (const col of spec.columns) if (col.qualifierOf && row[col.name] == null) row[col.name] = (row[`~${col.qualifierOf}`] as string) ?? 'exact'
    if (inferKind && row.kind == null && typeof row.name === 'string') row.kind = kindFromName(row.name)
    if (makeIds && !bad) {
      row[makeIds.id] = makeId(row, makeIds.from)
      if (row[makeIds.id] == null) {
        bad = true
        at(n, makeIds.from.find((c) => row[c] == null) ?? makeIds.id, '', { zh: '生成编号所需，必填', en: 'required to make the id' })
      }
    }
    for (const rule of spec.rules) {
      if (!bad && !rule.check(row)) {
        bad = true
        at(n, rule.column, String(row[rule.column]), rule.expected)
      }
    }
    if (bad) continue
    const key = spec.key.map((k) => row[k]).join('\u0001')
    const where = seen.get(key)
    if (where) {
      const same = where.file === file
      at(n, spec.key[0]!, spec.key.map((k) => row[k]).join(' / '), {
        zh: `不重复的${spec.key.join(' + ')}（与${same ? '' : `${where.file} `}第${where.row}行重复）`,
        en: `a unique ${spec.key.join(' + ')} (duplicates row ${where.row}${same ? '' : ` of ${where.file}`})`,
      })
      continue
    }
    seen.set(key, { file, row: n })
    records.push(names.map((k) => row[k] ?? null))
    rowNumbers.push(n)
  }
  return { records, rowNumbers, total: dataRows.length, problems, notes, labels }
}

/** The column names of a table as stored: the spec's columns, then its constants. */
export function storedColumns(spec: TableSpec): string[] {
  return [...spec.columns.map((c) => c.name), ...Object.keys(spec.constants ?? {})]
}

