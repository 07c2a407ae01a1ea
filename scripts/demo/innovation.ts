/**
 * Innovation outputs per workshop and year. Each row gets noisy weights; a first pass sums them,
 * a second pass turns them into integers that add up exactly to the calibrated citywide totals.
 */
import { CumulativeRounder } from './allocate.ts'
import { TARGETS as T } from './calibration.ts'
import { FIRST_YEAR, LAST_YEAR } from './districts.ts'
import type { Industry } from './names.ts'
import { type Rng, binomial, lognormal, rngFor } from './prng.ts'
import type { Level } from './schema.ts'
import type { Workshop } from './workshops.ts'

export interface RowWeights { year: number; out: number; tr: number; ben: number }
export interface WeightSums { out: number; tr: number; ben: number }
export interface InnovationRow { year: number; outputs: number; transformed: number; benefit: number; patents: number }

const LEVEL_MULT: Record<Level, number> = { national: 4, city: 2.4, district: 1.1, enterprise: 0.7 }
/** Per industry: [share of outputs transformed (relative), benefit per transformed output (relative), patent rate]. */
const INDUSTRY: Record<Industry, [number, number, number]> = {
  manufacturing: [1.2, 1.6, 0.45], energy: [1.15, 2, 0.35], construction: [1.1, 1.4, 0.3], transport: [1.05, 1.3, 0.25],
  ict: [1.15, 1.5, 0.4], healthcare: [0.85, 0.6, 0.25], education: [0.7, 0.3, 0.1], finance: [1, 1.5, 0.1],
  agriculture: [1, 0.5, 0.15], services: [0.9, 0.6, 0.05], public: [0.75, 0.4, 0.05],
}

/** Years 2016–2025 in which the workshop is active at year end. */
export function activeYears(ws: Pick<Workshop, 'named' | 'revoked'>): number[] {
  const last = ws.revoked ? Math.min(LAST_YEAR, ws.revoked - 1) : LAST_YEAR
  const years: number[] = []
  for (let y = Math.max(FIRST_YEAR, ws.named); y <= last; y++) years.push(y)
  return years
}

function yearFactor(y: number): number {
  return (1 + 0.04 * (y - FIRST_YEAR)) * (y === 2020 ? 0.85 : 1)
}

/** Noisy weights of each innovation row of workshop i (same numbers in every pass). */
export function rowWeights(seed: number, i: number, ws: Workshop): RowWeights[] {
  const r: Rng = rngFor(`${seed}:inn:${i}`)
  const [trRel, benRel] = INDUSTRY[ws.industry]
  const base = LEVEL_MULT[ws.level] * Math.sqrt(ws.teamSize / 10)
  const talent = lognormal(r, 0.4)
  return activeYears(ws).map((year) => {
    const out = base * talent * yearFactor(year) * (year === ws.named ? 0.6 : 1) * lognormal(r, 0.45)
    const p = Math.min(0.85, Math.max(0.15, 0.48 * trRel * lognormal(r, 0.25)))
    return { year, out, tr: out * p, ben: out * (0.2 + p) * benRel * lognormal(r, 1) }
  })
}

/** Adds the weights of one workshop to running sums (first pass). */
export function addWeights(sums: WeightSums, rows: readonly RowWeights[]): void {
  for (const w of rows) { sums.out += w.out; sums.tr += w.tr; sums.ben += w.ben }
}

/** Second pass: turns weights into integer rows whose totals hit the targets × scale. */
export class InnovationEmitter {
  private readonly out: CumulativeRounder
  private readonly tr: CumulativeRounder
  private readonly ben: CumulativeRounder
  constructor(private readonly seed: number, sums: WeightSums, scale: number) {
    this.out = new CumulativeRounder(T.innovationOutputs.value * scale, sums.out)
    this.tr = new CumulativeRounder(T.innovationTransformed.value * scale, sums.tr)
    this.ben = new CumulativeRounder(T.innovationBenefit.value * scale, sums.ben)
  }

  /** The integer rows of workshop i, given its weights. */
  rows(i: number, ws: Workshop, weights: readonly RowWeights[]): InnovationRow[] {
    const r = rngFor(`${this.seed}:pat:${i}`)
    const patentRate = INDUSTRY[ws.industry][2]
    return weights.map((w) => {
      const outputs = this.out.take(w.out)
      const transformed = this.tr.take(w.tr, outputs)
      return { year: w.year, outputs, transformed, benefit: this.ben.take(w.ben), patents: binomial(r, outputs, patentRate) }
    })
  }
}
