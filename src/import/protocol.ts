import type { ImportResult, Progress } from './run'

/** A table's checked rows as they leave the worker: a typed staging CSV, not objects. */
export interface CheckedTable { table: string; columns: string[]; files: string[]; rows: number; csv: string; maxYear: number | null }

/** What the worker found, with rows ready for the engine. */
export type CheckedImport = Omit<ImportResult, 'tables'> & { tables: CheckedTable[] }

/** Messages from the import worker. */
export type WorkerReply =
  | { type: 'progress'; progress: Progress }
  | { type: 'done'; result: CheckedImport }
  | { type: 'failed'; message: string }
