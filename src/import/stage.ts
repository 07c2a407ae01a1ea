import type { Value } from './schema'
import type { TableImport } from './run'

const cell = (v: Value) => (v === null ? '' : typeof v === 'number' ? String(v) : `"${v.replace(/"/g, '""')}"`)

/**
 * The valid rows as a CSV the engine reads with declared column types: every string quoted, NULL as an
 * empty unquoted field. Built in the import worker, so the main thread never loops over the rows.
 */
export function stagingCsv(t: TableImport): string {
  const lines = [t.columns.join(',')]
  for (const r of t.records) lines.push(r.map(cell).join(','))
  return `${lines.join('\n')}\n`
}

/** The latest year in a table's `year` column (or named_year / founded_year), for 数据截至. */
export function maxYear(t: TableImport): number | null {
  const i = ['year', 'named_year', 'founded_year'].map((c) => t.columns.indexOf(c)).find((x) => x >= 0) ?? -1
  if (i < 0) return null
  let max: number | null = null
  for (const r of t.records) if (typeof r[i] === 'number' && (max === null || r[i] > max)) max = r[i]
  return max
}

/** The year column and its district for 报送进度: as the grid counts a table's rows (workshops by the year named). */
const PROGRESS_YEAR: Record<string, string> = { members: 'year', rights: 'year', training: 'year', competitions: 'year', workshops: 'named_year', innovation: 'year' }

/**
 * Rows per year and district of a checked table, as 报送进度 counts them; innovation rows take their workshop's
 * district from the workshops of the same import (a workshop only in the dataset appended to is not counted).
 */
export function reportedCells(t: TableImport, all: TableImport[]): { year: number; district_code: string; n: number }[] {
  const y = t.columns.indexOf(PROGRESS_YEAR[t.table] ?? '')
  if (y < 0) return []
  let districtOf: (r: Value[]) => Value = (r) => r[t.columns.indexOf('district_code')] ?? null
  if (t.table === 'innovation') {
    const w = all.find((x) => x.table === 'workshops')
    const id = w ? w.columns.indexOf('workshop_id') : -1
    const d = w ? w.columns.indexOf('district_code') : -1
    const byId = new Map((w?.records ?? []).map((r) => [r[id], r[d]]))
    const own = t.columns.indexOf('workshop_id')
    districtOf = (r) => byId.get(r[own] ?? null) ?? null
  } else if (!t.columns.includes('district_code')) return []
  const counts = new Map<string, { year: number; district_code: string; n: number }>()
  for (const r of t.records) {
    const year = r[y]
    const district = districtOf(r)
    if (typeof year !== 'number' || typeof district !== 'string') continue
    const key = `${year}:${district}`
    const had = counts.get(key)
    if (had) had.n++
    else counts.set(key, { year, district_code: district, n: 1 })
  }
  return [...counts.values()]
}
