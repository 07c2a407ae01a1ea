/** Workshop alliances (创新工作室联盟) and which workshops belong to them. */
import { TARGETS as T } from './calibration.ts'
import { type District, CHANGPING } from './districts.ts'
import { INDUSTRIES, INDUSTRY_ZH, type Industry, orgName } from './names.ts'
import { type Rng, intIn, pick, rngFor, sample, weightedIndex } from './prng.ts'
import type { AllianceType } from './schema.ts'
import type { WorkshopPlan } from './workshop-plan.ts'

export interface Alliance {
  id: string
  name: string
  /** Index into districts, or -1 for city-wide. */
  district: number
  type: AllianceType
  founded: number
  /** Industry forced on members (same-industry and internal alliances). */
  industry: Industry | null
  /** Employer shared by the members of an internal alliance. */
  org: string | null
  /** Member workshops at scale 1. */
  size: number
}

type Draft = Omit<Alliance, 'id' | 'org'> & { org?: string }

/** 昌平's nine, named after the article where it names them (seed 002): founded 2017 …, two in 2025. */
const CHANGPING_NINE: [string, AllianceType, number, Industry, number][] = [
  ['昌平区农服中心劳模创新工作室联盟', 'same-industry', 2017, 'agriculture', 5],
  ['', 'internal', 2018, 'manufacturing', 4],
  ['昌平区卫生健康系统职工创新工作室联盟', 'same-industry', 2019, 'healthcare', 5],
  ['昌平区“医疗+医药”职工创新工作室联盟', 'cross-industry', 2021, 'healthcare', 4],
  ['昌平区“委办局+文化公司”职工创新工作室联盟', 'cross-industry', 2022, 'public', 4],
  ['昌平区未来科学城能源科技创新工作室联盟', 'same-industry', 2023, 'energy', 4],
  ['', 'internal', 2024, 'construction', 3],
  ['昌平区洁净技术创新工作室联盟', 'same-industry', 2025, 'manufacturing', 3],
  ['昌平区新媒体创新工作室联盟', 'cross-industry', 2025, 'public', 3],
]
/** Alliances per other district (none of these are calibrated). */
const PER_DISTRICT: Record<string, number> = {
  '110101': 2, '110102': 3, '110105': 6, '110106': 3, '110107': 2, '110108': 7, '110109': 1, '110111': 2,
  '110112': 3, '110113': 3, '110115': 6, '110116': 1, '110117': 1, '110118': 2, '110119': 1,
}
/** City-wide alliances by founding year (工业(国防)工会 first batch of 9 in 2023, facts.csv). */
const CITY_WIDE: Record<number, number> = { 2019: 2, 2021: 3, 2023: 9, 2024: 6, 2025: 7 }

function draft(r: Rng, d: District | null, di: number, founded: number): Draft {
  const type = (['internal', 'same-industry', 'cross-industry'] as const)[weightedIndex(r, d ? [3, 4, 3] : [1, 6, 3])]
  const industry = pick(r, INDUSTRIES)
  const where = d ? d.nameZh : '北京市'
  const name = type === 'same-industry' ? `${where}${INDUSTRY_ZH[industry]}系统职工创新工作室联盟`
    : type === 'cross-industry' ? `${where}“${INDUSTRY_ZH[industry]}+${INDUSTRY_ZH[pick(r, INDUSTRIES.filter((x) => x !== industry))]}”跨行业创新工作室联盟` : ''
  return { name, district: di, type, founded, industry: type === 'cross-industry' ? null : industry, size: intIn(r, 2, d ? 7 : 6) }
}

/** The alliance table (not scaled), ids A001… in founding order. */
export function makeAlliances(seed: number, districts: readonly District[]): Alliance[] {
  const r = rngFor(`${seed}:alliances`)
  const drafts: Draft[] = []
  const cp = districts.findIndex((d) => d.code === CHANGPING)
  for (const [name, type, founded, industry, size] of CHANGPING_NINE) {
    drafts.push({ name, district: cp, type, founded, industry: type === 'cross-industry' ? null : industry, size })
  }
  districts.forEach((d, di) => {
    for (let k = 0; k < (PER_DISTRICT[d.code] ?? 0); k++) drafts.push(draft(r, d, di, 2016 + weightedIndex(r, [1, 1, 2, 2, 2, 3, 3, 4, 4, 4])))
  })
  for (const [y, n] of Object.entries(CITY_WIDE)) for (let k = 0; k < n; k++) drafts.push(draft(r, null, -1, Number(y)))
  const seen = new Set<string>()
  const out = drafts
    .map((a, k) => ({ a, k })).sort((x, y) => x.a.founded - y.a.founded || x.k - y.k)
    .map(({ a }, k): Alliance => {
      const industry = a.industry ?? 'services'
      const org = a.type === 'internal' ? orgName(r, industry, a.district >= 0 ? districts[a.district].nameZh : '') : null
      let name = org ? `${org}职工创新工作室联盟` : a.name
      while (seen.has(name)) name = name.replace('联盟', '二联盟')
      seen.add(name)
      return { ...a, id: `A${String(k + 1).padStart(3, '0')}`, name, org }
    })
  if (out.filter((a) => a.district === cp).reduce((s, a) => s + a.size, 0) !== T.changpingAllianceWorkshops.value) {
    throw new Error('alliances: 昌平 member sizes no longer add up to the calibration target')
  }
  return out
}

/** Assigns members: workshops still active in 2025, of the alliance's district, preferably named before it was founded. */
export function assignMembers(seed: number, scale: number, plan: WorkshopPlan, alliances: readonly Alliance[]): Int16Array {
  const r = rngFor(`${seed}:members`)
  const member = new Int16Array(plan.count).fill(-1)
  alliances.forEach((a, ai) => {
    const eligible = (i: number, strict: boolean): boolean =>
      member[i] < 0 && plan.revoked[i] === 0 && (a.district < 0 || plan.district[i] === a.district) && (!strict || plan.named[i] <= a.founded)
    const pool: number[] = []
    for (let i = 0; i < plan.count; i++) if (eligible(i, true)) pool.push(i)
    if (pool.length < a.size * scale) for (let i = 0; i < plan.count; i++) if (eligible(i, false) && plan.named[i] > a.founded) pool.push(i)
    for (const i of sample(r, pool, a.size * scale)) member[i] = ai
  })
  return member
}
