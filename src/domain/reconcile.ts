import { CITY_CODE, DISTRICT_CODES } from './districts'

/**
 * Which published figures (facts) the panel can compute, and how. The SQL of each panel measure, by district
 * and year, lives in data/queries/facts.ts; this module only decides what a fact is compared with.
 */

/** Year-end levels: a stock is read at a year end, never summed over years. */
export const LEVEL_MEASURES = [
  'workshops_all', 'workshops_city_plus', 'workshops_city_district', 'workshops_district', 'workshops_national',
  'alliances', 'alliance_workshops', 'union_members',
] as const
/** Amounts within a year: summed over a fact's years, or from the data's first year for a running total. */
export const FLOW_MEASURES = [
  'workshops_named_district', 'workshops_named_city', 'alliances_founded',
  'outputs', 'transformed', 'benefit_yuan',
  'sessions', 'person_times', 'mentorship_trainees', 'cadre_sessions', 'cadre_person_times',
  'competitions', 'participants', 'craftsmen',
  'consultations', 'cases', 'recovered_yuan', 'arrears_yuan', 'workers_helped',
] as const
export type PanelMeasure = (typeof LEVEL_MEASURES)[number] | (typeof FLOW_MEASURES)[number]

export const isLevel = (m: PanelMeasure): boolean => (LEVEL_MEASURES as readonly string[]).includes(m)

/** A fact metric's panel measure, and the counting words the panel counts in when the source may use others. */
interface Spec {
  measure: PanelMeasure
  units?: string[]
}

/** Every fact metric the panel can honestly compute (FACTS.md's bold ids, plus city-level namings and district-level stocks). */
export const COMPUTABLE: Record<string, Spec> = {
  workshops_active: { measure: 'workshops_all' },
  workshops_city_plus: { measure: 'workshops_city_plus' },
  workshops_city_district: { measure: 'workshops_city_district' },
  workshops_district: { measure: 'workshops_district' },
  workshops_national: { measure: 'workshops_national' },
  // Every region-level workshops_new figure is a district naming round (区级, label_zh says so).
  workshops_new: { measure: 'workshops_named_district' },
  workshops_city_new: { measure: 'workshops_named_city' },
  alliances: { measure: 'alliances' },
  alliances_new: { measure: 'alliances_founded' },
  alliance_workshops: { measure: 'alliance_workshops' },
  innovation_outputs: { measure: 'outputs' },
  innovation_transformed: { measure: 'transformed' },
  innovation_benefit_yuan: { measure: 'benefit_yuan', units: ['元'] },
  training_sessions: { measure: 'sessions' },
  training_person_times: { measure: 'person_times', units: ['人次'] },
  // The citywide 名师师徒 pairs are the mentorship programme's trainees, one apprentice per pair.
  mentorship_pairs: { measure: 'mentorship_trainees' },
  cadre_training_sessions: { measure: 'cadre_sessions' },
  cadre_training_person_times: { measure: 'cadre_person_times', units: ['人次'] },
  competitions: { measure: 'competitions' },
  // The panel counts person-times: a figure in persons (人, 名) counts something else.
  competition_participants: { measure: 'participants', units: ['人次'] },
  craftsmen_named: { measure: 'craftsmen' },
  rights_consultations: { measure: 'consultations', units: ['人次'] },
  rights_cases: { measure: 'cases' },
  rights_recovered_yuan: { measure: 'recovered_yuan', units: ['元'] },
  rights_arrears_recovered_yuan: { measure: 'arrears_yuan', units: ['元'] },
  workers_helped: { measure: 'workers_helped', units: ['人', '名'] },
  union_members: { measure: 'union_members' },
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
