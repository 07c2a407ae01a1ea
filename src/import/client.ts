import { readParquet } from '../data/datasets'
import type { CheckedImport, WorkerReply } from './protocol'
import { LIMITS, sniff } from './read'
import type { ImportFile, ImportOptions, Progress } from './run'
import type { Bilingual } from './schema'

/** A running import: its outcome, and a way to stop it. */
export interface ImportJob { result: Promise<CheckedImport>; cancel: () => void }

/** Raised when the user cancels; nothing was changed. */
export class ImportCancelled extends Error {}

async function prepare(file: File): Promise<ImportFile | { name: string; reason: Bilingual }> {
  if (file.size > LIMITS.bytes) return { name: file.name, reason: { zh: `文件超过${LIMITS.bytes / 1024 / 1024} MB的上限`, en: `the file is over the ${LIMITS.bytes / 1024 / 1024} MB limit` } }
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (sniff(bytes) !== 'parquet') return { name: file.name, bytes }
  // Parquet is read by the engine (itself in a worker); the checks then run like any other file.
  try {
    const { columns, rows, total } = await readParquet(bytes, LIMITS.rows)
    if (total > LIMITS.rows) return { name: file.name, reason: { zh: `超过${LIMITS.rows.toLocaleString()}行的上限（${total}行）`, en: `more than the ${LIMITS.rows.toLocaleString()}-row limit (${total} rows)` } }
    return { name: file.name, sheets: [{ file: file.name, sheet: '', rows: [columns, ...rows] }] }
  } catch {
    return { name: file.name, reason: { zh: 'Parquet 文件已损坏或被截断，无法读取', en: 'the Parquet file is corrupt or truncated' } }
  }
}

/** Reads and checks files off the main thread; progress is reported per file. */
export function startImport(files: File[], onProgress: (p: Progress) => void, options: ImportOptions = {}): ImportJob {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
  let cancel: () => void = () => {}
  const result = new Promise<CheckedImport>((resolve, reject) => {
    cancel = () => {
      worker.terminate()
      reject(new ImportCancelled('cancelled'))
    }
    void (async () => {
      const prepared = await Promise.all(files.map(prepare))
      const unreadable = prepared.filter((p): p is { name: string; reason: Bilingual } => 'reason' in p)
      const ready = prepared.filter((p): p is ImportFile => !('reason' in p))
      worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
        if (data.type === 'progress') onProgress(data.progress)
        else {
          worker.terminate()
          if (data.type === 'failed') reject(new Error(data.message))
          else resolve({ ...data.result, fileErrors: [...unreadable.map((u) => ({ file: u.name, reason: u.reason })), ...data.result.fileErrors] })
        }
      }
      worker.onerror = (e) => {
        worker.terminate()
        reject(new Error(e.message || 'import worker failed'))
      }
      const transfer = ready.flatMap((f) => (f.bytes ? [f.bytes.buffer as ArrayBuffer] : []))
      worker.postMessage({ files: ready, options }, transfer)
    })().catch(reject)
  })
  return { result, cancel }
}
