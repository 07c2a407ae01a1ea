import { cubeStatements } from './cubes'
import { startEngine } from './db'
import { DataError, messageOf } from './errors'

/**
 * Where a table's Parquet comes from: a file served with the app, bytes kept in the browser, or files
 * of a large layout (`remote` ones stay on the server and are read by range requests, never downloaded).
 */
export type TableSource =
  | { table: string; file: string; url: string }
  | { table: string; file: string; bytes: Uint8Array }
  | { table: string; file: string; urls: { name: string; url: string }[]; remote: boolean; hive: boolean }

/** A column as stored: name and SQL type, both from the import catalogue (never from a user's file). */
export interface StoredColumn { name: string; type: string }

const SAFE_NAME = /^[a-z][a-z0-9_]*$/
const SAFE_TYPE = /^(VARCHAR|INTEGER|BIGINT|DOUBLE|DATE)$/
let seq = 0

function safe(name: string): string {
  if (!SAFE_NAME.test(name)) throw new Error(`unsafe table or column name: ${name}`)
  return `"${name}"`
}

/** What a switch made live, and one error per file that failed. */
export interface Switched { loaded: string[]; failures: DataError[] }

/**
 * Makes `sources` the whole live dataset: every other table is dropped and the cubes of what is live
 * rebuilt, in one transaction. Each file is read beside the live tables first; `atomic` refuses the
 * whole switch if any file fails (nothing changes), otherwise the files that loaded are swapped in and
 * the failed tables dropped, never left showing another dataset's rows.
 */
export async function replaceTables(sources: TableSource[], atomic: boolean): Promise<Switched> {
  const db = await startEngine()
  const failures: DataError[] = []
  const loaded: string[] = []
  const views = new Map<string, string>()
  // Every file that is copied into memory downloads whole and all at once; a table read in place stays on range reads.
  const files = sources.map((s) => ('bytes' in s ? `mem_${++seq}.parquet` : s.file))
  const registered = sources.map((s, i) => {
    const done = 'url' in s ? db.registerWhole(files[i]!, s.url)
      : 'bytes' in s ? db.registerBuffer(files[i]!, s.bytes)
      : Promise.all(s.urls.map((u) => (s.remote ? db.registerUrl(u.name, u.url) : db.registerWhole(u.name, u.url))))
    done.catch(() => {}) // awaited below, in order, where a failure is recorded against its file
    return done
  })
  for (const [i, s] of sources.entries()) {
    const next = safe(`next_${s.table}`)
    const file = files[i]!
    try {
      await registered[i]
      const read = 'urls' in s ? readMany(s.urls.map((u) => u.name), s.hive) : `read_parquet('${file}')`
      if ('urls' in s && s.remote) {
        // Read in place: the footers are checked now, the rows fetched by range only when a query needs them.
        await db.exec(`SELECT * FROM ${read} LIMIT 0`)
        views.set(s.table, `SELECT * FROM ${read}`)
      } else {
        await db.exec(`CREATE OR REPLACE TABLE ${next} AS SELECT * FROM ${read}`)
      }
      loaded.push(s.table)
    } catch (error) {
      failures.push(new DataError('file', messageOf(error), { file: s.file, cause: error }))
    } finally {
      if ('bytes' in s) await db.dropFile(file).catch(() => {})
    }
  }
  if (atomic && failures.length) {
    for (const t of loaded) if (!views.has(t)) await db.exec(`DROP TABLE IF EXISTS ${safe(`next_${t}`)}`)
    return { loaded: [], failures }
  }
  // The database holds only the live dataset: whatever else is there (the previous dataset, a failed file's table) goes.
  const kinds = new Map((await db.query({ sql: 'SELECT table_name, table_type FROM information_schema.tables' })).map((r) => [String(r.table_name), String(r.table_type)]))
  const gone = [...kinds.keys()].filter((t) => !t.startsWith('next_') && !loaded.includes(t))
  const dropAny = (t: string) => (kinds.get(t) === 'VIEW' ? `DROP VIEW IF EXISTS ${safe(t)}` : `DROP TABLE IF EXISTS ${safe(t)}`)
  const swap = [
    ...gone.map(dropAny),
    ...loaded.flatMap((t) => [
      dropAny(t),
      views.has(t) ? `CREATE VIEW ${safe(t)} AS ${views.get(t)}` : `ALTER TABLE ${safe(`next_${t}`)} RENAME TO ${safe(t)}`,
    ]),
    ...cubeStatements(loaded),
  ]
  await db.exec('BEGIN TRANSACTION')
  try {
    for (const sql of swap) await db.exec(sql)
    await db.exec('COMMIT')
  } catch (error) {
    await db.exec('ROLLBACK')
    throw new DataError('engine', `switching tables failed: ${messageOf(error)}`, { cause: error })
  }
  return { loaded, failures }
}

