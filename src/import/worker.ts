// The import worker: reading and checking a 50 MB file here keeps the page responsive.
import { checkFiles } from './check'
import type { ImportFile, ImportOptions } from './run'
import type { WorkerReply } from './protocol'

const post = (reply: WorkerReply) => postMessage(reply)

onmessage = async (event: MessageEvent<{ files: ImportFile[]; options?: ImportOptions }>) => {
  try {
    post({ type: 'done', result: await checkFiles(event.data.files, (progress) => post({ type: 'progress', progress }), event.data.options) })
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
