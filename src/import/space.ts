/** What the browser said about its storage when a write was refused: what the dataset needs, what is used and allowed. */
export interface SpaceShort { needed: number; usage: number | null; quota: number | null }

/** A write the browser refused for want of space; `needed` is the bytes the dataset's tables take. */
export class StorageFull extends Error {
  constructor(readonly needed: number, options: { cause?: unknown } = {}) {
    super(`storage is full: ${needed} bytes needed`, options)
    this.name = 'StorageFull'
  }
}

/** Whether an error is the browser refusing a write for want of space (IndexedDB reports it on the transaction). */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name
  return name === 'QuotaExceededError' || (error instanceof Error && /quota/i.test(error.message))
}

/** Bytes as a steward reads them: 1.5 MB, 820 KB, 2.1 GB. */
export function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB']
  let v = Math.max(0, n)
  let u = 0
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024
    u++
  }
  return `${u === 0 ? Math.round(v) : v < 100 ? v.toFixed(1) : Math.round(v)} ${units[u]}`
}

/** Free space the estimate leaves, never below zero; null when the browser gave no estimate. */
export function freeBytes(s: { usage: number | null; quota: number | null }): number | null {
  return s.usage === null || s.quota === null ? null : Math.max(0, s.quota - s.usage)
}

/**
 * The sentence for a refused write: space is short, what the dataset needs, what is free (when the browser
 * says), and what to do. `t` is the i18n translate function (keys under `stored.`).
 */
export function spaceShortText(t: (key: string, params?: Record<string, unknown>) => string, s: SpaceShort): string {
  const free = freeBytes(s)
  const needed = formatBytes(s.needed)
  // Chromium estimates its quota from the disk's size, not what is left on it: a full disk refuses "fitting" writes.
  const needs = free === null
    ? t('stored.spaceShortUnknown', { needed })
    : t(free < s.needed ? 'stored.spaceShort' : 'stored.spaceShortDisk', { needed, free: formatBytes(free) })
  return `${needs}${t('stored.spaceAdvice')}`
}
