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
