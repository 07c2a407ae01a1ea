import { checkFiles } from '../../src/import/check'
import { prepareBytes, type Unreadable } from '../../src/import/prepare'
import type { CheckedImport } from '../../src/import/protocol'
import type { ImportFile } from '../../src/import/run'
import type { SourceFile } from './folder'

/** What the check found, and whether it lets the dataset be published. */
export interface Checked { checked: CheckedImport; errors: number; refused: boolean }

/**
 * The browser import's checks on a folder's files: the same preparation (Parquet read by the engine), the same
 * reading, recognition and validation. Refused when a file cannot be used, nothing is valid, or a row has an
 * error and invalid rows may not be skipped.
 */
export async function checkFolder(files: SourceFile[], skipInvalid: boolean): Promise<Checked> {
  const prepared = await Promise.all(files.map((f) => prepareBytes(f.name, f.bytes)))
  const unreadable = prepared.filter((p): p is Unreadable => 'reason' in p)
  const ready = prepared.filter((p): p is ImportFile => !('reason' in p))
  const result = await checkFiles(ready)
  const checked: CheckedImport = { ...result, fileErrors: [...unreadable.map((u) => ({ file: u.name, reason: u.reason })), ...result.fileErrors] }
  const errors = checked.problems.filter((p) => p.severity === 'error').length
  const valid = checked.tables.reduce((n, t) => n + t.rows, 0)
  return { checked, errors, refused: checked.fileErrors.length > 0 || valid === 0 || (errors > 0 && !skipInvalid) }
}
