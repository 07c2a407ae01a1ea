/** Exact integer allocation: how calibration totals are hit by construction rather than by luck. */

/** Splits an integer total into integers proportional to weights (largest remainder, ties by index). */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (weights.length === 0) return []
  if (sum <= 0) throw new Error('allocate: weights must have a positive sum')
  const raw = weights.map((w) => (total * w) / sum)
  const out = raw.map(Math.floor)
  let rest = total - out.reduce((a, b) => a + b, 0)
  const order = raw.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) out[order[k][1]]++
  return out
}

/**
 * Streams an exact total over rows whose weights are known only one at a time.
 * The weight sum must be known up front (a first pass computes it); each row
 * gets round(cumulative target) minus what was already emitted, optionally capped,
 * so a capped shortfall is carried forward to later rows.
 */
export class CumulativeRounder {
  private cumWeight = 0
  private emitted = 0
  constructor(private readonly total: number, private readonly weightSum: number) {}

  /** The integer for the next row of weight w, at most cap. */
  take(w: number, cap = Infinity): number {
    this.cumWeight += w
    const due = Math.round((this.total * this.cumWeight) / this.weightSum) - this.emitted
    const v = Math.max(0, Math.min(cap, due))
    this.emitted += v
    return v
  }
}
