/** Training per district, year and program; citywide totals and 密云's cadre classes exact by allocation. */
import { allocate } from './allocate.ts'
import { TARGETS as T } from './calibration.ts'
import { type District, MIYUN, YEARS, yearActivity } from './districts.ts'
import { lognormal, rngFor, uniform } from './prng.ts'
import { PROGRAMS, type Program } from './schema.ts'

export interface TrainingRow { districtCode: string; year: number; program: Program; sessions: number; trainees: number; personTimes: number }

/** Share of sessions by program (craftsman academies ramp up from 2019). */
function programShare(p: Program, year: number): number {
  if (p === 'craftsman-academy') return year < 2018 ? 0.02 : year < 2019 ? 0.04 : 0.08
  return { skills: 0.6, mentorship: 0.27, cadre: 0.05 }[p]
}
/** Typical person-times per session. */
const SIZE: Record<Program, number> = { skills: 52, 'craftsman-academy': 38, mentorship: 14, cadre: 165 }
/** Person-times per distinct trainee, [lo, hi). */
const REPEAT: Record<Exclude<Program, 'mentorship'>, [number, number]> = { skills: [1.3, 1.8], 'craftsman-academy': [1.5, 2.5], cadre: [1.1, 1.4] }
/** 密云 cadre classes 2021–2025: 30 classes (seed 004). */
const MIYUN_CADRE_SESSIONS: Record<number, number> = { 2021: 5, 2022: 6, 2023: 6, 2024: 6, 2025: 7 }

/** The training table. */
export function makeTraining(seed: number, districts: readonly District[]): TrainingRow[] {
  const r = rngFor(`${seed}:training`)
  const cells = districts.flatMap((d) => YEARS.flatMap((year) => PROGRAMS.map((program) => ({ d, year, program }))))
  const fixed = cells.map((c) => c.d.code === MIYUN && c.program === 'cadre' ? MIYUN_CADRE_SESSIONS[c.year] ?? null : null)
  const fixedSessions = fixed.reduce<number>((s, x) => s + (x ?? 0), 0)
  const sw = cells.map((c, k) => fixed[k] !== null ? 0 : c.d.weight * yearActivity(c.year, 0.55) * programShare(c.program, c.year) * lognormal(r, 0.08))
  const free = allocate(T.trainingSessions.value - fixedSessions, sw)
  const sessions = cells.map((_, k) => fixed[k] ?? free[k])
  // Person-times: 密云 cadre first (exact), the rest shares the remainder in proportion to sessions × class size.
  const pw = cells.map((c, k) => sessions[k] * SIZE[c.program] * lognormal(r, 0.12))
  const fixedPt = allocate(T.miyunCadrePersonTimes.value, pw.map((w, k) => (fixed[k] !== null ? w : 0)))
  const freePt = allocate(T.trainingPersonTimes.value - T.miyunCadrePersonTimes.value, pw.map((w, k) => (fixed[k] !== null ? 0 : w)))
  const personTimes = cells.map((_, k) => (fixed[k] !== null ? fixedPt[k] : freePt[k]))
  // Mentorship trainees are apprentices: 2.54万 pairs in all, shared in proportion to person-times.
  const apprentices = allocate(T.mentorshipPairs.value, cells.map((c, k) => (c.program === 'mentorship' ? personTimes[k] * lognormal(r, 0.1) : 0)))
  return cells.map((c, k) => {
    const pt = personTimes[k]
    const repeat = c.program === 'mentorship' ? null : REPEAT[c.program]
    const trainees = repeat === null ? Math.min(pt, apprentices[k]) : pt === 0 ? 0 : Math.max(1, Math.round(pt / uniform(r, repeat[0], repeat[1])))
    return { districtCode: c.d.code, year: c.year, program: c.program, sessions: sessions[k], trainees, personTimes: pt }
  })
}
