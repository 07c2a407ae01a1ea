import type { Filters } from '../../domain/filters'
import { selectedDistricts } from '../../domain/filters'
import type { Param } from '../engine'

/** A SQL condition and the parameters its `?` placeholders take, in order. */
export interface Predicate {
  sql: string
  params: Param[]
}

/** `column` is one of the given codes; the list travels as one parameter, never in the SQL text. */
export function inList(column: string, values: string[]): Predicate {
  return { sql: `list_contains(string_split(CAST(? AS VARCHAR), ','), ${column})`, params: [values.join(',')] }
}

/** The filters' districts (chosen, zone or whole city), years [from, to] and workshop level (where the relation has one). */
export function filterPredicate(f: Filters, opts: { district?: string; year?: string; level?: string | null } = {}): Predicate {
  const parts: Predicate[] = [
    inList(opts.district ?? 'district_code', selectedDistricts(f)),
    { sql: `${opts.year ?? 'year'} BETWEEN ? AND ?`, params: [f.from, f.to] },
  ]
  if (opts.level !== null && f.level !== 'all') parts.push({ sql: `${opts.level ?? 'level'} = ?`, params: [f.level] })
  return { sql: parts.map((p) => p.sql).join(' AND '), params: parts.flatMap((p) => p.params) }
}

/** Every condition holds: each in parentheses, parameters in order. */
export function and(parts: Predicate[]): Predicate {
  return { sql: parts.map((p) => `(${p.sql})`).join(' AND '), params: parts.flatMap((p) => p.params) }
}

/** `%text%` for LIKE, with the LIKE wildcards and the escape character in the text taken literally. */
export function likePattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}
