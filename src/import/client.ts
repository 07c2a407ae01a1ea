import { prepareBytes, sizeProblem, type Unreadable } from './prepare'
import type { CheckedImport, WorkerReply } from './protocol'
import type { ImportFile, ImportOptions, Progress } from './run'

/** A running import: its outcome, and a way to stop it. */
export interface ImportJob { result: Promise<CheckedImport>; cancel: () => void }

/** Raised when the user cancels; nothing was changed. */
export class ImportCancelled extends Error {}

/** A picked file, its size checked before its bytes are read. */
async function prepare(file: File): Promise<ImportFile | Unreadable> {
  return sizeProblem(file.name, file.size) ?? prepareBytes(file.name, new Uint8Array(await file.arrayBuffer()))
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
      const unreadable = prepared.filter((p): p is Unreadable => 'reason' in p)
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
