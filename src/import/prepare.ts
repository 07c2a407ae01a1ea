import { readParquet } from '../data/datasets'
import { LIMITS, sniff } from './read'
import type { ImportFile } from './run'
import type { Bilingual } from './schema'

/** A file refused before it is read: too large, or Parquet the engine cannot read. */
export interface Unreadable { name: string; reason: Bilingual }

const tooLarge = (): Bilingual => ({ zh: `文件超过${LIMITS.bytes / 1024 / 1024} MB的上限`, en: `the file is over the ${LIMITS.bytes / 1024 / 1024} MB limit` })

/** Whether a file of `size` bytes may be read at all (checked before its bytes are loaded). */
export function sizeProblem(name: string, size: number): Unreadable | null {
  return size > LIMITS.bytes ? { name, reason: tooLarge() } : null
}

/**
 * A file's bytes made ready for the checks: CSV and XLSX as they are; Parquet read by the engine into one sheet
 * of raw cells, so the same checks run on it. The browser and `npm run publish` both start here.
 */
export async function prepareBytes(name: string, bytes: Uint8Array): Promise<ImportFile | Unreadable> {
  const big = sizeProblem(name, bytes.length)
  if (big) return big
  if (sniff(bytes) !== 'parquet') return { name, bytes }
  try {
    const { columns, rows, total } = await readParquet(bytes, LIMITS.rows)
    if (total > LIMITS.rows) return { name, reason: { zh: `超过${LIMITS.rows.toLocaleString()}行的上限（${total}行）`, en: `more than the ${LIMITS.rows.toLocaleString()}-row limit (${total} rows)` } }
    return { name, sheets: [{ file: name, sheet: '', rows: [columns, ...rows] }] }
  } catch {
    return { name, reason: { zh: 'Parquet 文件已损坏或被截断，无法读取', en: 'the Parquet file is corrupt or truncated' } }
  }
}
