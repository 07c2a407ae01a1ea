import Papa from 'papaparse'
import { readXlsxFile, type XlsxSheet } from './xlsx'
import type { Raw } from './cells'
import type { Bilingual } from './schema'
import type { SheetInput } from './validate'

/** Stated limits: beyond them a file is refused with a message, never half-read. */
export const LIMITS = { bytes: 100 * 1024 * 1024, rows: 1_000_000, columns: 100 }

/** A file that cannot be read at all; the message names what is wrong in both languages. */
export class ImportFileError extends Error {
  constructor(readonly file: string, readonly reason: Bilingual) {
    super(`${file}: ${reason.en}`)
    this.name = 'ImportFileError'
  }
}

export type FileFormat = 'csv' | 'xlsx' | 'parquet' | 'xls'

/**
 * Legacy .xls and WPS .et (both the old binary compound format) are not read: no maintained npm reader fits (the
 * npm `xlsx` is abandoned and carries advisories), so the steward is told exactly how to save the file as .xlsx.
 */
export const XLS_ADVICE = {
  zh: '这是旧版 .xls（或 WPS .et）格式，无法直接读取。请另存为 .xlsx 后再导入——Excel：“文件”→“另存为”→“保存类型”选“Excel 工作簿 (*.xlsx)”→“保存”；WPS 表格：左上角“文件”→“另存为”→“文件类型”选“Microsoft Excel 文件 (*.xlsx)”→“保存”。',
  en: 'this is a legacy .xls (or WPS .et) file, which cannot be read; please save as .xlsx and import that. In Excel, File → Save As → Save as type "Excel Workbook (*.xlsx)" → Save; in WPS Spreadsheets, File → Save As → File type "Microsoft Excel File (*.xlsx)" → Save.',
}

/** The format from the first bytes, not the name: a binary renamed .csv is caught here. */
export function sniff(bytes: Uint8Array): FileFormat {
  const head = String.fromCharCode(...bytes.subarray(0, 4))
  if (head === 'PK\u0003\u0004') return 'xlsx'
  if (head === 'PAR1') return 'parquet'
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls'
  return 'csv'
}

/** Decodes CSV bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'UTF-8' }
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' }
  }
}

/** Whether decoded text looks like a binary file: many NULs or control characters near the start. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096)
  const control = head.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0
  return control > head.length * 0.02
}

/** The line (1-based) of a NUL in the first 4 KB of otherwise text, or 0: said as such, not as binary data. */
function nulLine(text: string): number {
  const at = text.slice(0, 4096).indexOf('\u0000')
  return at < 0 ? 0 : text.slice(0, at).split(/\r\n|\r|\n/).length
}

function checkShape(file: string, rows: Raw[][]) {
  // The header is not a data row, nor is the empty line after a final newline.
  const n = rows.length - 1 - (rows.at(-1)?.every((c) => c == null || c === '') ? 1 : 0)
  if (n > LIMITS.rows) throw new ImportFileError(file, { zh: `超过${LIMITS.rows.toLocaleString()}行的上限（${n}行）`, en: `more than the ${LIMITS.rows.toLocaleString()}-row limit (${n} rows)` })
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0)
  if (width > LIMITS.columns) throw new ImportFileError(file, { zh: `超过${LIMITS.columns}列的上限（${width}列）`, en: `more than the ${LIMITS.columns}-column limit (${width} columns)` })
}

/** Reads a CSV or XLSX file into sheets of raw cells; Parquet is read by the engine, not here. */
export async function readSheets(file: string, bytes: Uint8Array): Promise<SheetInput[]> {
  if (bytes.length === 0) throw new ImportFileError(file, { zh: '文件为空', en: 'the file is empty' })
  if (bytes.length > LIMITS.bytes) throw new ImportFileError(file, { zh: `文件超过${LIMITS.bytes / 1024 / 1024} MB的上限`, en: `the file is over the ${LIMITS.bytes / 1024 / 1024} MB limit` })
  const format = sniff(bytes)
  if (format === 'xls') throw new ImportFileError(file, XLS_ADVICE)
  if (format === 'parquet') throw new ImportFileError(file, { zh: 'Parquet 文件须由数据引擎读取', en: 'Parquet files are read by the engine' })
  if (format === 'xlsx') {
    let sheets: XlsxSheet[]
    try {
      sheets = await readXlsxFile(bytes)
    } catch {
      throw new ImportFileError(file, { zh: 'XLSX 文件已损坏或不是有效的 Excel 工作簿', en: 'the XLSX file is corrupt or not an Excel workbook' })
    }
    for (const s of sheets) checkShape(file, s.data)
    return sheets.map((s) => ({ file, sheet: s.sheet, rows: s.data, merges: s.merges, unsaved: s.unsaved, hidden: s.hidden }))
  }
  const { text } = decodeText(bytes)
  if (looksBinary(text)) throw new ImportFileError(file, { zh: '不是文本格式的 CSV 文件（内容为二进制数据）', en: 'not a text CSV file (the content is binary)' })
  const nul = nulLine(text)
  if (nul) throw new ImportFileError(file, { zh: `第${nul}行含有空字符（NUL，\\0）：文件可能在保存或传输中损坏，请删除该字符或重新导出后再导入`, en: `line ${nul} holds a NUL character (\\0): the file may have been damaged when saved or copied; remove it or export the file again` })
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';', '|'] })
  const broken = parsed.errors.find((e) => e.type === 'Quotes')
  if (broken) throw new ImportFileError(file, { zh: `第${(broken.row ?? 0) + 1}行引号不配对`, en: `unmatched quote on row ${(broken.row ?? 0) + 1}` })
  checkShape(file, parsed.data)
  return [{ file, sheet: '', rows: parsed.data }]
}
