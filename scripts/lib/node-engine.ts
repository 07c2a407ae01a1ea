import { createRequire } from 'node:module'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Engine, Query } from '../../src/data/engine'
import { arrowToRows } from '../../src/data/rows'
import { StatementCache } from '../../src/data/statements'

const require = createRequire(import.meta.url)

/** The browser's exact DuckDB-WASM build (v0.9.1), run in Node so SQL is tested on the engine that ships. */
export async function createNodeEngine(): Promise<Engine> {
  const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs')
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'))
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
      eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  )
  await db.instantiate()
  const conn = db.connect()
  // In Node, COPY … TO writes to the real disk: into a directory of the engine's own, never the working directory.
  const scratch = mkdtempSync(join(tmpdir(), 'uc-engine-'))
  process.once('exit', () => rmSync(scratch, { recursive: true, force: true }))
  // The same statement reuse as the browser's engine (src/data/wasm-engine.ts).
  const statements = new StatementCache<{ query(...params: unknown[]): unknown; close(): void }>(async (sql) => conn.prepare(sql))
  return {
    async exec(sql) {
      statements.clear()
      conn.query(sql)
    },
    async query({ sql, params = [] }: Query) {
      if (params.length === 0) return arrowToRows(conn.query(sql))
      return statements.use(sql, (statement) => arrowToRows(statement.query(...params) as never))
    },
    async registerUrl(name, url) {
      // In Node a "URL" is a path on disk; a view under the table's name reads it directly.
      db.registerFileURL(name, url, duckdb.DuckDBDataProtocol.NODE_FS, false)
    },
    async registerWhole(name, url) {
      // On disk there is no round trip to save.
      db.registerFileURL(name, url, duckdb.DuckDBDataProtocol.NODE_FS, false)
    },
    async registerBuffer(name, bytes) {
      db.registerFileBuffer(name, bytes)
    },
    outputPath(name) {
      return join(scratch, name)
    },
    async copyFile(name) {
      return db.copyFileToBuffer(name)
    },
    async dropFile(name) {
      db.dropFile(name)
      if (name.startsWith(scratch)) rmSync(name, { force: true })
    },
  }
}
