import type { ImportResult, Progress } from './run'

/** A table's checked rows as they leave the worker: a typed staging CSV, not objects. */
export interface CheckedTable {
  table: string; columns: string[]; files: string[]; rows: number; csv: string; maxYear: number | null
  /** Rows per year and district, for 报送进度 while the check is under way (nothing stored yet). */
  reported?: { year: number; district_code: string; n: number }[]
}

/** What the worker found, with rows ready for the engine. */
export type CheckedImport = Omit<ImportResult, 'tables'> & { tables: CheckedTable[] }

/** Messages from the import worker. */
export type WorkerReply =
  | { type: 'progress'; progress: Progress }
  | { type: 'done'; result: CheckedImport }
  | { type: 'failed'; message: string }
