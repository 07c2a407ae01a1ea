import { CITY_CODE } from './districts'
import { planFor, type FactKey, type Plan, type Uncomputable } from './reconcile'
import { acceptable } from './tolerance'

/** One panel sum as the query returns it: a row exists only where the data has that district and year. */
export interface PanelSumRow {
  measure: string
  district_code: string
  year: number
  value: number
}

/** The panel sums indexed by measure, region (district or 110000) and year; the city is the sum of its districts. */
export interface PanelSums {
  values: Map<string, number>
  /** Measures whose tables the active dataset has loaded. */
  available: Set<string>
}

const key = (measure: string, region: string, year: number) => `${measure}|${region}|${year}`

/** Indexes the query's rows, adding the whole city's sums. */
export function indexSums(rows: PanelSumRow[], available: Iterable<string>): PanelSums {
  const values = new Map<string, number>()
  const add = (k: string, v: number) => values.set(k, (values.get(k) ?? 0) + v)
  for (const r of rows) {
    add(key(r.measure, r.district_code, r.year), r.value)
    add(key(r.measure, CITY_CODE, r.year), r.value)
  }
  return { values, available: new Set(available) }
}

export type Status = 'ok' | 'beyond' | 'uncomputable' | 'missing'
export type Reason = Uncomputable | 'table' | 'years'

/** A fact beside the active dataset's figure for the same region and period. */
export interface Reconciled {
  status: Status
  /** Why a fact is not compared (uncomputable) or cannot be (missing); null when compared. */
  reason: Reason | null
  computed: number | null
  /** What the computed figure covers: a year end (from = to), a running total from the data's first year, or years summed. */
  basis: { kind: Plan['kind']; from: number; to: number } | null
  /** Computed − published, and the same relative to the published value. */
  diff: number | null
  diffPct: number | null
  /** The years the active dataset lacks, for `missing`. */
  missingYears: number[]
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)
const none = (status: Status, reason: Reason, missingYears: number[] = []): Reconciled =>
  ({ status, reason, computed: null, basis: null, diff: null, diffPct: null, missingYears })

/** The candidate computed values of a plan (one per year end, or one sum), and the years it lacks. */
function candidates(plan: Plan, region: string, sums: PanelSums) {
  const at = (y: number) => sums.values.get(key(plan.measure, region, y))
  const sum = (from: number, to: number) => range(from, to).reduce((s, y) => s + at(y)!, 0)
  if (plan.kind === 'sum') {
    const missing = range(plan.from, plan.to).filter((y) => at(y) === undefined)
    return { list: missing.length ? [] : [{ value: sum(plan.from, plan.to), basis: { kind: plan.kind, from: plan.from, to: plan.to } }], missing }
  }
  const covered = plan.years.filter((y) => at(y) !== undefined)
  if (plan.kind === 'level') {
    return { list: covered.map((y) => ({ value: at(y)!, basis: { kind: plan.kind, from: y, to: y } })), missing: covered.length ? [] : plan.years }
  }
  // A running total whose start the source does not state: everything the data has up to that year end.
  const list = covered.flatMap((y) => {
    let first = y
    while (at(first - 1) !== undefined) first--
    return [{ value: sum(first, y), basis: { kind: plan.kind, from: first, to: y } }]
  })
  return { list, missing: list.length ? [] : plan.years }
}

/** Compares one published figure with the active dataset: ok, beyond tolerance, not computable, or missing. */
export function reconcile(fact: FactKey & { value: number; qualifier: string }, sums: PanelSums): Reconciled {
  const plan = planFor(fact)
  if ('reason' in plan) return none('uncomputable', plan.reason)
  if (!sums.available.has(plan.measure)) return none('missing', 'table')
  const { list, missing } = candidates(plan, fact.region_code, sums)
  if (!list.length) return none('missing', 'years', missing)
  // Between two year ends the true stock lies anywhere between them: agreeing with that span is agreeing.
  const best = list.reduce((a, b) => (Math.abs(b.value - fact.value) < Math.abs(a.value - fact.value) ? b : a))
  const [lo, hi] = [Math.min(...list.map((c) => c.value)), Math.max(...list.map((c) => c.value))]
  const ok = acceptable(fact.value, fact.qualifier)
  const agrees = ok !== null && lo <= ok[1] && hi >= ok[0]
  const diff = best.value - fact.value
  return {
    status: agrees ? 'ok' : 'beyond',
    reason: null,
    computed: best.value,
    basis: best.basis,
    diff,
    diffPct: fact.value ? diff / fact.value : null,
    missingYears: [],
  }
}

/** The page's summary: published, computable (compared or missing), beyond tolerance, missing. */
export function summarise(list: { status: Status }[]) {
  const count = (s: Status) => list.filter((r) => r.status === s).length
  return { total: list.length, computable: list.length - count('uncomputable'), ok: count('ok'), beyond: count('beyond'), missing: count('missing') }
}
