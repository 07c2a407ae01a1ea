/** The part of an Arrow table this module reads (apache-arrow's own typings do not resolve under `exports`). */
export interface ArrowTable {
  schema: { fields: { name: string; type: { typeId: number; scale?: number } }[] }
  [Symbol.iterator](): Iterator<unknown>
}

/** A plain result row: numbers, strings, booleans or null; never BigInt or Arrow values. */
export type Row = Record<string, number | string | boolean | null>

// Arrow type ids (apache-arrow's Type enum) that need converting to plain values.
const INT = 2
const DECIMAL = 7
const DATE = 8
const TIMESTAMP = 10

type Convert = (value: unknown) => Row[string]

function converterFor(typeId: number, scale: number): Convert {
  switch (typeId) {
    case INT:
      return (v) => (typeof v === 'bigint' ? Number(v) : (v as number | null))
    case DECIMAL:
      // HUGEINT and DECIMAL arrive as unscaled big numbers whose String() is exact.
      return (v) => (v == null ? null : Number(String(v)) / 10 ** scale)
    case DATE:
      return (v) => (v == null ? null : new Date(v as number | Date).toISOString().slice(0, 10))
    case TIMESTAMP:
      return (v) => (v == null ? null : new Date(Number(v)).toISOString())
    default:
      return (v) => (typeof v === 'bigint' ? Number(v) : (v as Row[string]))
  }
}

/** Converts an Arrow table to plain rows; the only place that knows Arrow. */
export function arrowToRows(table: ArrowTable): Row[] {
  const fields = table.schema.fields.map((f) => {
    return { name: f.name, convert: converterFor(f.type.typeId, f.type.scale ?? 0) }
  })
  const rows: Row[] = []
  for (const record of table as Iterable<unknown>) {
    const row: Row = {}
    const source = record as unknown as Record<string, unknown>
    for (const { name, convert } of fields) row[name] = convert(source[name])
    rows.push(row)
  }
  return rows
}
