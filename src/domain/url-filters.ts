import { filtersFromQuery, filtersToQuery } from './filters'
import { BUNDLED_YEARS, firstFrom, type YearSpan } from './years'

/** A value in the URL that was not understood and so was not applied. */
export interface Ignored {
  key: string
  value: string
  /** For a year outside the data's years: the year shown instead, and the years a range may take. */
  shown?: string
  range?: [number, number]
}

const CHOICES: Record<string, readonly string[]> = { lang: ['zh', 'en'], theme: ['light', 'dark', 'projector'] }

const raw = (v: unknown): string | undefined => (Array.isArray(v) ? raw(v[0]) : v == null ? undefined : String(v))

/**
 * What the URL's filter, language and theme values become once nonsense is dropped: the query to write back
 * (a key set to undefined is removed) and each value that was ignored, so the page can say so once.
 * A query that is already what is shown yields no change.
 */
export function cleanQuery(query: Record<string, unknown>, span: YearSpan = BUNDLED_YEARS): { patch: Record<string, string | undefined>; ignored: Ignored[] } {
  const f = filtersFromQuery(query, span)
  const patch: Record<string, string | undefined> = {}
  const ignored: Ignored[] = []
  const from = raw(query.from)
  const to = raw(query.to)
  // Swapped years are read in order, not ignored: only a year that is not one of the two shown is.
  const shownYears = [String(f.from), String(f.to)]
  const range: [number, number] = [firstFrom(span), span.max]
  // A well-formed year outside the data's years is replaced, and said to be, with what is shown instead.
  const year = (key: 'from' | 'to', value: string): Ignored =>
    (/^\d{4}$/.test(value) ? { key, value, shown: String(f[key]), range } : { key, value })
  if (from !== undefined && !shownYears.includes(from)) ignored.push(year('from', from))
  if (to !== undefined && !shownYears.includes(to)) ignored.push(year('to', to))
  if ((from !== undefined && from !== String(f.from)) || (to !== undefined && to !== String(f.to))) {
    const canon = filtersToQuery(f, span)
    patch.from = canon.from
    patch.to = canon.to
  }
  const districts = raw(query.districts)
  if (districts !== undefined) {
    const unknown = districts.split(',').filter((c) => !f.districts.includes(c))
    if (unknown.length) {
      ignored.push(...unknown.filter((c) => c !== '').map((value) => ({ key: 'districts', value })))
      patch.districts = f.districts.length ? f.districts.join(',') : undefined
    }
  }
  for (const key of ['zone', 'level', 'per'] as const) {
    const value = raw(query[key])
    const shown = f[key] ?? undefined
    if (value !== undefined && value !== shown) {
      ignored.push({ key, value })
      patch[key] = undefined
    }
  }
  for (const [key, allowed] of Object.entries(CHOICES)) {
    const value = raw(query[key])
    if (value !== undefined && !allowed.includes(value)) {
      ignored.push({ key, value })
      patch[key] = undefined
    }
  }
  return { patch, ignored }
}
