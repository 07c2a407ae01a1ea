import { describe, expect, it } from 'vitest'
import reportMessages from '../../locales/views/report'
import { input, messages, panel, translate } from '../../../tests/unit/report-fixture'
import { DISTRICT_CODES } from '../districts'
import { kpiSummary } from '../kpi'
import { metricById, overviewFamilies, type MetricId } from '../metrics'
import { summarise } from '../summary'
import { buildReportModel, type ReportTable } from './model'

const kpisOf = (ids: MetricId[], districts: string[]) =>
  new Map(ids.map((id) => [id, kpiSummary(panel, metricById(id), districts, DISTRICT_CODES, 2024, 2025, 'none')]))
const tableOf = (model: ReturnType<typeof buildReportModel>, id: string) =>
  model.sections.find((s) => s.id === id)!.blocks.find((b): b is ReportTable => b.kind === 'table')!

describe('buildReportModel', () => {
  it('has a title block, the overall summary, one part per family and the annex, numbered in Chinese', () => {
    const model = buildReportModel(input())
    expect(model.title).toBe('全市2024—2025年工会统计分析报告')
    expect(model.issuer).toBe('北京市总工会')
    expect(model.meta).toContainEqual(['数据截至', '2025-12-31'])
    expect(model.sections.map((s) => s.heading)).toEqual(['一、总体情况', '二、创新工作室', '三、创新成果', '四、技能培训与竞赛', '五、维权服务', '附件'])
  })

  it('says on the title block and in every footer that demo data is generated, and names an import instead', () => {
    const demo = buildReportModel(input())
    expect(demo.provenance.text).toContain('系统生成的演示数据，非真实统计')
    expect(demo.provenance.footer).toBe('演示数据：系统生成的演示数据，非真实统计')
    const imported = buildReportModel(input({ provenance: 'imported', sourceText: '2025年报: rights.xlsx (2026-11-30 10:00)' }))
    expect(imported.provenance.footer).toBeNull()
    expect(imported.meta).toContainEqual(['数据来源', '2025年报: rights.xlsx (2026-11-30 10:00)'])
    expect(imported.provenance.text).toBe('导入数据：2025年报: rights.xlsx (2026-11-30 10:00)')
  })

  it('takes 总体情况 and each family’s first sentences from the overview’s own summary', () => {
    const model = buildReportModel(input())
    const all = overviewFamilies.flatMap((x) => x.metricIds)
    const overview = summarise({ locale: 'zh', scope: '全市', year: 2025, kpis: kpisOf(all, []), leader: expect.anything() as never })
    const summary = model.sections[0]!.blocks[0]!
    expect(summary.kind === 'paragraph' && summary.text.startsWith(overview[0]!)).toBe(true)
    // The fastest-growing district for new workshops is named, as on the overview (district 16 grows fastest).
    expect(summary.kind === 'paragraph' && summary.text).toContain('延庆区增幅居全市第一')
    const innovation = model.sections.find((s) => s.id === 'innovation')!.blocks[0]!
    const expected = summarise({ locale: 'zh', scope: '全市', year: 2025, kpis: kpisOf(['innovation_outputs', 'transformation_rate', 'innovation_benefit_yuan'], []) })
    expect(innovation).toEqual({ kind: 'paragraph', role: 'summary', text: expected.join('') })
  })

  it('tabulates the sixteen districts with value, rank, 同比 and per 10k members, and states the city total', () => {
    const model = buildReportModel(input())
    const table = tableOf(model, 'workshops')
    expect(table.header).toEqual(['区', '在册职工创新工作室（家）', '全市排名', '同比', '每万名会员（家）'])
    expect(table.rows).toHaveLength(16)
    // 东城区 (i = 0): the first measure at 100 in every year; ranked last, since every other district is larger; 100 per 100,000 members is 10 per 10k.
    expect(table.rows[0]).toEqual(['东城区', '100', '16', '0.0%', '10.00'])
    expect(table.rows[15]![2]).toBe('1')
    const cityValue = kpiSummary(panel, metricById('workshops_active'), [], DISTRICT_CODES, 2024, 2025, 'none').value!
    const total = model.sections.find((s) => s.id === 'workshops')!.blocks.find((b) => b.kind === 'paragraph' && b.role === 'total')!
    expect(total.kind === 'paragraph' && total.text).toContain(`全市合计：${cityValue.toLocaleString('en-US')}家`)
    // Money is tabulated in 万元, so the column sorts as numbers.
    expect(tableOf(model, 'rights').header[1]).toBe('为职工挽回经济损失（万元）')
  })

  it('for one district: its issuer, its rank in every talking point, its row marked, the target completion', () => {
    const targets = [{ metric: 'workshops_active', region_code: '110118', year: 2025, target: 400, provenance: 'demo', source_title: '演示目标' }]
    const model = buildReportModel(input({ districts: ['110118'], scope: '密云区', targets }))
    expect(model.issuer).toBe('密云区总工会')
    expect(tableOf(model, 'workshops').highlight).toEqual([14])
    const points = model.sections.find((s) => s.id === 'workshops')!.blocks.find((b) => b.kind === 'paragraph' && b.role === 'points')!
    expect(points.kind === 'paragraph' && points.text).toMatch(/^2025年密云区年末在册职工创新工作室.*居全市第\d+位。在册职工创新工作室目标400家（演示目标），已完成\d+\.\d%。/)
  })

  it('charts the headline metric of each family over the period for the scope', () => {
    const model = buildReportModel(input({ districts: ['110118'], scope: '密云区' }))
    const chart = model.sections.find((s) => s.id === 'rights')!.blocks.find((b) => b.kind === 'chart')!
    expect(chart.kind === 'chart' && chart.points.map((p) => p.year)).toEqual([2024, 2025])
    expect(chart.kind === 'chart' && chart.metric.id).toBe('rights_recovered_yuan')
  })

  it('says which tables are missing instead of a family it cannot compute', () => {
    const model = buildReportModel(input({ families: [{ family: 'workshops', panel: null, missing: 'workshops' }] }))
    expect(model.sections.map((s) => s.id)).toEqual(['summary', 'workshops', 'annex'])
    expect(model.sections[1]!.blocks).toEqual([{ kind: 'paragraph', role: 'note', text: '当前数据集不含本部分所需的数据（workshops）。' }])
  })

  it('lists published figures with their sources and a 口径 note per metric in the annex', () => {
    const fact = {
      fact_id: 'f1', body: null, period_kind: 'range', period_start: '2021-01-01', period_end: '2025-12-31', label_zh: '挽回经济损失',
      value: 34_800_000, unit: '元', qualifier: 'nearly', source_title: '密云工会五年', source_url: 'https://example.org/a', source_date: '2025-10-01',
    }
    const annex = buildReportModel(input({ facts: [fact, { ...fact, fact_id: 'f2' }] })).sections.at(-1)!
    const table = annex.blocks.find((b): b is ReportTable => b.kind === 'table')!
    expect(table.rows).toEqual([['2021至2025', '挽回经济损失', '近3480万元', '[1]'], ['2021至2025', '挽回经济损失', '近3480万元', '[1]']])
    const notes = annex.blocks.filter((b) => b.kind === 'paragraph' && b.role === 'note').map((b) => b.kind === 'paragraph' && b.text)
    // The shared source once, then a 口径 note per metric.
    expect(notes[0]).toBe('[1] 密云工会五年 · 2025-10-01 · https://example.org/a')
    expect(notes).toHaveLength(1 + 12)
  })

  it('follows the UI language', () => {
    const model = buildReportModel(input({ locale: 'en', t: translate(messages.en), scope: 'the whole city' }))
    expect(model.title).toBe('the whole city 2024–2025 trade-union statistical report')
    expect(model.sections[0]!.heading).toBe('1. Overall')
    expect(tableOf(model, 'workshops').rows[0]![0]).toBe('Dongcheng')
  })
})

describe('report strings', () => {
  it('zh and en have the same keys, none empty', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
    expect(keys(reportMessages.en).sort()).toEqual(keys(reportMessages.zh).sort())
    expect(keys(reportMessages.en).every((k) => k.split('.').reduce<any>((o, p) => o[p], reportMessages.en) !== '')).toBe(true)
  })
})
