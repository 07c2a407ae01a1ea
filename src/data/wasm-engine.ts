import * as duckdb from '@duckdb/duckdb-wasm'
// Self-hosted engine files: Vite copies them into the build, so nothing is fetched from a CDN.
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url'
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url'
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url'
import type { Engine, Query } from './engine'
import { arrowToRows } from './rows'

const bundles: duckdb.DuckDBBundles = {
  mvp: { mainModule: absolute(mvpWasm), mainWorker: absolute(mvpWorker) },
  eh: { mainModule: absolute(ehWasm), mainWorker: absolute(ehWorker) },
}

function absolute(url: string): string {
  return new URL(url, document.baseURI).href
}

/** Starts DuckDB-WASM in a worker and wraps it as an Engine. */
export async function createWasmEngine(): Promise<Engine> {
  const bundle = await duckdb.selectBundle(bundles)
  const worker = new Worker(bundle.mainWorker!)
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker)
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker)
  const conn = await db.connect()

  return {
    async exec(sql) {
      await conn.query(sql)
    },
    async query({ sql, params = [] }: Query) {
      if (params.length === 0) return arrowToRows(await conn.query(sql))
      const statement = await conn.prepare(sql)
      try {
        return arrowToRows(await statement.query(...params))
      } finally {
        await statement.close()
      }
    },
    async registerUrl(name, url) {
      await db.registerFileURL(name, absolute(url), duckdb.DuckDBDataProtocol.HTTP, false)
    },
    async registerBuffer(name, bytes) {
      await db.registerFileBuffer(name, bytes)
    },
    async copyFile(name) {
      return db.copyFileToBuffer(name)
    },
    async dropFile(name) {
      await db.dropFile(name)
    },
  }
}
