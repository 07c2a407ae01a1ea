/** Union members and employees per district and year (denominators for coverage and per-capita views). */
import { allocate } from './allocate.ts'
import { TARGETS as T } from './calibration.ts'
import { type District, type Zone, CHAOYANG, FENGTAI, HAIDIAN, LAST_YEAR, YEARS } from './districts.ts'
import { lognormal, rngFor, uniform } from './prng.ts'

export interface MembersRow { districtCode: string; year: number; unionMembers: number; employees: number }

/** Employees at end 2023 published per district (五经普); the rest is shared by size. */
const EMPLOYEES_2023: Record<string, number> = {
  [CHAOYANG]: T.employeesChaoyang2023.value, [HAIDIAN]: T.employeesHaidian2023.value, [FENGTAI]: T.employeesFengtai2023.value,
}
/** Citywide employment change from the year before. */
const GROWTH: Record<number, number> = { 2017: 1.018, 2018: 1.015, 2019: 1.012, 2020: 0.985, 2021: 1.02, 2022: 0.995, 2023: 1.01, 2024: 1.012, 2025: 1.01 }
/** Extra yearly growth by zone (the subcenter attracts jobs, the core sheds them). */
const ZONE_GROWTH: Record<Zone, number> = { core: -0.006, central: 0, subcenter: 0.018, plain: 0.006, ecological: 0.002 }
/** Union coverage (members / employees) before scaling to the citywide total. */
const ZONE_COVERAGE: Record<Zone, number> = { core: 0.64, central: 0.6, subcenter: 0.58, plain: 0.56, ecological: 0.63 }

function index(year: number): number {
  let x = 1
  for (let y = 2024; y <= year; y++) x *= GROWTH[y]
  for (let y = 2023; y > year; y--) x /= GROWTH[y]
  return x
}

/** The members table: 2023 employees and 2018 朝阳 members as published, 2025 citywide members at the assumed total. */
export function makeMembers(seed: number, districts: readonly District[]): MembersRow[] {
  const r = rngFor(`${seed}:members-table`)
  const known = Object.values(EMPLOYEES_2023).reduce((a, b) => a + b, 0)
  const shares = allocate(T.employees2023.value - known, districts.map((d) => (d.code in EMPLOYEES_2023 ? 0 : d.weight)))
  const employees = districts.map((d, di) => YEARS.map((y) => {
    const base = EMPLOYEES_2023[d.code] ?? shares[di]
    const drift = index(y) * (1 + ZONE_GROWTH[d.zone]) ** (y - 2023)
    return y === 2023 ? base : Math.round(base * drift * lognormal(r, 0.006))
  }))
  const cy = districts.findIndex((d) => d.code === CHAOYANG)
  const i2018 = YEARS.indexOf(2018)
  const raw = districts.map((d, di) => {
    const c0 = ZONE_COVERAGE[d.zone] * uniform(r, 0.93, 1.07)
    return YEARS.map((y, k) => di === cy
      ? T.membersChaoyang2018.value * (employees[di][k] / employees[di][i2018]) * 1.006 ** (y - 2018)
      : employees[di][k] * (c0 + 0.004 * (y - 2016)))
  })
  // Scale every district except 朝阳 so the 2025 citywide total lands on the assumed value.
  const last = YEARS.indexOf(LAST_YEAR)
  const others = raw.reduce((s, row, di) => (di === cy ? s : s + row[last]), 0)
  const factor = (T.members2025.value - raw[cy][last]) / others
  return districts.flatMap((d, di) => YEARS.map((year, k) => ({
    districtCode: d.code, year, employees: employees[di][k],
    unionMembers: Math.round(raw[di][k] * (di === cy ? 1 : factor)),
  })))
}
