import { isBlank, readCell, type Raw } from './cells'
import { mapHeaders } from './headers'
import type { Bilingual, TableSpec, Value } from './schema'
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
  /** Data rows in the sheet (blank rows not counted). */
  total: number
  problems: Problem[]
}

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(i: number): string {
  let s = ''
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}

const shown = (raw: Raw) => (raw instanceof Date ? raw.toISOString().slice(0, 10) : raw == null ? '' : String(raw)).slice(0, 200)

/**
 * Checks every row of a sheet against its table: required columns, types, allowed values, years,
 * non-negative counts, row rules and duplicate keys (`seen` carries keys across the sheets of one import).
 */
export function validateSheet(
  spec: TableSpec, input: SheetInput, seen: Map<string, { file: string; row: number }>, onRows: (done: number, total: number) => void = () => {},
  now: Date = new Date(),
): SheetResult {
  const { file, sheet } = input
  const first = input.rows.findIndex((r) => r.some((c) => !isBlank(c)))
  const problems: Problem[] = []
  const records: Value[][] = []
  const rowNumbers: number[] = []
  if (first < 0) return { records, rowNumbers, total: 0, problems: [{ file, sheet, row: 1, column: '', value: '', severity: 'error', expected: { zh: '表头行和数据行', en: 'a header row and data rows' } }] }
  const header = input.rows[first]!
  const map = mapHeaders(spec, header)
  const at = (row: number, col: string, value: string, expected: Bilingual, severity: Problem['severity'] = 'error') => {
    const i = map.index.get(col)
    problems.push({ file, sheet, row, column: i === undefined ? col : `${shown(header[i])} (${columnLetter(i)})`, value, expected, severity })
  }
  const dataRows = input.rows.slice(first + 1).map((r, i) => ({ r, n: first + i + 2 })).filter(({ r }) => r.some((c) => !isBlank(c)))
  for (const col of map.missing) at(first + 1, `${col.zh} (${col.name})`, '', { zh: '缺少必填列', en: 'required column missing' })
  for (const name of map.repeated) at(first + 1, name, '', { zh: '该列只能出现一次', en: 'this column may appear only once' })
  for (const u of map.unknown) problems.push({ file, sheet, row: first + 1, column: u, value: u, severity: 'warning', expected: { zh: '未知列，已忽略', en: 'unknown column, ignored' } })
  if (map.missing.length || map.repeated.length) return { records, rowNumbers, total: dataRows.length, problems }

  const names = storedColumns(spec)
  for (const [done, { r, n }] of dataRows.entries()) {
    if (done % 20_000 === 0) onRows(done, dataRows.length)
    const row: Record<string, Value> = { ...spec.constants }
    let bad = false
    for (const col of spec.columns) {
      const i = map.index.get(col.name)
      const raw = i === undefined ? null : r[i]
      if (isBlank(raw)) {
        row[col.name] = null
        if (col.required) {
          bad = true
          at(n, col.name, '', { zh: '必填', en: 'required' })
        }
        continue
      }
      const res = readCell(col, raw, now)
      if (!res.ok) {
        bad = true
        at(n, col.name, shown(raw), res.expected)
        continue
      }
      row[col.name] = res.cell.value
      if (res.cell.qualifier) {
        const hedged = spec.columns.some((c) => c.qualifierOf === col.name)
        if (hedged) row[`~${col.name}`] = res.cell.qualifier
        else at(n, col.name, shown(raw), { zh: `按 ${res.cell.value} 记录（原文为约数）`, en: `stored as ${res.cell.value} (the file gives an approximate figure)` }, 'warning')
      }
    }
    for (const col of spec.columns) if (col.qualifierOf && row[col.name] == null) row[col.name] = (row[`~${col.qualifierOf}`] as string) ?? 'exact'
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
  return { records, rowNumbers, total: dataRows.length, problems }
}

/** The column names of a table as stored: the spec's columns, then its constants. */
export function storedColumns(spec: TableSpec): string[] {
  return [...spec.columns.map((c) => c.name), ...Object.keys(spec.constants ?? {})]
}
