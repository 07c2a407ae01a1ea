import type { LocatedTable } from './locate-table'
import type { ImportNote } from './notes'

/** Not yet: a sheet with years across its columns stays as it is. */
export function yearsAcross(table: LocatedTable): { table: LocatedTable; notes: ImportNote[] } | null {
  void table
  return null
}
