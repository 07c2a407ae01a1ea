import type { Row } from './rows'

/** A parameter bound to a `?` placeholder. */
export type Param = string | number | boolean | null

/** A parameterised query: user values only ever travel in `params`. */
export interface Query {
  sql: string
  params?: Param[]
}

/** The narrow engine interface: the browser's DuckDB-WASM, or the same engine in Node for tests. */
export interface Engine {
  /** Runs statements that return nothing useful (DDL). */
  exec(sql: string): Promise<void>
  /** Runs one prepared statement and returns plain rows. */
  query(query: Query): Promise<Row[]>
  /** Makes a file at `url` readable under `name` (HTTP range reads where possible). */
  registerUrl(name: string, url: string): Promise<void>
  /**
   * Makes a file at `url` readable under `name`, downloaded whole in one request: for the small tables and cubes a
   * dataset copies into memory anyway, where range reads would cost a round trip each, one after another.
   */
  registerWhole(name: string, url: string): Promise<void>
  /** Makes bytes readable under `name`. */
  registerBuffer(name: string, bytes: Uint8Array): Promise<void>
  /** Where a file the engine writes (COPY … TO) goes: a name in the browser's memory, a temporary directory in Node. */
  outputPath(name: string): string
  /** The bytes of a file the engine wrote (e.g. by COPY … TO), by its output path. */
  copyFile(name: string): Promise<Uint8Array>
  /** Forgets a registered or written file. */
  dropFile(name: string): Promise<void>
}
