import type { CheckedImport } from './protocol'
import { runImport, type ImportFile, type ImportOptions, type Progress } from './run'
import { maxYear, reportedCells, stagingCsv } from './stage'

/**
 * Reads and checks files, and stages each table's valid rows as a typed CSV for the engine: what the browser's
 * import worker sends back, and what `npm run publish` builds from. One code path for both.
 */
export async function checkFiles(files: ImportFile[], onProgress?: (p: Progress) => void, options?: ImportOptions): Promise<CheckedImport> {
  const result = await runImport(files, onProgress, options)
  return {
    ...result,
    tables: result.tables.map((t) => ({ table: t.table, columns: t.columns, files: t.files, rows: t.records.length, csv: stagingCsv(t), maxYear: maxYear(t), reported: reportedCells(t, result.tables) })),
  }
}
