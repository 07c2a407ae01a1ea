// A small XLSX reader of our own (fflate unzips): read-excel-file cannot say which cells are merged, nor tell a
// formula without a saved value from an empty cell, and report sheets need both. Worker- and Node-safe: no DOM.
import { unzipSync } from 'fflate'
import type { Raw } from './cells'

/** A merged range, 0-based and inclusive. */
export interface Merge { r0: number; c0: number; r1: number; c1: number }

/** One worksheet: its cells, merged ranges, and the cells holding a formula the spreadsheet saved no value for. */
export interface XlsxSheet { sheet: string; data: Raw[][]; merges: Merge[]; unsaved: { row: number; col: number }[]; hidden: boolean }

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** XML text as the characters it stands for, including OOXML's _x000D_ escapes. */
function unescapeXml(s: string): string {
  return s
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITY[e] ?? m)
    .replace(/_x([0-9a-f]{4})_/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
}

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag)
  return m ? unescapeXml(m[2] ?? m[3] ?? '') : undefined
}

/** The text of a string item: plain <t>, or the runs of rich text; phonetic guides (<rPh>) left out. */
function itemText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '')
  let out = ''
  for (const m of plain.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g)) out += unescapeXml(m[1] ?? '')
  return out
}

/** "AB12" → { row: 11, col: 27 }. */
export function cellRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref.toUpperCase().replace(/\$/g, ''))
  if (!m) return { row: -1, col: -1 }
  let col = 0
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64
  return { row: Number(m[2]) - 1, col: col - 1 }
}

// Built-in number formats that show dates (ECMA-376 18.8.30, and the CJK ones).
const DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58])

/** Whether a custom format code shows a date: y, m, d, h or s (or 年月日) outside quotes and brackets. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '')
  return /[ymdhs年月日]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare)
}

/** Which style indexes format their number as a date. */
function dateStyles(styles: string | undefined): Set<number> {
  const out = new Set<number>()
  if (!styles) return out
  const custom = new Map<number, string>()
  for (const m of styles.matchAll(/<numFmt\b[^>]*>/g)) custom.set(Number(attr(m[0], 'numFmtId')), attr(m[0], 'formatCode') ?? '')
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? ''
  let i = 0
  for (const m of xfs.matchAll(/<xf\b[^>]*>/g)) {
    const id = Number(attr(m[0], 'numFmtId') ?? 0)
    if (DATE_FORMATS.has(id) || (custom.has(id) && isDateFormat(custom.get(id)!))) out.add(i)
    i++
  }
  return out
}

/** An Excel serial day number as a UTC date (1900 system, with its phantom 29 Feb 1900; or 1904). */
export function serialDate(serial: number, date1904 = false): Date {
  const days = date1904 ? serial + 1462 : serial < 60 ? serial + 1 : serial
  return new Date(Date.UTC(1899, 11, 30) + Math.round(days * 86_400_000))
}

function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = base.split('/').slice(0, -1)
  for (const p of target.split('/')) {
    if (p === '..') parts.pop()
    else if (p !== '.') parts.push(p)
  }
  return parts.join('/')
}

/** Every sheet of a workbook, in workbook order. Throws on anything that is not a readable workbook. */
export async function readXlsxFile(bytes: Uint8Array): Promise<XlsxSheet[]> {
  const files = unzipSync(bytes)
  const text = (path: string) => (files[path] ? new TextDecoder().decode(files[path]) : undefined)
  const workbook = text('xl/workbook.xml')
  if (!workbook) throw new Error('no workbook')
  const date1904 = /<workbookPr\b[^>]*date1904\s*=\s*"(1|true)"/.test(workbook)
  const rels = new Map<string, string>()
  for (const m of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)) rels.set(attr(m[0], 'Id') ?? '', resolve('xl/workbook.xml', attr(m[0], 'Target') ?? ''))
  const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\s*\/>/g)].map((m) => itemText(m[1] ?? ''))
  const dates = dateStyles(text('xl/styles.xml'))
  const sheets: XlsxSheet[] = []
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name') ?? ''
    const path = rels.get(attr(m[0], 'r:id') ?? '') ?? ''
    const xml = text(path)
    if (xml === undefined) continue
    sheets.push({ sheet: name, ...readSheet(xml, shared, dates, date1904), hidden: /^(hidden|veryHidden)$/.test(attr(m[0], 'state') ?? '') })
  }
  return sheets
}

function readSheet(xml: string, shared: string[], dates: Set<number>, date1904: boolean): Omit<XlsxSheet, 'sheet' | 'hidden'> {
  const data: Raw[][] = []
  const unsaved: { row: number; col: number }[] = []
  const body = /<sheetData\b[^>]*>([\s\S]*?)<\/sheetData>/.exec(xml)?.[1] ?? ''
  let lastRow = -1
  for (const rm of body.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rAttr = attr(rm[1]!, 'r')
    const row = rAttr ? Number(rAttr) - 1 : lastRow + 1
    lastRow = row
    let lastCol = -1
    for (const cm of (rm[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = attr(cm[1]!, 'r')
      const col = ref ? cellRef(ref).col : lastCol + 1
      lastCol = col
      const inner = cm[2] ?? ''
      const type = attr(cm[1]!, 't') ?? 'n'
      const style = Number(attr(cm[1]!, 's') ?? 0)
      const v = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(inner)?.[1]
      const formula = /<f\b/.test(inner)
      let value: Raw = null
      if (type === 'inlineStr') value = itemText(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '')
      else if (v === undefined || v === '') value = null
      else if (type === 's') value = shared[Number(v)] ?? ''
      else if (type === 'str') value = unescapeXml(v)
      else if (type === 'b') value = v === '1'
      else if (type === 'e') value = unescapeXml(v) // #DIV/0! and the like: shown as the file shows it, then refused
      else if (type === 'd') value = new Date(unescapeXml(v))
      else {
        const n = Number(v)
        value = dates.has(style) ? serialDate(n, date1904) : n
      }
      if (formula && (v === undefined || v === '') && type !== 'inlineStr') unsaved.push({ row, col })
      if (value === null || value === '') continue
      while (data.length <= row) data.push([])
      const cells = data[row]!
      while (cells.length < col) cells.push(null)
      cells[col] = value
    }
  }
  const merges: { r0: number; c0: number; r1: number; c1: number }[] = []
  for (const mm of xml.matchAll(/<mergeCell\b[^>]*>/g)) {
    const [a, b] = (attr(mm[0], 'ref') ?? '').split(':')
    if (!a) continue
    const s = cellRef(a)
    const e = cellRef(b ?? a)
    if (s.row >= 0 && e.row >= 0) merges.push({ r0: s.row, c0: s.col, r1: e.row, c1: e.col })
  }
  return { data, merges, unsaved }
}
