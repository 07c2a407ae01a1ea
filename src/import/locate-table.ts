import { isBlank, type Raw } from './cells'
import { continuesHeader, fillMerges, flattenHeader } from './header-rows'
import { unitLine } from './units'
import type { SheetInput } from './validate'

/** A table found in a sheet: one header name per column and the rows below it, with spreadsheet row numbers. */
export interface LocatedTable {
  file: string
  sheet: string
  /** Spreadsheet row number of the first header row, and how many header rows there are. */
  headerRow: number
  headerRows: number
  headers: string[]
  /** Non-blank rows below the header, up to the end of the table; `from` is each cell's column in the sheet when reshaped. */
  rows: { n: number; cells: Raw[]; from?: number[] }[]
  /** The sheet's own headers, when the table was reshaped (years across turned into rows). */
  sourceHeaders?: string[]
  /** Title lines above the header ("2025年各区法律援助情况（件）"): they may name the measure and its unit. */
  titles: string[]
  /** The unit line above the header (金额单位：万元), if any. */
  units: ReturnType<typeof unitLine>
  /** `${row number}:${column index}` of cells whose formula has no saved value. */
  unsaved: Set<string>
  /** Rows after the end of the table that were left out, with their numbers. */
  after: number[]
  /** Blank rows between the header and the table's last row, skipped (each is noted). */
  blank: number[]
  /** The one year the title (or the sheet's or file's name) names, for a table without a year column. */
  year: number | null
}

/** The one year a text names ("2025年各区…", "2025年度"), or null when it names none or several. */
export function yearInText(text: string): number | null {
  const years = new Set([...text.normalize('NFKC').matchAll(/(?<!\d)((?:19|20)\d{2})\s*年(?![\d—–-])/g)].map((m) => Number(m[1])))
  return years.size === 1 ? [...years][0]! : null
}

const PREAMBLE = /填报单位|填表单位|报送单位|统计时间|报表期|制表单位|报送日期|填报日期|表\s*号|^\s*单位[:：]/
const MAX_PREAMBLE = 15
const MAX_HEADER_ROWS = 3

const text = (c: Raw) => (c == null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim())

/** Whether a row above the header is a title or a unit line: one distinct text, or a 填报单位 / 单位： line. */
function isPreamble(row: Raw[]): boolean {
  const values = new Set(row.map(text).filter(Boolean))
  const joined = [...values].join(' ')
  return values.size <= 1 || PREAMBLE.test(joined) || unitLine(joined) !== null
}

/**
 * Finds the table in a sheet: skips titles and unit lines, takes one to three header rows (merged or
 * grouped headings flattened), and ends at the last row before two blank rows or a footnote block's end.
 */
export function locateTable(input: SheetInput): LocatedTable | null {
  const rows = fillMerges(input.rows, input.merges)
  const titles: string[] = []
  let units = null as LocatedTable['units']
  let h = 0
  for (; h < rows.length; h++) {
    const row = rows[h]!
    if (row.every(isBlank)) continue
    if (h >= MAX_PREAMBLE || !isPreamble(row)) break
    const joined = [...new Set(row.map(text).filter(Boolean))].join(' ')
    const line = unitLine(joined)
    if (line) units = { money: line.money ?? units?.money ?? null, other: line.other ?? units?.other ?? null }
    titles.push(joined)
  }
  if (h >= rows.length) return null
  // A merged heading spanning columns in a header row, as report sheets have.
  const spans = (r: number) => (input.merges ?? []).some((m) => m.r0 === r && (m.c1 > m.c0 || m.r1 > m.r0))
  let depth = 1
  while (depth < MAX_HEADER_ROWS && h + depth < rows.length && continuesHeader(rows[h + depth - 1]!, rows[h + depth]!, spans(h + depth - 1))) depth++
  const headers = flattenHeader(rows.slice(h, h + depth))
  const body: LocatedTable['rows'] = []
  const after: number[] = []
  const blank: number[] = []
  let blanks = 0
  for (let r = h + depth; r < rows.length; r++) {
    const cells = rows[r]!
    if (cells.every(isBlank)) {
      blanks++
      continue
    }
    // Two blank rows end the table: what follows (a second table, notes) is not its data.
    if (blanks >= 2 && body.length) after.push(r + 1)
    else {
      // A single blank row inside the table (or blank rows right under the header) is skipped and said.
      for (let b = r - blanks; b < r; b++) blank.push(b + 1)
      body.push({ n: r + 1, cells })
    }
    if (after.length) blanks = 2
    else blanks = 0
  }
  const unsaved = new Set((input.unsaved ?? []).map((u) => `${u.row + 1}:${u.col}`))
  const year = yearInText(titles.join(' ')) ?? yearInText(input.sheet) ?? yearInText(input.file)
  return { file: input.file, sheet: input.sheet, headerRow: h + 1, headerRows: depth, headers, rows: body, titles, units, unsaved, after, blank, year }
}
