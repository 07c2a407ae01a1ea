import * as duckdb from '@duckdb/duckdb-wasm'
// Self-hosted engine files: Vite copies them into the build, so nothing is fetched from a CDN.
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url'
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url'
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url'
import type { Engine, Query } from './engine'
import { arrowToRows } from './rows'
import { StatementCache } from './statements'

const bundles: duckdb.DuckDBBundles = {
  mvp: { mainModule: absolute(mvpWasm), mainWorker: absolute(mvpWorker) },
  eh: { mainModule: absolute(ehWasm), mainWorker: absolute(ehWorker) },
}

function absolute(url: string): string {
  return new URL(url, document.baseURI).href
}

/**
 * The engine's worker, with its wasm compiled straight from the HTTP response. DuckDB's worker pipes the response
 * through a TransformStream (to report download progress, which nothing here reads) and compiles the stream: a
 * Response built in script has no cache entry, so Chromium can neither keep the compiled code nor reuse it, and
 * every visit compiles 18 MB again. Without TransformStream it calls `instantiateStreaming(fetch(url))`, which
 * the code cache serves on the second visit. The wrapper is a blob: script (the policy allows blob: workers)
 * that loads the real worker from this origin.
 */
export function engineWorker(url: string): Worker {
  const source = `self.TransformStream = undefined; importScripts(${JSON.stringify(url)})`
  return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })))
}

/**
 * Starts DuckDB-WASM in a worker and wraps it as an Engine. `onRunning` is called once the worker answers a
 * ping, which it does as soon as its script runs, long before the wasm has compiled.
 */
export async function createWasmEngine(onRunning: () => void = () => {}): Promise<Engine> {
  const bundle = await duckdb.selectBundle(bundles)
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), engineWorker(bundle.mainWorker!))
  const instantiated = db.instantiate(bundle.mainModule, bundle.pthreadWorker)
  void db.ping().then(onRunning, onRunning)
  await instantiated
  return wrap(db, await db.connect())
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
    async registerWhole(name, url) {
      const response = await fetch(absolute(url))
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
      const bytes = new Uint8Array(await response.arrayBuffer())
      statements.clear()
      await db.registerFileBuffer(name, bytes)
    },
    async registerBuffer(name, bytes) {
      statements.clear()
      await db.registerFileBuffer(name, bytes)
    },
    outputPath(name) {
      return name
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
