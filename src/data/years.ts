import type { YearSpan } from '../domain/years'
import { startEngine } from './db'
import type { Engine } from './engine'

/** Tables with one row per district (or workshop) and year: their `year` is the span a dataset reports on. */
const PERIOD_TABLES = ['members', 'innovation', 'training', 'competitions', 'rights']

/** Tables of events: a workshop named in 2026 extends the span, but the 2011 ones do not start it. */
const EVENT_COLUMNS: Record<string, string> = { workshops: 'named_year', alliances: 'founded_year' }

/**
 * A query of one row (lo, hi): the first and last year the given tables cover. The first year comes from the
 * period tables when there are any (events reach back further than the statistics do), else from the events.
 */
export function yearSpanSql(tables: readonly string[], name: (table: string) => string = (t) => `"${t}"`): string {
  const parts = [
    ...PERIOD_TABLES.filter((t) => tables.includes(t)).map((t) => `SELECT year AS y, true AS period FROM ${name(t)}`),
    ...Object.entries(EVENT_COLUMNS).filter(([t]) => tables.includes(t)).map(([t, c]) => `SELECT ${c} AS y, false AS period FROM ${name(t)}`),
  ]
  if (!parts.length) return 'SELECT CAST(NULL AS INTEGER) AS lo, CAST(NULL AS INTEGER) AS hi'
  return `SELECT CAST(coalesce(min(y) FILTER (WHERE period), min(y)) AS INTEGER) AS lo, CAST(max(y) AS INTEGER) AS hi
    FROM (${parts.join(' UNION ALL ')})`
}

/**
 * The years the live tables cover, or null when none has a year. Tables read in place from a server (views)
 * are left out: scanning them would download their rows, and the small tables beside them name the same years.
 */
export async function liveYears(tables: readonly string[], engine?: Engine): Promise<YearSpan | null> {
  const db = engine ?? (await startEngine())
  const base = (await db.query({ sql: "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'" })).map((r) => String(r.table_name))
  const rows = await db.query({ sql: yearSpanSql(tables.filter((t) => base.includes(t))) })
  const lo = rows[0]?.lo
  const hi = rows[0]?.hi
  return typeof lo === 'number' && typeof hi === 'number' ? { min: lo, max: hi } : null
}
