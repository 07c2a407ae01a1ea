import { CITY_CODE, DISTRICT_CODES } from './districts'
import { metrics } from './metrics'
import { isLevel, type PanelMeasure, type Reconciles } from './panel-measures'

/**
 * Which published figures (facts) the panel can compute, and how. The SQL of each panel measure, by district
 * and year, lives in data/queries/panel-sums.ts; this module only decides what a fact is compared with.
 */

/**
 * Published-figure metrics (data/sources/FACTS.md vocabulary) that are not catalogue metrics but that the panel can
 * still compute: city-level namings and district-level stocks. A catalogue metric says its own (`published`).
 */
const PUBLISHED_ONLY: Record<string, Reconciles> = {
  workshops_city_district: { measure: 'workshops_city_district' },
  workshops_district: { measure: 'workshops_district' },
  workshops_national: { measure: 'workshops_national' },
  workshops_city_new: { measure: 'workshops_named_city' },
  alliances_new: { measure: 'alliances_founded' },
  alliance_workshops: { measure: 'alliance_workshops' },
  // The citywide 名师师徒 pairs are the mentorship programme's trainees, one apprentice per pair.
  mentorship_pairs: { measure: 'mentorship_trainees' },
  cadre_training_sessions: { measure: 'cadre_sessions' },
  cadre_training_person_times: { measure: 'cadre_person_times', units: ['人次'] },
  union_members: { measure: 'union_members' },
}

/** Every fact metric the panel can honestly compute, by fact metric id. */
export const COMPUTABLE: Record<string, Reconciles> = {
  ...Object.fromEntries(metrics.flatMap((m) => (m.published ? [[m.id, m.published]] : []))),
  ...PUBLISHED_ONLY,
}

/**
 * Facts whose wording narrows the scope below the region's whole measure (fact ids are stable, FACTS.md):
 * F105 and F148 count the courses of 密云's two craftsman colleges, not every training session in 密云.
 */
export const NARROWER_SCOPE = new Set(['F105', 'F148'])

/** Why a fact is not compared: each has a sentence on screen. */
export type Uncomputable = 'region' | 'body' | 'target' | 'metric' | 'scope' | 'unit' | 'kind' | 'partYear'

/** The fields of a fact the decision reads. */
export interface FactKey {
  fact_id: string
  region_code: string
  body: string | null
  period_kind: string
  period_start: string
  period_end: string
  metric: string
  unit: string
}

/** What a computable fact is compared with: a measure at year end(s), or summed over whole years. */
export type Plan =
  | { measure: PanelMeasure; kind: 'level' | 'running'; years: number[] }
  | { measure: PanelMeasure; kind: 'sum'; from: number; to: number }

const year = (date: string) => Number(date.slice(0, 4))

/** The year ends around an as-of date: that year's end if the date is 31 Dec, else the ends before and after it. */
export function yearEndsAround(date: string): number[] {
  return date.endsWith('-12-31') ? [year(date)] : [year(date) - 1, year(date)]
}

/** How a fact can be computed from the panel, or why it cannot. */
export function planFor(f: FactKey): Plan | { reason: Uncomputable } {
  if (f.region_code !== CITY_CODE && !DISTRICT_CODES.includes(f.region_code)) return { reason: 'region' }
  if (f.body) return { reason: 'body' }
  if (f.period_kind === 'target') return { reason: 'target' }
  const spec = COMPUTABLE[f.metric]
  if (!spec) return { reason: 'metric' }
  if (NARROWER_SCOPE.has(f.fact_id)) return { reason: 'scope' }
  if (spec.units && !spec.units.includes(f.unit)) return { reason: 'unit' }
  const level = isLevel(spec.measure)
  if (f.period_kind === 'stock') return { measure: spec.measure, kind: level ? 'level' : 'running', years: yearEndsAround(f.period_end) }
  if (level) return { reason: 'kind' }
  // The panel is yearly: a flow over part of a year (or a single day's event) has no honest equivalent.
  if (!f.period_start.endsWith('-01-01') || !f.period_end.endsWith('-12-31')) return { reason: 'partYear' }
  return { measure: spec.measure, kind: 'sum', from: year(f.period_start), to: year(f.period_end) }
}
