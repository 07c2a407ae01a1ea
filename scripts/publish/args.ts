import { existsSync, readFileSync, statSync } from 'node:fs'
import { resolve, sep } from 'node:path'

/** What `npm run publish` was asked to do. */
export interface PublishOptions {
  from: string
  out: string
  name: string
  /** 数据截至 as given (YYYY-MM-DD), else taken from the data. */
  asOf: string | null
  /** Column mappings saved in the browser (#/data exports them as JSON), parsed. */
  mapping: unknown
  skipInvalid: boolean
}

/** A refusal of the whole command: one line, Chinese then English. */
export class PublishError extends Error {
  constructor(readonly zh: string, readonly en: string) {
    super(`${zh} / ${en}`)
    this.name = 'PublishError'
  }
}

const USAGE = 'npm run publish -- --from <folder> --out <folder> [--name "<名称>"] [--as-of YYYY-MM-DD] [--mapping <file.json>] [--skip-invalid-rows]'

/** Reads and checks the command line; every mistake is a PublishError before anything is read or written. */
export function parsePublishArgs(argv: readonly string[], cwd = process.cwd()): PublishOptions {
  const flags = new Map<string, string | true>()
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (!a.startsWith('--')) throw new PublishError(`无法理解的参数 ${a}；用法：${USAGE}`, `unexpected argument ${a}; usage: ${USAGE}`)
    const next = argv[i + 1]
    if (a === '--skip-invalid-rows') flags.set(a, true)
    else if (next === undefined || next.startsWith('--')) throw new PublishError(`${a} 缺少取值`, `${a} needs a value`)
    else flags.set(a, (i++, next))
  }
  const known = ['--from', '--out', '--name', '--as-of', '--mapping', '--skip-invalid-rows']
  const unknown = [...flags.keys()].find((k) => !known.includes(k))
  if (unknown) throw new PublishError(`未知选项 ${unknown}；用法：${USAGE}`, `unknown option ${unknown}; usage: ${USAGE}`)
  const text = (k: string) => (typeof flags.get(k) === 'string' ? (flags.get(k) as string) : null)
  const fromArg = text('--from')
  const outArg = text('--out')
  if (!fromArg || !outArg) throw new PublishError(`须给出 --from 和 --out；用法：${USAGE}`, `--from and --out are required; usage: ${USAGE}`)
  const from = resolve(cwd, fromArg)
  const out = resolve(cwd, outArg)
  if (!existsSync(from) || !statSync(from).isDirectory()) throw new PublishError(`--from 不是文件夹：${fromArg}`, `--from is not a folder: ${fromArg}`)
  if (out === from || out.startsWith(from + sep)) throw new PublishError('--out 不能位于 --from 之内', '--out must not be inside --from')
  if (from.startsWith(out + sep)) throw new PublishError('--from 不能位于 --out 之内（发布会替换 --out）', '--from must not be inside --out (publishing replaces --out)')
  if (existsSync(out) && !statSync(out).isDirectory()) throw new PublishError(`--out 已存在且不是文件夹：${outArg}`, `--out exists and is not a folder: ${outArg}`)
  const asOf = text('--as-of')
  if (asOf !== null && !validDate(asOf)) throw new PublishError(`--as-of 须为有效日期 YYYY-MM-DD：${asOf}`, `--as-of must be a valid date YYYY-MM-DD: ${asOf}`)
  return { from, out, name: text('--name') ?? defaultName(from), asOf, mapping: readMapping(text('--mapping'), cwd), skipInvalid: flags.has('--skip-invalid-rows') }
}

function validDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

function defaultName(from: string): string {
  return from.split(sep).filter(Boolean).at(-1) ?? 'dataset'
}

function readMapping(file: string | null, cwd: string): unknown {
  if (file === null) return null
  const path = resolve(cwd, file)
  if (!existsSync(path)) throw new PublishError(`找不到 --mapping 文件：${file}`, `--mapping file not found: ${file}`)
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new PublishError(`--mapping 不是有效的 JSON：${file}（${(error as Error).message}）`, `--mapping is not valid JSON: ${file} (${(error as Error).message})`)
  }
}
