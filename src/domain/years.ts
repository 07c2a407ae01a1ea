/** The years a dataset covers: the first and last year found in its rows. */
export interface YearSpan { min: number; max: number }

/** No union statistics before this year are expected; anything earlier is a typing error. */
export const YEAR_FLOOR = 1990

/**
 * The bundled demo panel's years, used only until the live dataset has reported its own span (the first paint
 * of the bundled demo needs its default view before the engine is up); a unit test checks it against the files.
 */
export const BUNDLED_YEARS: YearSpan = { min: 2016, max: 2025 }

/** This year by the machine's clock: the latest year a file may name. */
export function currentYear(now: Date = new Date()): number {
  return now.getFullYear()
}

/** Whether `y` is a year a file may name: 1990 … the current year. */
export function acceptedYear(y: number, now: Date = new Date()): boolean {
  return Number.isInteger(y) && y >= YEAR_FLOOR && y <= currentYear(now)
}

/**
 * The first year a range may start at. The year before `from` is always queried too (for 同比), so with more
 * than one year of data the range starts one year after the data does.
 */
export function firstFrom(span: YearSpan): number {
  return span.max > span.min ? span.min + 1 : span.min
}

/** The default range of a span: the latest five years with data (fewer when the data is shorter). */
export function defaultRange(span: YearSpan): { from: number; to: number } {
  return { from: Math.max(firstFrom(span), span.max - 4), to: span.max }
}

/** Every year of a span, in order. */
export function spanYears(span: YearSpan): number[] {
  return Array.from({ length: span.max - span.min + 1 }, (_, i) => span.min + i)
}
