// The import worker: reading and checking a 50 MB file here keeps the page responsive.
import { runImport, type ImportFile, type ImportOptions } from './run'
import { maxYear, stagingCsv } from './stage'
import type { WorkerReply } from './protocol'

const post = (reply: WorkerReply) => postMessage(reply)

onmessage = async (event: MessageEvent<{ files: ImportFile[]; options?: ImportOptions }>) => {
  try {
    const result = await runImport(event.data.files, (progress) => post({ type: 'progress', progress }), event.data.options)
    post({
      type: 'done',
      result: {
        ...result,
        tables: result.tables.map((t) => ({ table: t.table, columns: t.columns, files: t.files, rows: t.records.length, csv: stagingCsv(t), maxYear: maxYear(t) })),
      },
    })
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
