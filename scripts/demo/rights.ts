/** Rights protection per district and year; 密云's 2021–2025 sums are exact by allocation. */
import { allocate } from './allocate.ts'
import { TARGETS as T } from './calibration.ts'
import { type District, FIRST_YEAR, MIYUN, YEARS } from './districts.ts'
import { lognormal, rngFor, uniform } from './prng.ts'

export interface RightsRow {
  districtCode: string; year: number; consultations: number; cases: number
  recoveredYuan: number; arrearsRecoveredYuan: number; workersHelped: number
}

const MIYUN_YEARS = [2021, 2022, 2023, 2024, 2025]
/** Disputes rise slowly, and jump in 2020–2021 (COVID-era layoffs and arrears). */
function rightsYear(y: number): number {
  return (1 + 0.05 * (y - FIRST_YEAR)) * (y === 2020 ? 1.15 : y === 2021 ? 1.1 : 1)
}
/** Outside the ecological zone the federation handles fewer cases per unit of size than 密云 (courts and arbitration take more). */
const NON_ECO = 0.7

/** The rights table: every district's rates scaled from 密云's published five-year sums. */
export function makeRights(seed: number, districts: readonly District[]): RightsRow[] {
  const r = rngFor(`${seed}:rights`)
  const miyun = districts.find((d) => d.code === MIYUN)!
  const myWeights = MIYUN_YEARS.map((y) => rightsYear(y) * lognormal(r, 0.12))
  const fixed = {
    consultations: allocate(T.miyunConsultations.value, myWeights.map((w) => w * lognormal(r, 0.1))),
    cases: allocate(T.miyunCases.value, myWeights.map((w) => w * lognormal(r, 0.1))),
    recovered: allocate(T.miyunRecovered.value, myWeights.map((w) => w * lognormal(r, 0.15))),
  }
  // Per unit of weight and of year index, as observed in 密云 2021–2025.
  const denom = miyun.weight * MIYUN_YEARS.reduce((s, y) => s + rightsYear(y), 0)
  const rate = {
    consultations: T.miyunConsultations.value / denom,
    cases: T.miyunCases.value / denom,
    recovered: T.miyunRecovered.value / denom,
  }
  return districts.flatMap((d) => YEARS.map((year) => {
    const k = MIYUN_YEARS.indexOf(year)
    const own = d.code === MIYUN && k >= 0
    const size = d.weight * rightsYear(year) * (d.zone === 'ecological' ? 1 : NON_ECO) * lognormal(r, 0.12)
    const consultations = own ? fixed.consultations[k] : Math.round(rate.consultations * size * lognormal(r, 0.1))
    const cases = own ? fixed.cases[k] : Math.round(rate.cases * size * lognormal(r, 0.1))
    const recoveredYuan = own ? fixed.recovered[k] : Math.round((rate.recovered * size * lognormal(r, 0.2)) / 100) * 100
    return {
      districtCode: d.code, year, consultations, cases, recoveredYuan,
      arrearsRecoveredYuan: Math.round(recoveredYuan * uniform(r, 0.35, 0.6)),
      workersHelped: Math.round(cases * uniform(r, 1.1, 1.6) + consultations * 0.1),
    }
  }))
}
