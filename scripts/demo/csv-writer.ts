/** Buffered, synchronous CSV writer so large tables stream to disk instead of living in memory. */
import { closeSync, openSync, writeSync } from 'node:fs'

export type Cell = string | number | null

/** Writes rows (no header) to a file; null becomes an empty field, which DuckDB reads as NULL. */
export class CsvWriter {
  private readonly fd: number
  private buf: string[] = []
  private size = 0
  /** Rows written so far. */
  rows = 0

  constructor(path: string) {
    this.fd = openSync(path, 'w')
  }

  /** Appends one row; strings must not contain commas, quotes or newlines (generated names never do). */
  write(cells: readonly Cell[]): void {
    const line = cells.map((c) => (c === null ? '' : String(c))).join(',') + '\n'
    this.buf.push(line)
    this.size += line.length
    this.rows++
    if (this.size > 1 << 20) this.flush()
  }

  private flush(): void {
    if (this.buf.length) writeSync(this.fd, this.buf.join(''))
    this.buf = []
    this.size = 0
  }

  /** Flushes and closes the file. */
  close(): void {
    this.flush()
    closeSync(this.fd)
  }
}
