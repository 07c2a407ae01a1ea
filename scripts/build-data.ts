/**
 * npm run data: builds the Parquet datasets with native DuckDB.
 *   tsx scripts/build-data.ts [--seed 20251] [--scale 1] [--out data]   (scaled default: data/scaled/x<N>)
 * Reference tables come from reviewable CSV in data/sources/, demo tables from the seeded generator.
 */
import { DuckDBInstance } from '@duckdb/node-api'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { loadDistricts } from './demo/districts.ts'
import { generateDemo } from './demo/generate.ts'
import { DEMO_TABLES, type TableSpec } from './demo/schema.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SOURCES = join(ROOT, 'data', 'sources')

const DISTRICTS_CSV: TableSpec = {
  name: 'districts',
  columns: { district_code: 'VARCHAR', name_zh: 'VARCHAR', short_zh: 'VARCHAR', name_en: 'VARCHAR', zone: 'VARCHAR', population_2020: 'INTEGER', tile_row: 'INTEGER', tile_col: 'INTEGER' },
  orderBy: 'district_code',
}
const V = 'VARCHAR'
const FACTS_CSV: TableSpec = {
  name: 'facts',
  columns: {
    fact_id: V, region_code: V, region_zh: V, body: V, period_start: 'DATE', period_end: 'DATE', period_kind: V, metric: V, label_zh: V,
    value: 'DOUBLE', unit: V, qualifier: V, source_title: V, source_url: V, source_date: 'DATE', confidence: V, note: V,
  },
  orderBy: 'fact_id',
}

const TARGETS_CSV: TableSpec = {
  name: 'targets',
  columns: { metric: V, region_code: V, year: 'INTEGER', target: 'DOUBLE', provenance: V, source_title: V, note: V },
  orderBy: 'metric, region_code, year',
}

export interface BuildOptions {
  seed: number
  scale: number
  /** Output directory; demo tables go to <out>/demo. */
  out: string
  /** Also write <out>/geo (only at scale 1 by default). */
  geo?: boolean
  log?: (line: string) => void
}
export interface BuiltFile { table: string; path: string; rows: number; bytes: number }

/** Parses --seed, --scale and --out (defaults 20251, 1, and data, or data/scaled/x<N> when scaled so the committed files stay put). */
export function parseArgs(argv: readonly string[]): Pick<BuildOptions, 'seed' | 'scale' | 'out'> {
  const get = (flag: string, fallback: string): string => {
    const i = argv.indexOf(flag)
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback
  }
  const seed = Number(get('--seed', '20251'))
  const scale = Number(get('--scale', '1'))
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${get('--seed', '')}`)
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale must be an integer ≥ 1, got ${get('--scale', '')}`)
  return { seed, scale, out: get('--out', scale === 1 ? 'data' : `data/scaled/x${scale}`) }
}

const lit = (s: string): string => `'${s.replaceAll("'", "''")}'`
const columnsSql = (spec: TableSpec): string =>
  `{${Object.entries(spec.columns).map(([k, t]) => `${lit(k)}: ${lit(t)}`).join(', ')}}`

/** SQL that converts one CSV file (explicit column types, never inferred) into sorted zstd Parquet. */
export function copySql(csv: string, spec: TableSpec, parquet: string, header: boolean): string {
  return `COPY (SELECT * FROM read_csv(${lit(csv)}, header=${header}, columns=${columnsSql(spec)}, auto_detect=false, delim=',', quote='"', escape='"')
    ORDER BY ${spec.orderBy}) TO ${lit(parquet)} (FORMAT parquet, COMPRESSION zstd)`
}

