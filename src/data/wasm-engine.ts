import * as duckdb from '@duckdb/duckdb-wasm'
// Self-hosted engine files: Vite copies them into the build, so nothing is fetched from a CDN.
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url'
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url'
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url'
import type { Engine, Query } from './engine'
import { arrowToRows } from './rows'
import { StatementCache } from './statements'

const bundles = {
  mvp: { mainModule: absolute(mvpWasm), mainWorker: absolute(mvpWorker) },
  eh: { mainModule: absolute(ehWasm), mainWorker: absolute(ehWorker) },
} satisfies duckdb.DuckDBBundles

function absolute(url: string): string {
  return new URL(url, document.baseURI).href
}

// wasm-feature-detect's exception-handling probe, the test duckdb.selectBundle makes, but synchronous.
const EH_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11])

/**
 * Starts DuckDB-WASM in a worker and wraps it as an Engine.
 * Synchronous up to the worker's first message: called while the entry module evaluates, the worker and
 * its wasm download start before the app mounts, not after (selectBundle would wait for a microtask).
 */
export function createWasmEngine(onRunning: () => void = () => {}): Promise<Engine> {
  const bundle = WebAssembly.validate(EH_PROBE) ? bundles.eh : bundles.mvp
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker))
  const instantiated = db.instantiate(bundle.mainModule, null)
  // The worker answers a ping as soon as its script runs, while the wasm still compiles.
  void db.ping().then(onRunning, onRunning)
  return instantiated.then(async () => wrap(db, await db.connect()))
}

function wrap(db: duckdb.AsyncDuckDB, conn: duckdb.AsyncDuckDBConnection): Engine {
  const statements = new StatementCache((sql) => conn.prepare(sql))
  return {
    async exec(sql) {
      statements.clear()
      await conn.query(sql)
    },
    async query({ sql, params = [] }: Query) {
      if (params.length === 0) return arrowToRows(await conn.query(sql))
      return statements.use(sql, async (statement) => arrowToRows(await statement.query(...params)))
    },
    async registerUrl(name, url) {
      statements.clear()
      await db.registerFileURL(name, absolute(url), duckdb.DuckDBDataProtocol.HTTP, false)
    },
    async registerBuffer(name, bytes) {
      statements.clear()
      await db.registerFileBuffer(name, bytes)
    },
    async copyFile(name) {
      return db.copyFileToBuffer(name)
    },
    async dropFile(name) {
      statements.clear()
      await db.dropFile(name)
    },
  }
}
