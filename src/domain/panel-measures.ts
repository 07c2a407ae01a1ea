/**
 * The panel sums published figures are compared with, by district and year (their SQL is in
 * data/queries/panel-sums.ts). A catalogue metric names the one its published figures reconcile against.
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
  'consultations', 'cases', 'recovered_yuan', 'rights_arrears_recovered_yuan', 'workers_helped',
] as const
export type PanelMeasure = (typeof LEVEL_MEASURES)[number] | (typeof FLOW_MEASURES)[number]

export const isLevel = (m: PanelMeasure): boolean => (LEVEL_MEASURES as readonly string[]).includes(m)

/** Which panel sum a metric's published figures are compared with, and the counting words the panel counts in. */
export interface Reconciles {
  measure: PanelMeasure
  /** When the source may count in other words (人 for 人次), only figures in these units are compared. */
  units?: readonly string[]
}
