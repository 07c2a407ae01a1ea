/**
 * Which workshops exist: per level and district, how many were named and revoked each year 2011–2025.
 * Citywide stocks follow the published trajectory exactly; 密云's city and district levels follow their own plan.
 */
import { TARGETS as T } from './calibration.ts'
import { type District, MIYUN } from './districts.ts'
import { allocate } from './allocate.ts'
import { type Rng, binomial, lognormal, rngFor } from './prng.ts'
import { LEVELS, type Level } from './schema.ts'

export const PLAN_YEARS = [2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]

/** Active at end of year, scale 1. 2014 ≈ 310 city-level created 2011–2014 (facts.csv). */
const NAT_CITY = [90, 170, 250, 330, 400, 465, 530, 585, 640, T.activeCityUp2020.value, 740, T.activeCityUp2022.value, 828, 855, T.activeCityUp2025.value]
const NATIONAL = [4, 10, 16, 22, 27, 32, 37, 41, 45, 48, 52, 55, 58, 61, 64]
const ALL = [400, 700, 1000, 1300, 1600, 1900, 2250, 2600, 2950, 3250, 3600, 3950, 4300, 4620, T.activeAll2025.value]
/** Share of district level among district + enterprise. */
const DISTRICT_SHARE = 0.47
/** 密云 city and district stocks: 12 + 36 = 48 at end 2025, with 15 district-level named in 2025 (no 2025 revocations). */
const MIYUN_STOCK: Partial<Record<Level, number[]>> = {
  city: [1, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 10, 11, 11, 12],
  district: [0, 2, 4, 5, 7, 8, 10, 11, 13, 14, 15, 17, 19, 21, 21 + T.miyunDistrictNamed2025.value],
}
/** Yearly probability that an active workshop fails re-evaluation (复评撤销), from 2013. */
const REVOKE_RATE: Record<Level, number> = { national: 0.004, city: 0.012, district: 0.022, enterprise: 0.035 }
/** Where each level concentrates beyond district size (large SOE headquarters sit in the core and central districts). */
const LEVEL_ZONE: Record<Level, Partial<Record<District['zone'], number>>> = {
  national: { core: 1.4, central: 1.2, ecological: 0.6 },
  city: { core: 1.3, central: 1.15, ecological: 0.8 },
  district: {},
  enterprise: { plain: 1.15, ecological: 0.8 },
}

/** Citywide end-of-year stock per level (scale 1). */
export function levelStocks(): Record<Level, number[]> {
  const rest = ALL.map((a, i) => a - NAT_CITY[i])
  const district = rest.map((x) => Math.round(x * DISTRICT_SHARE))
  return {
    national: NATIONAL,
    city: NAT_CITY.map((x, i) => x - NATIONAL[i]),
    district,
    enterprise: rest.map((x, i) => x - district[i]),
  }
}

/** Every workshop as parallel typed arrays (no per-row objects), ordered by named year, level, district. */
export interface WorkshopPlan {
  count: number
  level: Uint8Array
  district: Uint8Array
  named: Uint16Array
  /** 0 = still active. */
  revoked: Uint16Array
}

interface Slot { named: number; revoked: number }

function simulatePair(r: Rng, increments: number[], rate: number, noRevokeIn?: number): Slot[] {
  const all: Slot[] = []
  const active: Slot[] = []
  PLAN_YEARS.forEach((y, k) => {
    const rev = y >= 2013 && y !== noRevokeIn ? binomial(r, active.length, rate) : 0
    for (let i = 0; i < rev; i++) {
      const j = Math.floor(r.next() * active.length)
      active[j].revoked = y
      active[j] = active[active.length - 1]
      active.pop()
    }
    for (let i = 0; i < increments[k] + rev; i++) {
      const s = { named: y, revoked: 0 }
      all.push(s)
      active.push(s)
    }
  })
  return all
}

/** Builds the full plan for the given districts at the given scale. */
export function planWorkshops(seed: number, scale: number, districts: readonly District[]): WorkshopPlan {
  const r = rngFor(`${seed}:plan`)
  const stocks = levelStocks()
  const miyun = districts.findIndex((d) => d.code === MIYUN)
  const pairs: Slot[][][] = LEVELS.map(() => districts.map(() => []))
  LEVELS.forEach((level, li) => {
    const fixed = MIYUN_STOCK[level]
    // increments[district][yearIndex]
    const inc = districts.map(() => PLAN_YEARS.map(() => 0))
    PLAN_YEARS.forEach((_, k) => {
      const delta = (stocks[level][k] - (k ? stocks[level][k - 1] : 0)) * scale
      const own = fixed ? (fixed[k] - (k ? fixed[k - 1] : 0)) * scale : 0
      const weights = districts.map((d, di) =>
        fixed && di === miyun ? 0 : d.weight * (LEVEL_ZONE[level][d.zone] ?? 1) * lognormal(r, 0.25))
      allocate(delta - own, weights).forEach((n, di) => { inc[di][k] = n })
      if (fixed) inc[miyun][k] = own
    })
    districts.forEach((_, di) => {
      const noRevoke = fixed && di === miyun && level === 'district' ? 2025 : undefined
      pairs[li][di] = simulatePair(r, inc[di], REVOKE_RATE[level], noRevoke)
    })
  })
  const count = pairs.flat(2).length
  const plan: WorkshopPlan = {
    count, level: new Uint8Array(count), district: new Uint8Array(count), named: new Uint16Array(count), revoked: new Uint16Array(count),
  }
  const cursor = pairs.map((row) => row.map(() => 0))
  let i = 0
  for (const y of PLAN_YEARS) {
    LEVELS.forEach((_, li) => districts.forEach((_, di) => {
      const slots = pairs[li][di]
      while (cursor[li][di] < slots.length && slots[cursor[li][di]].named === y) {
        const s = slots[cursor[li][di]++]
        plan.level[i] = li; plan.district[i] = di; plan.named[i] = s.named; plan.revoked[i] = s.revoked
        i++
      }
    }))
  }
  return plan
}
