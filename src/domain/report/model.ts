import { districtName } from '../districts'
import type { KpiSummary } from '../kpi'
import { overviewFamilies } from '../metrics'
import { annexBlocks } from './annex'
import { familyBlocks, familyKpis, summarySentences } from './family'
import type { ReportInput, ReportModel, ReportSection } from './types'

export type * from './types'

const ZH_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** "一、总体情况" / "1. Overall": the numbered heading of the n-th part (1-based). */
function heading(n: number, text: string, locale: 'zh' | 'en'): string {
  return locale === 'zh' ? `${ZH_NUMBERS[n - 1]}、${text}` : `${n}. ${text}`
}

/** The provenance in words: demo says it is demo (also in every footer), an import names its files, published its sources. */
function provenanceOf(input: ReportInput): ReportModel['provenance'] {
  const { t } = input
  if (input.provenance === 'demo') {
    const hint = t('provenance.demoHint')
    return { kind: 'demo', text: t('report.demo', { hint }), footer: t('report.footerDemo', { hint }) }
  }
  if (input.provenance === 'imported') return { kind: 'imported', text: t('report.imported', { source: input.sourceText }), footer: null }
  return { kind: 'published', text: t('report.published'), footer: null }
}

/** The 统计分析报告 as data, from the panel and the app's own sentences (pure: no Vue, no DuckDB, no docx). */
export function buildReportModel(input: ReportInput): ReportModel {
  const { t, locale, filters: f } = input
  const period = f.from === f.to ? t('report.year', { year: f.to }) : t('report.period', { from: f.from, to: f.to })
  const one = input.districts.length === 1 ? input.districts[0]! : null
  const issuer = one ? t('report.issuer.district', { name: districtName(one, locale) }) : t('report.issuer.city')
  const provenance = provenanceOf(input)
  const sep = locale === 'zh' ? '' : ' '

  // 总体情况: the overview's paragraph, from every family that has its data.
  const kpis = new Map<string, KpiSummary>()
  for (const fam of input.families) {
    if (!fam.panel) continue
    const ids = overviewFamilies.find((x) => x.family === fam.family)!.metricIds
    for (const [id, k] of familyKpis(fam.panel, ids, input)) kpis.set(id, k)
  }
  const workshops = input.families.find((x) => x.family === 'workshops')?.panel ?? null
  const overall = summarySentences(workshops, kpis, input)
  const sections: ReportSection[] = [{
    id: 'summary', heading: heading(1, t('report.sections.summary'), locale),
    blocks: [{ kind: 'paragraph', role: 'summary', text: overall.length ? overall.join(sep) : t('report.noData', { file: '—' }) }],
  }]
  input.families.forEach((fam, i) => {
    const n = i + 1
    sections.push({
      id: fam.family, heading: heading(n + 1, t(`families.${fam.family}`), locale),
      blocks: fam.panel ? familyBlocks(fam.family, fam.panel, n, input) : [{ kind: 'paragraph', role: 'note', text: t('report.noData', { file: fam.missing ?? '—' }) }],
    })
  })
  sections.push({ id: 'annex', heading: t('report.sections.annex'), blocks: annexBlocks(input) })

  return {
    locale, issuer, asOf: input.asOf, provenance, sections,
    title: t('report.title', { scope: input.scope, period }),
    meta: [
      [t('report.meta.issuer'), issuer],
      [t('report.meta.scope'), input.scope],
      [t('report.meta.period'), period],
      [t('report.meta.asOf'), input.asOf],
      // The statement itself stands under the block, set off; here the kind, or the import's files and time.
      [t('report.meta.source'), input.provenance === 'imported' ? input.sourceText : t(`provenance.${input.provenance}`)],
      [t('report.meta.generated'), input.generatedAt],
    ],
  }
}
