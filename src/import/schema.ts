import type { Qualifier } from '../domain/format'

/** zh + en text. */
export interface Bilingual { zh: string; en: string }

/**
 * How a cell is read: `district` accepts any district alias; `count` and `yuan` are non-negative integers
 * that may be written 3.05万 / 近3500万 / １，２３４; `enum` accepts the code or its zh/en label.
 */
export type ColumnType = 'id' | 'text' | 'district' | 'region' | 'enum' | 'year' | 'date' | 'count' | 'yuan' | 'number' | 'url'

/** One column of an importable table, as the template documents it and the validator enforces it. */
export interface ColumnSpec {
  name: string
  zh: string
  type: ColumnType
  required: boolean
  /** Allowed codes with their labels, for `enum` columns. */
  values?: Record<string, Bilingual>
  /** Other header spellings accepted for this column. */
  aliases?: string[]
  unit?: Bilingual
  note: Bilingual
  example: string | number
  /** For a qualifier column: when blank, take the hedge (近/余/约) written in this value column. */
  qualifierOf?: string
}

/** A rule across two columns of one row, e.g. transformed ≤ outputs. */
export interface RowRule {
  /** Column the problem is reported against. */
  column: string
  check: (row: Record<string, Value>) => boolean
  expected: Bilingual
}

/** An importable table: its columns, key and row rules. */
export interface TableSpec {
  table: string
  label: Bilingual
  columns: ColumnSpec[]
  /** Columns that identify a row; two rows with the same key are duplicates. */
  key: string[]
  rules: RowRule[]
  /** Reference tables are documented by a template but shipped with the app, not imported. */
  importable: boolean
  /** Columns the table stores that the file does not provide, with their value (e.g. provenance). */
  constants?: Record<string, string>
}

/** A cleaned cell value. */
export type Value = string | number | null

/** A cleaned cell with a note when the file hedged it (近/余/约). */
export interface Cell { value: Value; qualifier?: Qualifier }

/** The SQL type each column type is stored as. */
export const SQL_TYPE: Record<ColumnType, string> = {
  id: 'VARCHAR', text: 'VARCHAR', district: 'VARCHAR', region: 'VARCHAR', enum: 'VARCHAR', url: 'VARCHAR',
  year: 'INTEGER', date: 'DATE', count: 'INTEGER', yuan: 'BIGINT', number: 'DOUBLE',
}
