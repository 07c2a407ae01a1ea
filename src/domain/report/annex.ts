import { factPeriod, factValueText } from '../facts'
import { metricById, overviewFamilies } from '../metrics'
import type { ReportBlock, ReportInput } from './types'

/** 附件: the published figures for the scope with their sources, then the 口径 of every metric the report states. */
export function annexBlocks(input: ReportInput): ReportBlock[] {
  const { t, locale } = input
  // Many figures share an article: each source is listed once under the table and cited by number in it.
  const sources: string[] = []
  const cite = (f: ReportInput['facts'][number]) => {
    const source = [f.source_title, f.source_date, /^https?:\/\//i.test(f.source_url) ? f.source_url : ''].filter(Boolean).join(' · ')
    if (!sources.includes(source)) sources.push(source)
    return `[${sources.indexOf(source) + 1}]`
  }
  const rows = input.facts.map((f) => {
    const p = factPeriod(f)
    return [t(`districts.facts.${p.key}`, p.params), f.body ? `${f.label_zh} · ${f.body}` : f.label_zh, factValueText(f, locale), cite(f)]
  })
  const facts: ReportBlock[] = rows.length
    ? [
        {
          // Under its own subheading: no caption.
          kind: 'table', id: 'table-facts', caption: '', rows, numeric: [false, false, true, false], highlight: [],
          header: [t('districts.facts.period'), t('districts.facts.label'), t('districts.facts.value'), t('districts.facts.source')],
          widths: [22, 44, 22, 12],
        },
        ...sources.map((s, i): ReportBlock => ({ kind: 'paragraph', role: 'note', text: `[${i + 1}] ${s}` })),
      ]
    : [{ kind: 'paragraph', role: 'note', text: t('report.annex.factsNone') }]
  const ids = overviewFamilies.flatMap((x) => x.metricIds)
  const sep = locale === 'zh' ? '：' : ': '
  return [
    { kind: 'subheading', text: t('report.annex.facts') },
    ...facts,
    { kind: 'subheading', text: t('report.annex.definitions') },
    ...ids.map((id): ReportBlock => {
      const m = metricById(id)
      return { kind: 'paragraph', role: 'note', text: `${m.label[locale]}${sep}${m.definition[locale]}` }
    }),
  ]
}
