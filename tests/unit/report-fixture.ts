import zh from '../../src/locales/zh-CN'
import en from '../../src/locales/en'
import report from '../../src/locales/views/report'
import { DISTRICT_CODES } from '../../src/domain/districts'
import { defaultFilters, type Filters } from '../../src/domain/filters'
import { allMeasures, overviewFamilies } from '../../src/domain/metrics'
import { indexPanel } from '../../src/domain/panel'
import type { ReportInput } from '../../src/domain/report/model'

/** vue-i18n's `t` over the app's own messages, with {name} parameters. */
export const translate = (messages: object) => (key: string, params: Record<string, unknown> = {}) => {
  const text = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], messages)
  if (typeof text !== 'string') throw new Error(`no message ${key}`)
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]))
}

/** The app's messages with the report's (which the report button merges in when it loads). */
export const messages = { zh: { ...zh, report: report.zh }, en: { ...en, report: report.en } }

// A fixture panel: every measure for the 16 districts over 2023–2025, district i growing by i % each year.
const rows = allMeasures.flatMap((m, mi) =>
  DISTRICT_CODES.flatMap((code, i) =>
    [2023, 2024, 2025].map((year) => ({
      measure: m.id, district_code: code, year,
      value: m.id === 'union_members' ? 100_000 + i * 1000 : Math.round((100 + mi * 7 + i * 13) * (1 + (i / 100)) ** (year - 2023) * (m.id.endsWith('yuan') ? 10_000 : 1)),
    })),
  ),
)
export const panel = indexPanel(rows)
export const filters: Filters = { ...defaultFilters, from: 2024, to: 2025 }

export function input(over: Partial<ReportInput> = {}): ReportInput {
  return {
    locale: 'zh', t: translate(messages.zh), filters, districts: [], scope: '全市', asOf: '2025-12-31', provenance: 'demo',
    sourceText: '', generatedAt: '2026-12-01 21:00',
    families: overviewFamilies.map(({ family }) => ({ family, panel, missing: null })),
    targets: [], facts: [], ...over,
  }
}
