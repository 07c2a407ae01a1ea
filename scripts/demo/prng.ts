/** Seeded PRNG (sfc32) and the few distributions the generator needs. Never Math.random. */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number
}

/** 32-bit string hash (xmur3) used to derive independent sub-stream seeds from a key. */
function xmur3(key: string): () => number {
  let h = 1779033703 ^ key.length
  for (let i = 0; i < key.length; i++) {
    h = Math.imul(h ^ key.charCodeAt(i), 3432918353)
    h = (h << 13) | (h >>> 19)
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507)
    h = Math.imul(h ^ (h >>> 13), 3266489909)
    return (h ^= h >>> 16) >>> 0
  }
}

/** sfc32 generator seeded from a string key, e.g. `${seed}:workshop:42`. */
export function rngFor(key: string): Rng {
  const seed = xmur3(key)
  let a = seed(), b = seed(), c = seed(), d = seed()
  const next = (): number => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0
    let t = (a + b) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    d = (d + 1) | 0
    t = (t + d) | 0
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  for (let i = 0; i < 12; i++) next()
  return { next }
}

/** Uniform float in [lo, hi). */
export function uniform(r: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * r.next()
}

/** Uniform integer in [lo, hi] inclusive. */
export function intIn(r: Rng, lo: number, hi: number): number {
  return lo + Math.floor(r.next() * (hi - lo + 1))
}

/** Standard normal draw (Box–Muller). */
export function normal(r: Rng): number {
  const u = 1 - r.next()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.next())
}

/** Log-normal multiplier with median 1 and the given log-sd. */
export function lognormal(r: Rng, sd: number): number {
  return Math.exp(sd * normal(r))
}

/** Index drawn with probability proportional to weights. */
export function weightedIndex(r: Rng, weights: readonly number[]): number {
  let total = 0
  for (const w of weights) total += w
  let x = r.next() * total
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i]
    if (x < 0) return i
  }
  return weights.length - 1
}

/** Element drawn uniformly from a non-empty list. */
export function pick<T>(r: Rng, items: readonly T[]): T {
  return items[Math.floor(r.next() * items.length)]
}

/** Binomial draw by summing Bernoulli trials (n is small everywhere it is used). */
export function binomial(r: Rng, n: number, p: number): number {
  let k = 0
  for (let i = 0; i < n; i++) if (r.next() < p) k++
  return k
}

/** Moves k randomly chosen elements to the front of arr (partial Fisher–Yates) and returns them. */
export function sample(r: Rng, arr: number[], k: number): number[] {
  const n = arr.length
  const out: number[] = []
  for (let i = 0; i < Math.min(k, n); i++) {
    const j = i + Math.floor(r.next() * (n - i))
    const tmp = arr[i]; arr[i] = arr[j]; arr[j] = tmp
    out.push(arr[i])
  }
  return out
}
