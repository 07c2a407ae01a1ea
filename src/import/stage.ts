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
