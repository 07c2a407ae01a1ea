/** The 16 districts, read from the reviewable data/sources/districts.csv, with the sizing the generator uses. */
import { readFileSync } from 'node:fs'

export type Zone = 'core' | 'central' | 'subcenter' | 'plain' | 'ecological'

export interface District {
  code: string
  nameZh: string
  shortZh: string
  zone: Zone
  population: number
  /** Relative size of union activity: residents weighted by how much work the zone hosts. */
  weight: number
}

/** Jobs per resident relative to the city mean: the core hosts far more work than residents. */
const ZONE_ACTIVITY: Record<Zone, number> = { core: 2.2, central: 1.05, subcenter: 0.75, plain: 0.72, ecological: 0.62 }

/** Loads districts.csv (plain CSV without quoted fields) in file order. */
export function loadDistricts(path: string): District[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/)
  const cols = header.split(',')
  const at = (row: string[], name: string): string => row[cols.indexOf(name)]
  return lines.map((line) => {
    const row = line.split(',')
    const zone = at(row, 'zone') as Zone
    const population = Number(at(row, 'population_2020'))
    return {
      code: at(row, 'district_code'),
      nameZh: at(row, 'name_zh'),
      shortZh: at(row, 'short_zh'),
      zone,
      population,
      weight: (population / 1e6) * ZONE_ACTIVITY[zone],
    }
  })
}

export const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025] as const
export const FIRST_YEAR = 2016
export const LAST_YEAR = 2025
export const MIYUN = '110118'
export const CHANGPING = '110114'
export const CHAOYANG = '110105'
export const HAIDIAN = '110108'
export const FENGTAI = '110106'

/** Activity index of a year relative to 2016: slow growth, COVID dip in 2020 and a partial 2021. */
export function yearActivity(year: number, covidDip = 0.6): number {
  const trend = 1 + 0.045 * (year - FIRST_YEAR)
  if (year === 2020) return trend * covidDip
  if (year === 2021) return trend * (1 - (1 - covidDip) * 0.35)
  if (year === 2022) return trend * (1 - (1 - covidDip) * 0.25)
  return trend
}
