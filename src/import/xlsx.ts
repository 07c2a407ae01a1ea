// The worker-safe build of read-excel-file: no DOMParser, no nested workers; works in Node for tests too.
import readXlsx from 'read-excel-file/web-worker'
import type { Raw } from './cells'

/** Every sheet of a workbook as rows of raw cells. */
export async function readXlsxFile(bytes: Uint8Array): Promise<{ sheet: string; data: Raw[][] }[]> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  return (await readXlsx(buffer)) as { sheet: string; data: Raw[][] }[]
}
