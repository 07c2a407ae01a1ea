import { query } from '../data/db'
import type { Query } from '../data/engine'
import { districtFactsQuery } from '../data/queries/districts'
import { metricPanelQuery } from '../data/queries/metric-panel'
import type { PanelRow } from '../data/queries/panel'
import { targetsQuery } from '../data/queries/targets'
import { downloadBlob } from '../composables/useExport'
import { CITY_CODE } from '../domain/districts'
import type { Filters } from '../domain/filters'
import type { Locale } from '../domain/format'
import type { TargetRow } from '../domain/kpi'
import { metricById, overviewFamilies } from '../domain/metrics'
import { indexPanel } from '../domain/panel'
import { HEADLINE } from '../domain/report/family'
import { buildReportModel, type FamilyData, type ReportFact, type ReportModel, type Translate } from '../domain/report/model'
import { localStamp, useDatasetStore } from '../stores/dataset'
import { reportDocx } from './docx'
import { reportImages } from './images'

/** What the page asks a report for: its language, filters and scope as the page shows them. */
export interface ReportRequest {
  t: Translate
  locale: Locale
  filters: Filters
  /** The districts covered; empty for the whole city. */
  districts: string[]
  scope: string
  /** Where the figures come from, in words (the badge's text). */
  sourceText: string
}

/**
 * Builds the report and downloads it as a .docx. This module, with the docx library, loads only when a report is
 * asked for. It reads the same panel queries the overview reads, so every number is the screen's.
 */
export async function generateReport(req: ReportRequest): Promise<ReportModel> {
  const dataset = useDatasetStore()
  const loaded = (tables: string[]) => tables.filter((x) => !dataset.tables.includes(x))
  const run = async <T extends object>(source: { query: Query; tables: string[] }): Promise<T[] | null> =>
    loaded(source.tables).length ? null : query<T>(source.query)
  const f = req.filters

  const families = await Promise.all(overviewFamilies.map(async ({ family, metricIds }): Promise<FamilyData> => {
    const own = metricPanelQuery(metricIds.map(metricById), f)
    // The district table's "per 10k members" column needs the members measure whatever the page's 口径.
    const perMembers = metricPanelQuery([metricById(HEADLINE[family])], { ...f, per: 'members' })
    const missing = [...new Set([...loaded(own.tables), ...loaded(perMembers.tables)])]
    if (missing.length) return { family, panel: null, missing: missing.join(', ') }
    const rows = [...(await query<PanelRow>(own.query)), ...(await query<PanelRow>(perMembers.query))]
    return { family, panel: indexPanel(rows), missing: null }
  }))

  const targetRegions = req.districts.length === 0 ? [CITY_CODE] : req.districts.length === 1 ? req.districts : []
  const targets = targetRegions.length ? (await run<TargetRow>(targetsQuery(targetRegions, f.to))) ?? [] : []
  const regions = req.districts.length ? req.districts : [CITY_CODE]
  const facts = (await Promise.all(regions.map((code) => run<ReportFact>(districtFactsQuery(code, { from: f.from, to: f.to }))))).flatMap((x) => x ?? [])

  const model = buildReportModel({
    locale: req.locale, t: req.t, filters: f, districts: req.districts, scope: req.scope, asOf: dataset.asOf,
    provenance: dataset.provenance, sourceText: req.sourceText, generatedAt: localStamp(new Date().toISOString()),
    families, targets, facts,
  })
  const bytes = await reportDocx(model, reportImages(model))
  const name = `${model.title.replace(/[\\/:*?"<>|\s]+/g, '_')}.docx`
  downloadBlob(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }), name)
  return model
}
