import type { Bilingual, Value } from './schema'
import type { Problem } from './validate'

/** A column whose values must name a row of another table: innovation rows name a workshop. */
export interface Reference { table: string; column: string; ref: string; refColumn: string; what: Bilingual }

/** The references the figures join on: a row whose reference names nothing is dropped from every figure. */
export const REFERENCES: Reference[] = [
  { table: 'innovation', column: 'workshop_id', ref: 'workshops', refColumn: 'workshop_id', what: { zh: '工作室', en: 'workshop' } },
]

/** Where a checked row came from: its file, sheet, spreadsheet row, and the referring column as the file names it. */
export interface RowPlace { file: string; sheet: string; row: number; columns: Record<string, string> }

/** A table's valid rows as the import holds them, with the place of each. */
export interface PlacedTable { table: string; columns: string[]; records: Value[][]; places: RowPlace[] }

/**
 * Finds rows whose reference names no row of the referred table, in this import or in `known` (the ids the
 * dataset being appended to already holds), reports each located, and takes them out of the import.
 * Nothing is stored before this runs, so a dangling row is said at check time, never lost after.
 */
export function dropDangling(tables: PlacedTable[], known: Record<string, string[]> = {}): { table: string; problem: Problem }[] {
  const problems: { table: string; problem: Problem }[] = []
  for (const r of REFERENCES) {
    const from = tables.find((t) => t.table === r.table)
    if (!from?.records.length) continue
    const to = tables.find((t) => t.table === r.ref)
    const ids = new Set<string>(known[r.ref] ?? [])
    const at = to ? to.columns.indexOf(r.refColumn) : -1
    if (to && at >= 0) for (const rec of to.records) if (rec[at] != null) ids.add(String(rec[at]))
    const i = from.columns.indexOf(r.column)
    const expected: Bilingual = ids.size
      ? { zh: `本次导入或目标数据集中已有的${r.what.zh}编号（找不到这个${r.what.zh}，该行会从所有图表中消失）`, en: `the id of a ${r.what.en} in this import or in the dataset appended to (no such ${r.what.en}: the row would drop out of every figure)` }
      : { zh: `需要${r.what.zh}表：本次导入没有${r.what.zh}，目标数据集中也没有。请把${r.what.zh}表一并导入，或追加到已有这些${r.what.zh}的数据集`, en: `needs the ${r.what.en}s table: neither this import nor the dataset appended to has ${r.what.en}s; import the ${r.what.en}s with it, or append to a dataset that has them` }
    const keep: number[] = []
    from.records.forEach((rec, k) => {
      const value = rec[i]
      if (value != null && ids.has(String(value))) return void keep.push(k)
      const place = from.places[k]!
      problems.push({ table: r.table, problem: { file: place.file, sheet: place.sheet, row: place.row, column: place.columns[r.column] ?? r.column, value: String(value ?? ''), severity: 'error', expected } })
    })
    if (keep.length === from.records.length) continue
    from.records = keep.map((k) => from.records[k]!)
    from.places = keep.map((k) => from.places[k]!)
  }
  return problems
}
