import type { Locale, UnitKind } from '../../domain/format'
import { compact, formatValue } from '../../domain/format'
import { escapeHtml } from '../../domain/html'

/** Margins that leave room for Chinese axis labels at 1366×768. */
export const grid = { left: 16, right: 24, top: 40, bottom: 8, containLabel: true }

/** An axis label formatter in the unit's convention (35万, 48%, 1.2亿) that never repeats a label on small scales (3.25%, 0.15). */
export function axisFormatter(unit: UnitKind, locale: Locale) {
  return (v: number) => {
    if (unit === 'ratio') return `${Number((v * 100).toPrecision(3))}%`
    return Math.abs(v) < 10 ? String(Number(v.toPrecision(2))) : compact(v, locale, 1)
  }
}

/** One value as a tooltip shows it, with its counting word. */
export function tipValue(v: number | null | undefined, unit: UnitKind, locale: Locale, unitWord?: string): string {
  return formatValue(v, unit, locale, { unitWord: locale === 'zh' ? unitWord : undefined })
}

/** The tooltip body: a heading, one line per series (names escaped), and the 口径 underneath. */
export function tipHtml(heading: string, lines: { marker?: string; name: string; value: string }[], definition?: string): string {
  const body = lines.map((l) => `${l.marker ?? ''}${escapeHtml(l.name)}：<b>${escapeHtml(l.value)}</b>`).join('<br/>')
  const note = definition ? `<br/><span style="opacity:.75;font-size:12px">${escapeHtml(definition)}</span>` : ''
  return `${escapeHtml(heading)}<br/>${body}${note}`
}