/** Builds every Parquet file for the options; returns what it wrote. */
export async function buildData(opts: BuildOptions): Promise<BuiltFile[]> {
  const log = opts.log ?? (() => {})
  const out = resolve(opts.out)
  mkdirSync(join(out, 'demo'), { recursive: true })
  const tmp = mkdtempSync(join(tmpdir(), 'union-demo-'))
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' })
  const con = await instance.connect()
  const built: BuiltFile[] = []
  const convert = async (table: string, csv: string, spec: TableSpec, parquet: string, header: boolean): Promise<void> => {
    await con.run(copySql(csv, spec, parquet, header))
    const rows = Number((await con.runAndReadAll(`SELECT count(*)::INTEGER FROM read_parquet(${lit(parquet)})`)).getRows()[0][0])
    built.push({ table, path: parquet, rows, bytes: statSync(parquet).size })
  }
  try {
    await con.run('SET threads=1')
    await convert('districts', join(SOURCES, 'districts.csv'), DISTRICTS_CSV, join(out, 'districts.parquet'), true)
    const facts = join(SOURCES, 'facts.csv')
    if (existsSync(facts)) await convert('facts', facts, FACTS_CSV, join(out, 'facts.parquet'), true)
    else log(`warning: ${facts} not found, facts.parquet skipped`)
    await convert('targets', join(SOURCES, 'targets.csv'), TARGETS_CSV, join(out, 'targets.parquet'), true)
    const districts = loadDistricts(join(SOURCES, 'districts.csv'))
    generateDemo({ seed: opts.seed, scale: opts.scale, districts, dir: tmp })
    for (const spec of Object.values(DEMO_TABLES)) {
      await convert(spec.name, join(tmp, `${spec.name}.csv`), spec, join(out, 'demo', `${spec.name}.parquet`), false)
    }
    // The cubes the views read ship pre-built, so the app need not build them at start-up.
    const { writeCubes, writeLargeLayout } = await import('./large-layout.ts')
    await writeCubes(con, out, out)
    if (opts.scale > 1) {
      const manifest = await writeLargeLayout(con, out, out, opts.scale, opts.seed)
      log(`large layout: ${manifest.tables.length} tables, innovation in ${manifest.tables.find((t) => t.table === 'innovation')!.files.length} year partitions → ${join(out, 'manifest.json')}`)
    }
  } finally {
    con.closeSync()
    instance.closeSync()
    rmSync(tmp, { recursive: true, force: true })
  }
  if (opts.geo ?? opts.scale === 1) writeGeo(join(out, 'geo'))
  return built
}

/** Copies the Beijing district outlines shipped by echarts 4.9.0 and records their origin. */
export function writeGeo(dir: string): void {
  mkdirSync(dir, { recursive: true })
  copyFileSync(join(ROOT, 'node_modules', 'echarts4', 'map', 'json', 'province', 'beijing.json'), join(dir, 'beijing.json'))
  writeFileSync(join(dir, 'README.md'), [
    '# Beijing district outlines',
    '',
    '`beijing.json` is copied unchanged by `npm run data` from the `echarts` npm package, version 4.9.0',
    '(`map/json/province/beijing.json`, installed here under the alias `echarts4`), licensed Apache-2.0.',
    '',
    'It is a GeoJSON FeatureCollection of the 16 districts (feature `id` = GB/T 2260 code, `properties.name` = Chinese name).',
    'Coordinates are in ECharts\' compressed `UTF8Encoding` form (`"UTF8Encoding": true`), not plain longitude/latitude:',
    '`echarts.registerMap` decodes them itself; other GIS tools need them decoded first.',
    '',
  ].join('\n'))
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  const t0 = performance.now()
  const built = await buildData({ ...args, log: (l) => console.warn(l) })
  for (const f of built) console.log(`${f.table.padEnd(13)} ${String(f.rows).padStart(10)} rows ${String(f.bytes).padStart(12)} bytes`)
  const total = built.reduce((s, f) => s + f.bytes, 0)
  console.log(`seed ${args.seed}, scale ${args.scale} → ${args.out}: ${built.length} files, ${total} bytes, ${((performance.now() - t0) / 1000).toFixed(1)} s`)
  // The default view's results for the bundled data, so the first paint needs no DuckDB (see src/data/precomputed.ts).
  if (resolve(args.out) === resolve(ROOT, 'data') && args.scale === 1) {
    const { writePrecomputed } = await import('./precompute.ts')
    console.log(`precomputed  ${await writePrecomputed(join(ROOT, 'data', 'precomputed.json'))} default-view queries → data/precomputed.json`)
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => { console.error(e); process.exit(1) })
}
