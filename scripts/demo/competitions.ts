/**
 * Competitions, one row each, streamed. Every district runs one mass campaign a year (安康杯-style, tens of
 * thousands of person-times: 密云 reported 4万+ in 2014) and a number of small skills contests.
 * 密云 2021–2025 count, participants and craftsmen are exact by construction.
 */
import { allocate } from './allocate.ts'
import { TARGETS as T } from './calibration.ts'
import { type District, type Zone, MIYUN, YEARS, yearActivity } from './districts.ts'
import { INDUSTRIES, SPECIALTIES } from './names.ts'
import { type Rng, lognormal, pick, rngFor, uniform, weightedIndex } from './prng.ts'
import { industryWeights } from './workshops.ts'

export interface CompetitionRow {
  id: string; districtCode: string; year: number; name: string; industry: string
  participants: number; finalists: number; craftsmenNamed: number
}

/** Small contests per unit of district weight per year (朝阳: 百余场 over 2016–2018, facts.csv). */
const PER_WEIGHT = 11
/** Campaign person-times per unit of district weight (密云 ≈ 0.33 → ≈ 3.6万). */
const CAMPAIGN_PER_WEIGHT = 110_000
/** District-wide campaigns reach further in the outer districts than in the centre, where most work is in large employers' own contests. */
const CAMPAIGN_ZONE: Record<Zone, number> = { core: 0.25, central: 0.25, subcenter: 0.5, plain: 0.5, ecological: 1 }
/** 密云's 30 competitions over 2021–2025 (seed 004), per year, campaign included. */
const MIYUN_COUNT: Record<number, number> = { 2021: 5, 2022: 6, 2023: 6, 2024: 6, 2025: 7 }
const CUPS = ['工匠杯', '技能杯', '创新杯', '首都职工技能杯']
const CAMPAIGNS = ['“安康杯”竞赛', '经济技术创新竞赛', '劳动竞赛']

interface Draft { campaign: boolean; weight: number }

function finalistsFor(r: Rng, participants: number): number {
  return Math.min(participants, Math.max(3, Math.round(Math.sqrt(participants) * uniform(r, 1.2, 2.5))))
}

/** Calls emit for every competition in id order; returns the number written. */
export function forEachCompetition(seed: number, scale: number, districts: readonly District[], emit: (row: CompetitionRow) => void): number {
  const r = rngFor(`${seed}:competitions`)
  const miyun = districts.find((d) => d.code === MIYUN)!
  if (Object.values(MIYUN_COUNT).reduce((a, b) => a + b, 0) !== T.miyunCompetitions.value) throw new Error('competitions: 密云 plan ≠ target')
  // 密云 2021–2025: draft every contest first, then share the published totals among them.
  const drafts: Draft[] = Object.entries(MIYUN_COUNT).flatMap(([y, n]) => Array.from({ length: n * scale }, (_, k) => {
    const campaign = k < scale
    const mean = campaign ? CAMPAIGN_PER_WEIGHT * miyun.weight * yearActivity(Number(y), 0.5) : 150
    return { campaign, weight: mean * lognormal(r, campaign ? 0.15 : 0.6) }
  }))
  const participants = allocate(T.miyunParticipants.value * scale, drafts.map((d) => d.weight))
  const craftsmen = allocate(T.miyunCraftsmen.value * scale, participants.map((p) => Math.sqrt(p) * lognormal(r, 0.3)))
  let mi = 0
  let n = 0
  // Wide enough for any scale (about 3,000 contests per scale unit), so ids sort numerically.
  const width = Math.max(6, String(10_000 * scale).length)
  for (const year of YEARS) {
    for (const d of districts) {
      const fixed = d.code === MIYUN ? MIYUN_COUNT[year] : undefined
      const count = fixed !== undefined ? fixed * scale : scale + Math.round(d.weight * PER_WEIGHT * yearActivity(year, 0.5) * lognormal(r, 0.2) * scale)
      for (let k = 0; k < count; k++) {
        const campaign = k < scale
        const industry = INDUSTRIES[weightedIndex(r, industryWeights(d.zone, 'district'))]
        const name = campaign ? `${year}年${d.nameZh}职工${pick(r, CAMPAIGNS)}`
          : `${year}年${d.nameZh}“${d.code === MIYUN ? '工匠杯' : pick(r, CUPS)}”${pick(r, SPECIALTIES[industry])}职工技能竞赛`
        const drawn = campaign ? Math.round(CAMPAIGN_PER_WEIGHT * CAMPAIGN_ZONE[d.zone] * d.weight * yearActivity(year, 0.5) * lognormal(r, 0.15))
          : Math.max(12, Math.round(90 * lognormal(r, 0.9)))
        const own = fixed !== undefined && year >= 2021
        const p = own ? participants[mi] : drawn
        const finalists = finalistsFor(r, p)
        const named = own ? Math.min(finalists, craftsmen[mi]) : Math.min(finalists, Math.round(uniform(r, 0, campaign ? 3 : 1.4)))
        if (own) mi++
        emit({ id: `C${String(++n).padStart(width, '0')}`, districtCode: d.code, year, name, industry, participants: p, finalists, craftsmenNamed: named })
      }
    }
  }
  return n
}
