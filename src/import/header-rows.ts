import { isBlank, type Raw } from './cells'
import type { Merge } from './xlsx'

/**
 * The cells with each merged range's text copied into every cell it covers: a merged 法律援助 over two columns
 * names both, a merged 区 over two header rows names both rows. Merged numbers are left alone (copying one
 * would count it twice).
 */
export function fillMerges(rows: Raw[][], merges: Merge[] = []): Raw[][] {
  if (!merges.length) return rows
  const out = rows.slice()
  const touched = new Set<number>()
  for (const m of merges) {
    const value = out[m.r0]?.[m.c0]
    if (typeof value !== 'string' || !value.trim()) continue
    for (let r = m.r0; r <= m.r1 && r < out.length; r++) {
      if (!touched.has(r)) out[r] = (out[r] ?? []).slice()
      touched.add(r)
      const row = out[r]!
      while (row.length <= m.c1) row.push(null)
      for (let c = m.c0; c <= m.c1; c++) if (isBlank(row[c])) row[c] = value
    }
  }
  return out
}

const NUMERIC = /^[-+]?[\d,，.]+%?$/

/** Whether a row holds a number, a date or a numeric text: data, not a header. */
export function hasFigures(row: Raw[]): boolean {
  return row.some((c) => typeof c === 'number' || c instanceof Date || (typeof c === 'string' && NUMERIC.test(c.normalize('NFKC').trim())))
}

/**
 * Whether `next` continues the header rows above it: no figures, and it names columns under a group heading
 * (a cell of the row above that spans columns, or is blank where `next` is not, as CSV exports write it).
 */
export function continuesHeader(above: Raw[], next: Raw[], spans: boolean): boolean {
  if (hasFigures(next) || next.every(isBlank)) return false
  if (spans) return true
  return next.some((c, i) => !isBlank(c) && isBlank(above[i]))
}

/** One name per column from header rows: the distinct parts top to bottom, "法律援助/受理案件（件）". */
export function flattenHeader(rows: Raw[][]): string[] {
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0)
  return Array.from({ length: width }, (_, c) => {
    const parts: string[] = []
    for (const r of rows) {
      const v = r[c]
      const s = v instanceof Date ? v.toISOString().slice(0, 10) : v == null ? '' : String(v).trim()
      if (s && parts.at(-1) !== s) parts.push(s)
    }
    return parts.join('/')
  })
}
