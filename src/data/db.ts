import type { Engine, Query } from './engine'
import { DataError, messageOf } from './errors'
import type { Row } from './rows'

/** A Parquet file that becomes table `table`, read from `url`. */
export interface TableFile {
  table: string
  file: string
  url: string
}

let factory: () => Promise<Engine> = async () => (await import('./wasm-engine')).createWasmEngine()
let engine: Promise<Engine> | null = null

/** Hands in an engine (tests, or a different build of DuckDB) instead of starting DuckDB-WASM. */
export function provideEngine(make: () => Promise<Engine>): void {
  factory = make
  engine = null
}

/** Starts the engine once; simultaneous callers share the same promise, a failure can be retried. */
export function startEngine(): Promise<Engine> {
  engine ??= factory().catch((error: unknown) => {
    engine = null
    throw new DataError('engine', `DuckDB failed to start: ${messageOf(error)}`, { cause: error })
  })
  return engine
}

const SAFE_NAME = /^[a-z][a-z0-9_]*$/
const SAFE_FILE = /^[\w./-]+\.parquet$/

/** Loads each file into an in-memory table; returns one error per file that failed, loading the rest. */
export async function loadTables(files: TableFile[]): Promise<DataError[]> {
  const db = await startEngine()
  const failures: DataError[] = []
  await Promise.all(
    files.map(async ({ table, file, url }) => {
      if (!SAFE_NAME.test(table) || !SAFE_FILE.test(file)) throw new Error(`Unsafe table or file name: ${table} ${file}`)
      try {
        await db.registerUrl(file, url)
        await db.exec(`CREATE OR REPLACE TABLE "${table}" AS SELECT * FROM read_parquet('${file}')`)
      } catch (error) {
        failures.push(new DataError('file', messageOf(error), { file, cause: error }))
      }
    }),
  )
  return failures
}

/** Runs one parameterised query and returns plain rows. */
export async function query<T extends object = Row>(q: Query): Promise<T[]> {
  const db = await startEngine()
  try {
    return (await db.query(q)) as T[]
  } catch (error) {
    throw new DataError('query', messageOf(error), { cause: error })
  }
}
