import { resolve } from 'node:path'
import type { Engine } from '../../src/data/engine'
import { cubeStatements } from '../../src/data/cubes'
import { createNodeEngine } from './node-engine'

/** Every bundled Parquet file, as `data/<path>.parquet`; the table is named after the file. */
export const BUNDLED = ['districts', 'facts', 'targets', 'demo/members', 'demo/workshops', 'demo/alliances', 'demo/innovation', 'demo/training', 'demo/competitions', 'demo/rights']

/** The browser's engine in Node with the bundled tables loaded, as the app loads them. */
export async function bundledEngine(tables: string[] = BUNDLED): Promise<Engine> {
  const db = await createNodeEngine()
  for (const t of tables) {
    const name = t.split('/').pop()!
    await db.exec(`CREATE TABLE ${name} AS SELECT * FROM read_parquet('${resolve('data', t)}.parquet')`)
  }
  // The cubes the views read, built as the app builds them after loading.
  for (const sql of cubeStatements(tables.map((t) => t.split('/').pop()!))) await db.exec(sql)
  return db
}
