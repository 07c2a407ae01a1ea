import { isBlank, type Raw } from './cells'
import { foldHeader } from './headers'
import type { LocatedTable } from './locate-table'
import { districtFromText } from './names'
import type { ImportNote } from './notes'
import { TABLES } from './tables'
import { synonymsOf } from './synonyms'
import { headerUnit } from './units'

/** "2021", "2021年", "2021年度" as a column heading: the year, else null. */
export function yearHeading(text: string): number | null {
  const last = text.split('/').at(-1)!.normalize('NFKC').trim()
  const m = /^((?:19|20)\d{2})\s*(?:年度?)?$/.exec(last)
  return m ? Number(m[1]) : null
}

/** Tables with one row per district and year: the ones a yearbook sheet can feed. */
const PANELS = TABLES.filter((t) => t.key.join() === 'district_code,year')

/**
 * The measure a text names ("各区法律援助案件数（件）" → rights.cases), by the longest column name found in it,
 * with the unit the text gives. Null when no column is named.
 */
export function measureIn(text: string): { table: string; column: string; header: string } | null {
  const folded = foldHeader(text)
  let best: { table: string; column: string; len: number; zh: string } | null = null
  for (const spec of PANELS) {
    for (const col of spec.columns) {
      if (col.type !== 'count' && col.type !== 'yuan') continue
      for (const name of [col.zh, ...(col.aliases ?? []), ...synonymsOf(spec.table, col.name)].map(foldHeader)) {
        if (name.length >= 2 && folded.includes(name) && (!best || name.length > best.len)) best = { table: spec.table, column: col.name, len: name.length, zh: col.zh }
      }
    }
  }
  if (!best) return null
  const unit = headerUnit(text.normalize('NFKC').trim()).unit
  return { table: best.table, column: best.column, header: unit ? `${best.zh}（${unit.word}）` : best.zh }
}

/**
 * A yearbook sheet (districts down, 2021年 … 2025年 across, or the reverse) as district × year rows:
 * 区, 年份 and one column for the measure, named from the header, the sheet name or the title. When the measure
 * cannot be told the column is called 数值 and the mapping step asks.
 */
export function yearsAcross(table: LocatedTable): { table: LocatedTable; notes: ImportNote[]; measure: string | null } | null {
  const years = table.headers.map(yearHeading)
  const yearCols = years.map((y, i) => (y === null ? -1 : i)).filter((i) => i >= 0)
  const districtCols = table.headers.map((h, i) => (yearHeading(h) === null && h && districtFromText(h.split('/').at(-1)!) ? i : -1)).filter((i) => i >= 0)
  const across = yearCols.length >= 2 ? 'years' : districtCols.length >= 2 ? 'districts' : null
  if (!across) return null
  const labelCol = table.headers.findIndex((_, i) => !yearCols.includes(i) && !districtCols.includes(i) && table.rows.some((r) => !isBlank(r.cells[i])))
  if (labelCol < 0) return null
  const texts = [table.headers[labelCol] ?? '', ...table.titles, table.sheet, table.file]
  const named = texts.map(measureIn).find(Boolean) ?? null
  // The unit may be in the title even when the measure is named by the sheet: "会员" sheet, "（万人）" title.
  const titleUnit = table.titles.map((t) => headerUnit(t).unit).find(Boolean) ?? null
  const found = named && !/[（(]/.test(named.header) && titleUnit ? { ...named, header: `${named.header}（${titleUnit.word}）` } : named
  const valueHeader = found?.header ?? (titleUnit ? `数值（${titleUnit.word}）` : '数值')
  const rows: LocatedTable['rows'] = []
  for (const r of table.rows) {
    const label = r.cells[labelCol]
    if (isBlank(label)) continue
    for (const j of across === 'years' ? yearCols : districtCols) {
      const value = r.cells[j]
      if (isBlank(value)) continue
      const cells: Raw[] = across === 'years' ? [label, years[j], value] : [table.headers[j]!.split('/').at(-1)!, label, value]
      rows.push({ n: r.n, cells, from: [labelCol, j, j] })
    }
  }
  const unsaved = new Set<string>()
  for (const key of table.unsaved) {
    const [n, c] = key.split(':').map(Number)
    if ((across === 'years' ? yearCols : districtCols).includes(c!)) unsaved.add(`${n}:2`)
  }
  const note: ImportNote = {
    kind: 'unpivoted', file: table.file, sheet: table.sheet, row: table.headerRow,
    text: {
      zh: `${across === 'years' ? '年份横排' : '各区横排'}的表已转为“区 × 年份”行（${yearCols.length || districtCols.length}列）；数值为${found ? `“${found.header}”` : '未能判断的指标，请在下方确认'}`,
      en: `${across === 'years' ? 'years' : 'districts'} across the columns turned into district × year rows (${yearCols.length || districtCols.length} columns); the values are ${found ? `"${found.header}"` : 'a measure that could not be told: confirm it below'}`,
    },
  }
  return {
    table: { ...table, headers: ['区', '年份', valueHeader], rows, unsaved, sourceHeaders: table.headers },
    notes: [note],
    measure: found ? `${found.table}.${found.column}` : null,
  }
}

/**
 * One yearbook measure per sheet, several sheets of a workbook: joined into one district × year table, a
 * column per measure, so a table whose measures are all required (members: 会员 and 职工) can land.
 */
export function joinAcross(tables: LocatedTable[]): LocatedTable {
  const first = tables[0]!
  const headers = ['区', '年份', ...tables.map((t) => t.headers[2]!)]
  const byKey = new Map<string, LocatedTable['rows'][number]>()
  const rows: LocatedTable['rows'] = []
  tables.forEach((t, k) => {
    for (const r of t.rows) {
      const key = `${districtFromText(String(r.cells[0] ?? '')) ?? foldHeader(r.cells[0])}|${String(r.cells[1])}`
      let row = byKey.get(key)
      if (!row) {
        row = { n: r.n, cells: [r.cells[0], r.cells[1], ...tables.map(() => null)], from: r.from ? [r.from[0]!, r.from[1]!, ...tables.map(() => r.from![2]!)] : undefined }
        byKey.set(key, row)
        rows.push(row)
      }
      row.cells[2 + k] = r.cells[2]
      if (row.from && r.from) row.from[2 + k] = r.from[2]!
    }
  })
  const unsaved = new Set<string>()
  tables.forEach((t, k) => {
    for (const key of t.unsaved) unsaved.add(`${key.split(':')[0]}:${2 + k}`)
  })
  return { ...first, sheet: tables.map((t) => t.sheet).join('、'), headers, rows, unsaved }
}
