/** Attributes of one workshop, derived only from (seed, index, plan): regenerable in any pass, in any order. */
import type { Alliance } from './alliances.ts'
import type { District, Zone } from './districts.ts'
import { INDUSTRIES, type Industry, SPECIALTIES, orgName, personName } from './names.ts'
import { lognormal, pick, rngFor, weightedIndex } from './prng.ts'
import { KINDS, LEVELS, type Kind, type Level } from './schema.ts'
import type { WorkshopPlan } from './workshop-plan.ts'

export interface Workshop {
  id: string
  name: string
  districtCode: string
  level: Level
  kind: Kind
  industry: Industry
  leader: string
  established: number
  named: number
  revoked: number | null
  teamSize: number
  allianceId: string | null
}

/** Industry mix by zone, in INDUSTRIES order. */
const ZONE_INDUSTRY: Record<Zone, number[]> = {
  core: [0.5, 1, 1, 1, 1.5, 2.5, 2, 3, 0.1, 3, 3],
  central: [1.2, 1, 2, 1.5, 3, 2, 2, 1.5, 0.2, 2.5, 1.5],
  subcenter: [1.2, 1, 2.5, 1.5, 1.2, 1.5, 1.5, 1, 0.5, 2, 2],
  plain: [3, 1.2, 2, 1.8, 1.5, 1.5, 1.2, 0.5, 1, 1.5, 1.2],
  ecological: [1.2, 1.2, 1, 1, 0.5, 1.5, 1.5, 0.4, 2.5, 2.5, 1.8],
}
const HEAVY = new Set<Industry>(['manufacturing', 'energy', 'construction', 'transport'])
const TEAM_BASE: Record<Level, number> = { national: 28, city: 18, district: 11, enterprise: 8 }
const KIND_SUFFIX: Record<Kind, string> = { 'model-worker': '劳模创新工作室', worker: '职工创新工作室', craftsman: '工匠创新工作室' }

/** Industry weights for a zone and level (city level and above lean to heavy industry). */
export function industryWeights(zone: Zone, level: Level): number[] {
  return ZONE_INDUSTRY[zone].map((w, k) => (level === 'national' || level === 'city') && HEAVY.has(INDUSTRIES[k]) ? w * 1.5 : w)
}

/** Workshop id, zero-padded to six digits or to the width of the count, so ids sort numerically ('W000001'). */
export function workshopId(i: number, count: number): string {
  return `W${String(i + 1).padStart(Math.max(6, String(count).length), '0')}`
}

/** The full record of workshop i. */
export function workshopAt(
  seed: number, i: number, plan: WorkshopPlan, districts: readonly District[], alliances: readonly Alliance[], member: Int16Array,
): Workshop {
  const r = rngFor(`${seed}:ws:${i}`)
  const d = districts[plan.district[i]]
  const level = LEVELS[plan.level[i]]
  const alliance = member[i] >= 0 ? alliances[member[i]] : null
  const drawn = INDUSTRIES[weightedIndex(r, industryWeights(d.zone, level))]
  const industry = alliance?.industry ?? drawn
  const named = plan.named[i]
  const craftShare = named >= 2018 ? 0.3 : 0.12
  const modelShare = level === 'national' || level === 'city' ? 0.5 : 0.28
  const kind = KINDS[weightedIndex(r, [modelShare, 1 - modelShare - craftShare, craftShare])]
  const leader = personName(r)
  const org = alliance?.org ?? orgName(r, industry, d.nameZh)
  const withLeader = r.next() < (level === 'national' || level === 'city' ? 0.55 : 0.35)
  const name = org + (withLeader ? leader : pick(r, SPECIALTIES[industry])) + KIND_SUFFIX[kind]
  const established = named - weightedIndex(r, [level === 'enterprise' ? 4 : 1, 3, 3, 2, 1, 1])
  const teamSize = Math.min(80, Math.max(5, Math.round(TEAM_BASE[level] * lognormal(r, 0.35))))
  return {
    id: workshopId(i, plan.count), name, districtCode: d.code, level, kind, industry, leader, established, named,
    revoked: plan.revoked[i] || null, teamSize, allianceId: alliance?.id ?? null,
  }
}

/** The workshop's name, made unique against names already used: the leader's name goes in, then a number. */
export function uniqueName(w: Workshop, seen: Set<string>): string {
  const suffix = KIND_SUFFIX[w.kind]
  const stem = w.name.slice(0, -suffix.length)
  let name = w.name
  if (seen.has(name) && !stem.endsWith(w.leader)) name = stem + w.leader + suffix
  for (let n = 2; seen.has(name); n++) name = `${w.name}（${n}）`
  seen.add(name)
  return name
}
