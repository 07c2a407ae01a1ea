import type { Raw } from './cells'
import type { ColumnSpec, TableSpec } from './schema'
import { synonymsOf } from './synonyms'
import { headerUnit } from './units'

/** Half-width, lower-case, no spaces or underscores: "挽回经济损失 (Recovered_Yuan)" folds predictably. */
export function foldHeader(raw: Raw): string {
  return String(raw ?? '').normalize('NFKC').replace(/^\uFEFF/, '').toLowerCase().replace(/[\s_*]+/g, '')
}

/** The spellings a header may take: the English name, the Chinese name, aliases and the offices' synonyms. */
function names(table: string, col: ColumnSpec): string[] {
  return [col.name, col.zh, ...(col.aliases ?? []), ...synonymsOf(table, col.name)].map(foldHeader)
}

/**
 * The names a folded header may stand for: "区划代码(district_code)" → itself and each part; "法律援助/受理案件(件)"
 * → also the last heading alone, without its unit; "经济效益万元" → also "经济效益".
 */
function candidates(header: string): string[] {
  const out = new Set<string>()
  const add = (h: string) => {
    if (!h) return
    out.add(h)
    const m = /^(.*?)\((.*)\)$/.exec(h)
    if (m) {
      out.add(m[1]!)
      out.add(m[2]!)
    }
    const bare = headerUnit(h).name
    if (bare) out.add(foldHeader(bare))
  }
  add(header)
  const parts = header.split('/').filter(Boolean)
  if (parts.length > 1) {
    add(parts.at(-1)!)
    add(parts.slice(-2).join(''))
  }
  return [...out]
}

/** Which file column feeds which table column, and what does not fit. */
export interface HeaderMap {
  /** Table column name → index in the file's rows. */
  index: Map<string, number>
  /** Required columns the file lacks. */
  missing: ColumnSpec[]
  /** File headers that name no column (ignored, listed in the report). */
  unknown: string[]
  /** Table columns named by more than one file header. */
  repeated: string[]
}

/** Maps a file's header row onto a table's columns by Chinese or English name. */
export function mapHeaders(spec: TableSpec, header: Raw[]): HeaderMap {
  const index = new Map<string, number>()
  const unknown: string[] = []
  const repeated: string[] = []
  header.forEach((raw, i) => {
    const folded = foldHeader(raw)
    if (!folded) return
    // The closest reading wins: the whole header before its last heading, before the header without its unit.
    let col: ColumnSpec | undefined
    for (const x of candidates(folded)) if ((col = spec.columns.find((c) => names(spec.table, c).includes(x)))) break
    if (!col) unknown.push(String(raw))
    else if (index.has(col.name)) repeated.push(col.name)
    else index.set(col.name, i)
  })
  const missing = spec.columns.filter((c) => c.required && !index.has(c.name))
  return { index, missing, unknown, repeated }
}
