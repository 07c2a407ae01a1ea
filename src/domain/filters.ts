import { DISTRICT_CODES, ZONES, zoneCodes, type Zone } from './districts'
import { BUNDLED_YEARS, defaultRange, firstFrom, type YearSpan } from './years'

/** Normalisation of a metric: absolute, per 10k union members, per 10k residents. */
export type Per = 'none' | 'members' | 'residents'

/** Workshop level filter; 'all' keeps every level. */
export type Level = 'all' | 'national' | 'city' | 'district' | 'enterprise'

/** What the user chose; lives in the URL query string. */
export interface Filters {
  from: number
  to: number
  /** District codes; empty means the whole city (or the whole zone). */
  districts: string[]
  /** A functional zone narrowing the districts; null for none. */
  zone: Zone | null
  level: Level
  per: Per
}

/** The filters of a dataset whose years are `span`: its latest five years, the whole city, every level. */
export function defaultsFor(span: YearSpan): Filters {
  return { ...defaultRange(span), districts: [], zone: null, level: 'all', per: 'none' }
}

/** The default view of the bundled demo (2021–2025), which its first paint is precomputed for. */
export const defaultFilters: Filters = defaultsFor(BUNDLED_YEARS)

const LEVELS: Level[] = ['all', 'national', 'city', 'district', 'enterprise']
const PERS: Per[] = ['none', 'members', 'residents']

function year(value: unknown, fallback: number, span: YearSpan): number {
  const n = Number(value)
  return Number.isInteger(n) && n >= firstFrom(span) && n <= span.max ? n : fallback
}

function first(value: unknown): string | undefined {
  return Array.isArray(value) ? (value[0] as string | undefined) : (value as string | undefined)
}

/** Reads filters from a URL query, ignoring anything malformed; years must lie in the dataset's `span`. */
export function filtersFromQuery(query: Record<string, unknown>, span: YearSpan = BUNDLED_YEARS): Filters {
  const defaults = defaultsFor(span)
  let from = year(first(query.from), defaults.from, span)
  let to = year(first(query.to), defaults.to, span)
  if (from > to) [from, to] = [to, from]
  const districts = (first(query.districts) ?? '').split(',').filter((c) => DISTRICT_CODES.includes(c))
  const zone = ZONES.find((z) => z.id === first(query.zone))?.id ?? null
  const level = LEVELS.find((l) => l === first(query.level)) ?? 'all'
  const per = PERS.find((p) => p === first(query.per)) ?? 'none'
  return { from, to, districts: [...new Set(districts)], zone, level, per }
}

/** Writes filters to a URL query, leaving the defaults of the dataset's `span` out so links stay short. */
export function filtersToQuery(f: Filters, span: YearSpan = BUNDLED_YEARS): Record<string, string> {
  const defaults = defaultsFor(span)
  const q: Record<string, string> = {}
  if (f.from !== defaults.from) q.from = String(f.from)
  if (f.to !== defaults.to) q.to = String(f.to)
  if (f.districts.length) q.districts = f.districts.join(',')
  if (f.zone) q.zone = f.zone
  if (f.level !== 'all') q.level = f.level
  if (f.per !== 'none') q.per = f.per
  return q
}

/** The districts the figures cover: the chosen ones (within the zone, if any), else the zone, else the city. */
export function selectedDistricts(f: Filters): string[] {
  const inZone = f.zone ? zoneCodes(f.zone) : DISTRICT_CODES
  const chosen = f.districts.length ? f.districts.filter((c) => inZone.includes(c)) : inZone
  return chosen.length ? chosen : inZone
}

/** Whether the figures are for the whole city (no district or zone narrowing). */
export function isWholeCity(f: Filters): boolean {
  return !f.zone && f.districts.length === 0
}

/** The years the filters cover, from `from` to `to`. */
export function yearsOf(f: Pick<Filters, 'from' | 'to'>): number[] {
  return Array.from({ length: f.to - f.from + 1 }, (_, i) => f.from + i)
}