const SAFE_FILE = /^[\w./=-]+\.parquet$/

/** A read of several registered files; hive partitions (year=2024/) become columns. */
export function readMany(names: string[], hive: boolean): string {
  for (const n of names) if (!SAFE_FILE.test(n) || n.includes('..')) throw new Error(`unsafe file name ${n}`)
  return `read_parquet([${names.map((n) => `'${n}'`).join(', ')}]${hive ? ', hive_partitioning = true' : ''})`
}

/** The distinct non-null values of one column of a stored table, as text (empty when the file has no such column). */
export async function distinctValues(bytes: Uint8Array, column: string): Promise<string[]> {
  const db = await startEngine()
  const file = `values_${++seq}.parquet`
  await db.registerBuffer(file, bytes)
  try {
    const described = await db.query({ sql: `DESCRIBE SELECT * FROM read_parquet('${file}')` })
    if (!described.some((r) => r.column_name === column)) return []
    const rows = await db.query({ sql: `SELECT DISTINCT CAST(${safe(column)} AS VARCHAR) AS v FROM read_parquet('${file}') WHERE ${safe(column)} IS NOT NULL` })
    return rows.map((r) => String(r.v))
  } finally {
    await db.dropFile(file).catch(() => {})
  }
}

/** Reads a user's Parquet file into a header row and rows of plain values, refusing more than `maxRows`. */
export async function readParquet(bytes: Uint8Array, maxRows: number): Promise<{ columns: string[]; rows: (string | number | boolean | null)[][]; total: number }> {
  const db = await startEngine()
  const file = `upload_${++seq}.parquet`
  await db.registerBuffer(file, bytes)
  try {
    const [{ n }] = (await db.query({ sql: `SELECT count(*)::BIGINT AS n FROM read_parquet('${file}')` })) as { n: number }[]
    if (n > maxRows) return { columns: [], rows: [], total: n }
    const records = await db.query({ sql: `SELECT * FROM read_parquet('${file}')` })
    const described = await db.query({ sql: `DESCRIBE SELECT * FROM read_parquet('${file}')` })
    const columns = described.map((r) => String(r.column_name))
    return { columns, rows: records.map((r) => columns.map((c) => r[c] ?? null)), total: n }
  } finally {
    await db.dropFile(file).catch(() => {})
  }
}

/**
 * Builds a table's new Parquet from the import's checked rows (a CSV with declared types), appended to
 * `previous` when given. Returns the bytes, the row count, and any keys the append made duplicate.
 */
export async function buildTable(
  table: string, columns: StoredColumn[], key: string[], csv: string, previous: Uint8Array | null,
): Promise<{ bytes: Uint8Array; rows: number; duplicates: string[][] }> {
  const db = await startEngine()
  const id = ++seq
  const csvFile = `stage_${id}.csv`
  const prevFile = `prev_${id}.parquet`
  const outFile = db.outputPath(`out_${id}.parquet`)
  const work = safe(`work_${table}_${id}`)
  for (const c of columns) if (!SAFE_TYPE.test(c.type)) throw new Error(`unsafe type ${c.type}`)
  const list = columns.map((c) => safe(c.name)).join(', ')
  const types = columns.map((c) => `'${c.name}': '${c.type}'`).join(', ')
  try {
    await db.registerBuffer(csvFile, new TextEncoder().encode(csv))
    const staged = `SELECT ${list} FROM read_csv('${csvFile}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', nullstr = '', columns = {${types}})`
    if (previous) await db.registerBuffer(prevFile, previous)
    await db.exec(`CREATE TABLE ${work} AS ${previous ? `SELECT ${list} FROM read_parquet('${prevFile}') UNION ALL ` : ''}${staged}`)
    const keys = key.map(safe).join(', ')
    const dupes = await db.query({ sql: `SELECT ${keys} FROM ${work} GROUP BY ${keys} HAVING count(*) > 1 LIMIT 200` })
    const [{ n }] = (await db.query({ sql: `SELECT count(*)::INTEGER AS n FROM ${work}` })) as { n: number }[]
    await db.exec(`COPY ${work} TO '${outFile}' (FORMAT PARQUET, COMPRESSION ZSTD)`)
    return { bytes: await db.copyFile(outFile), rows: n, duplicates: dupes.map((r) => key.map((k) => String(r[k]))) }
  } catch (error) {
    throw new DataError('query', `building ${table} failed: ${messageOf(error)}`, { cause: error })
  } finally {
    await db.exec(`DROP TABLE IF EXISTS ${work}`).catch(() => {})
    for (const f of [csvFile, prevFile, outFile]) await db.dropFile(f).catch(() => {})
  }
}
