import { DISTRICTS_SPEC, FACTS, TARGETS } from './reference-tables'
import type { TableSpec } from './schema'
import { TABLES } from './tables'

/** Every table a template is offered for, in the order the data page lists them. */
export const ALL_TABLES: TableSpec[] = [...TABLES, TARGETS, FACTS, DISTRICTS_SPEC]

/** The tables a steward may import. */
export const IMPORTABLE: TableSpec[] = ALL_TABLES.filter((t) => t.importable)

/** The spec of a table by name. */
export function specOf(table: string): TableSpec {
  const spec = ALL_TABLES.find((t) => t.table === table)
  if (!spec) throw new Error(`unknown table ${table}`)
  return spec
}
