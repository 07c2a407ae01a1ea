/** A prepared statement as both DuckDB-WASM APIs (browser worker, Node blocking) hand it out. */
export interface Closable {
  close(): unknown
}

interface Entry<S> {
  statement: Promise<S>
  users: number
  retired: boolean
}

/**
 * Prepared statements by SQL text. From one filter change to the next a view's queries differ only in their
 * parameters, so DuckDB parses, binds and plans each statement once instead of on every change; on the WASM
 * engine that planning was most of a small query's cost. Any DDL may change what a statement refers to:
 * `clear()` retires them all, and a retired statement is closed once no running query still holds it.
 */
export class StatementCache<S extends Closable> {
  private readonly entries = new Map<string, Entry<S>>()

  constructor(
    private readonly prepare: (sql: string) => Promise<S>,
    private readonly max = 64,
  ) {}

  /** Runs `run` with the statement for `sql`, preparing it on first use. */
  async use<T>(sql: string, run: (statement: S) => T | Promise<T>): Promise<T> {
    let entry = this.entries.get(sql)
    if (entry) this.entries.delete(sql) // re-inserted below: the map's order is least recently used first
    else entry = { statement: this.prepare(sql), users: 0, retired: false }
    this.entries.set(sql, entry)
    this.evict()
    entry.users++
    try {
      return await run(await entry.statement)
    } catch (error) {
      // A statement that failed to prepare (or whose tables went away) is not kept for the next caller.
      if (this.entries.get(sql) === entry) this.entries.delete(sql)
      entry.retired = true
      throw error
    } finally {
      entry.users--
      if (entry.retired && entry.users === 0) close(entry)
    }
  }

  /** Retires every statement: called before any statement that may change the catalog. */
  clear(): void {
    for (const entry of this.entries.values()) retire(entry)
    this.entries.clear()
  }

  get size(): number {
    return this.entries.size
  }

  private evict() {
    for (const [sql, entry] of this.entries) {
      if (this.entries.size <= this.max) return
      this.entries.delete(sql)
      retire(entry)
    }
  }
}

function retire<S extends Closable>(entry: Entry<S>) {
  entry.retired = true
  if (entry.users === 0) close(entry)
}

function close<S extends Closable>(entry: Entry<S>) {
  void entry.statement.then((s) => s.close()).catch(() => {})
}
