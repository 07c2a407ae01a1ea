import { DISTRICTS, type Zone } from '../../domain/districts'
import type { Filters } from '../../domain/filters'

/**
 * The filter change a click on a district makes: a plain click replaces the selection with it,
 * Shift-click adds it (or removes it when already selected). A zone that no longer contains every
 * selected district is dropped, so the selection is never silently filtered away.
 */
export function clickSelection(f: Pick<Filters, 'districts' | 'zone'>, code: string, shift: boolean): { districts: string[]; zone: Zone | null } {
  const districts = !shift ? [code] : f.districts.includes(code) ? f.districts.filter((c) => c !== code) : [...f.districts, code]
  const zoneOf = (c: string) => DISTRICTS.find((d) => d.code === c)?.zone
  const zone = f.zone && districts.every((c) => zoneOf(c) === f.zone) ? f.zone : null
  return { districts, zone }
}

/** The district code a chart click refers to: the data item's `code`, else a Chinese region name (geo map). */
export function clickedCode(click: { name?: string; data?: unknown }): string | null {
  const data = click.data as { code?: unknown } | null | undefined
  if (data && typeof data.code === 'string') return data.code
  return DISTRICTS.find((d) => d.zh === click.name)?.code ?? null
}
