// Statistics, the table on stdout, and the JSON under bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'

export interface Stats {
  runs: number
  median: number | null
  p95: number | null
}

/** Median and nearest-rank p95 (with fewer than 20 runs p95 is the slowest run or close to it). */
export function stats(values: (number | null | undefined)[]): Stats {
  const xs = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b)
  if (!xs.length) return { runs: 0, median: null, p95: null }
  const mid = xs.length >> 1
  const median = xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2
  return { runs: xs.length, median, p95: xs[Math.ceil(0.95 * xs.length) - 1]! }
}

export interface Row extends Stats {
  figure: string
  unit: string
  /** The performance target (README) as text, or '' for an informational figure. */
  target: string
  /** Whether the target holds, judged on `on`; null when there is no target or no value. */
  met: boolean | null
  note?: string
}

/** A row; `limit` and `on` say which statistic must stay at or under which value. */
export function row(figure: string, unit: string, s: Stats, target = '', limit?: number, on: 'median' | 'p95' = 'median', note?: string): Row {
  const value = s[on]
  return { figure, unit, ...s, target, met: limit === undefined || value === null ? null : value <= limit, note }
}

const fmt = (x: number | null, unit: string) => (x === null ? '—' : `${x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)} ${unit}`)

/** The table on stdout: figure, median, p95, runs, target, met?. */
export function printTable(rows: Row[]): void {
  const cells = rows.map((r) => [
    r.figure, fmt(r.median, r.unit), fmt(r.p95, r.unit), String(r.runs), r.target || '(info)',
    r.met === null ? '' : r.met ? 'yes' : 'NO', r.note ?? '',
  ])
  const head = ['figure', 'median', 'p95', 'runs', 'target', 'met?', 'note']
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)))
  const line = (c: string[]) => c.map((x, i) => (i === 1 || i === 2 || i === 3 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join('  ').trimEnd()
  console.log(`\n${line(head)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}`)
  for (const c of cells) console.log(line(c))
}

/** Facts about the machine that make numbers comparable between runs. */
export function machine(chromium: string | null) {
  const cpus = os.cpus()
  return {
    cpuModel: cpus[0]?.model ?? 'unknown', cpuCount: cpus.length, totalMemoryGb: +(os.totalmem() / 2 ** 30).toFixed(1),
    loadAverageAtStart: os.loadavg().map((x) => +x.toFixed(2)), os: `${os.type()} ${os.release()}`, node: process.version, chromium,
  }
}

/** Writes bench/results/<ISO timestamp>.json and returns its path. */
export function writeJson(data: object): string {
  mkdirSync('bench/results', { recursive: true })
  const file = `bench/results/${new Date().toISOString().replace(/:/g, '-')}.json`
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`)
  return file
}
