import type { Engine, Query } from './engine'
import { DataError, messageOf } from './errors'
import type { Row } from './rows'

/** A Parquet file that becomes table `table`, read from `url`. */
export interface TableFile {
  table: string
  file: string
  url: string
}

// The browser's engine is handed in by setup/boot.ts (main.ts imports it first); tests hand in their own.
let factory: () => Promise<Engine> = () => Promise.reject(new Error('no engine: import setup/boot or call provideEngine'))
let engine: Promise<Engine> | null = null

let markRunning: () => void = () => {}
const running = new Promise<void>((resolve) => (markRunning = resolve))

/** Says the engine's worker runs (its wasm download and compile are under way); called by the engine factory. */
export function markEngineRunning(): void {
  markRunning()
}

/**
 * Resolves once the engine's worker runs. Work that can wait (the chart code's 700 KB) starts after it: a
 * worker thread starts only when the main thread is free, and parsing ECharts first held it back ~100 ms.
 */
export function engineRunning(): Promise<void> {
  return running
}

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

/** Runs one parameterised query and returns plain rows. */
export async function query<T extends object = Row>(q: Query): Promise<T[]> {
  const db = await startEngine()
  try {
    return (await db.query(q)) as T[]
  } catch (error) {
    throw new DataError('query', messageOf(error), { cause: error })
  }
}
