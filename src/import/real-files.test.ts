import { describe, expect, it } from 'vitest'
import { REPORT_MERGES, reportSheet } from '../../tests/fixtures/report'
import { buildXlsx, type FixtureCell } from '../../tests/fixtures/xlsx'
import { runImport, type ImportResult } from './run'

// The files district offices keep, built here: report sheets, instruction sheets first, Excel's CSV exports, lists.
const DEC_2026 = new Date(2026, 11, 1)
const run = (name: string, bytes: Uint8Array, now = DEC_2026) => runImport([{ name, bytes }], () => {}, { now })
const notes = (r: ImportResult, kind?: string) => r.notes.filter((n) => !kind || n.kind === kind).map((n) => `${n.row ?? '-'} ${n.text.en}`)
const errors = (r: ImportResult) => r.problems.filter((p) => p.severity === 'error').map((p) => `${p.row} ${p.column} ${p.value} → ${p.expected.en}`)

describe('a statistical report sheet', () => {
  it('finds the table under the title and unit line, flattens the header, scales 万元, skips the total and the footnotes', async () => {
    const r = await run('维权报表.xlsx', buildXlsx([{ name: '维权', rows: reportSheet(), merges: REPORT_MERGES }]))
    expect(r.fileErrors).toEqual([])
    expect(errors(r)).toEqual([])
    expect(r.sheets).toEqual([{ file: '维权报表.xlsx', sheet: '维权', table: 'rights', total: 16, valid: 16 }])
    const rights = r.tables[0]!
    expect(rights.records).toHaveLength(16)
    expect(rights.records[14]).toEqual(['110118', 2025, 114, 24, 165_000, 80_000, null])
    expect(rights.records.reduce((n, x) => n + (x[4] as number), 0)).toBe(1_600_000)
    expect(notes(r, 'row-skipped')).toEqual([
      '21 total or subtotal row, skipped (it sums the rows)',
      '22 footnote or signature row, skipped',
      '23 footnote or signature row, skipped',
    ])
    expect(notes(r, 'scaled')).toEqual([
      '4 "挽回经济损失" scaled from 万元 to yuan (×10,000), unit from the unit line above the header',
      '4 "追回欠薪" scaled from 万元 to yuan (×10,000), unit from the unit line above the header',
    ])
    expect(notes(r, 'inferred')).toEqual(['3 no year column: the year is taken from the title or name (2025)'])
  })
  it('a 合计 formula without a saved value is skipped with its row; one in a data row is a located error, never a zero', async () => {
    const rows = reportSheet(2025, true)
    rows[6]![2] = { f: 'C5+1' }
    const r = await run('r.xlsx', buildXlsx([{ name: '维权', rows, merges: REPORT_MERGES }]))
    expect(errors(r)).toEqual(['7 法律援助/受理案件（件） (C)  → a formula with no saved result: open the file in Excel or WPS, recalculate, save, then import again'])
    expect(r.tables[0]!.records).toHaveLength(15)
  })
  it('a whole-city row is the city, not a district: skipped and not added', async () => {
    const rows = reportSheet()
    rows.splice(20, 1, ['全市', 1720, 280, 160, 76])
    const r = await run('r.xlsx', buildXlsx([{ name: '维权', rows, merges: REPORT_MERGES }]))
    expect(notes(r, 'row-skipped')[0]).toBe('21 whole-city row, skipped (the city is not a district and is not added to their sum)')
    expect(r.tables[0]!.records).toHaveLength(16)
  })
  it('a unit that contradicts its column is a located error', async () => {
    const csv = '区,年份,法律咨询,法律援助案件,挽回经济损失（人次）\n密云区,2025,1,2,3\n'
    const r = await run('r.csv', new TextEncoder().encode(csv))
    expect(errors(r)).toEqual(['1 挽回经济损失（人次） (E) 挽回经济损失（人次） → the unit 人次 does not fit this column (expected yuan, 万元 or 亿元)'])
    expect(r.tables[0]!.records).toEqual([])
  })
  it('scales a unit written in the header: 亿元, 万人次', async () => {
    const csv = '区,年份,法律咨询(万人次),受理案件（件）,挽回经济损失（亿元）\n密云区总工会,2025,0.52,1900,0.35\n'
    const r = await run('r.csv', new TextEncoder().encode(csv))
    expect(errors(r)).toEqual([])
    expect(r.tables[0]!.records[0]).toEqual(['110118', 2025, 5200, 1900, 35_000_000, null, null])
    expect(notes(r, 'scaled')).toHaveLength(2)
  })
})

describe('every sheet of a workbook', () => {
  it('skips the instructions sheet with a note and reads the data on the second sheet', async () => {
    const r = await run('w.xlsx', buildXlsx([
      { name: '填报说明', rows: [['请按要求填报'], ['1. 金额单位为万元']] },
      { name: '维权', rows: reportSheet(), merges: REPORT_MERGES },
      { name: '备用', rows: [['这里什么也没有'], ['真的']] },
    ]))
    expect(r.sheets.map((s) => `${s.sheet} ${s.table} ${s.valid}`)).toEqual(['维权 rights 16'])
    expect(notes(r, 'sheet-skipped')).toEqual(['- an instructions sheet, not read', '- no table recognised, not read'])
  })
  it('leaves out a sheet the steward chose to leave out', async () => {
    const bytes = buildXlsx([{ name: '维权', rows: reportSheet(), merges: REPORT_MERGES }])
    const r = await runImport([{ name: 'w.xlsx', bytes }], () => {}, { now: DEC_2026, exclude: ['w.xlsx\u0001维权'] })
    expect(r.tables).toEqual([])
    expect(r.fileErrors).toEqual([])
    expect(notes(r, 'sheet-skipped')).toEqual(['- left out, as you chose'])
  })
})

describe("Excel's CSV exports", () => {
  it('UTF-8 with BOM, office synonyms and thousands separators', async () => {
    const csv = '\uFEFF区,年份,咨询人次,受理案件,挽回损失,追回工资,受益职工人数\r\n北京市密云区,2025,"1,234",56,78万,"12,000",9\r\n'
    const r = await run('export.csv', new TextEncoder().encode(csv))
    expect(errors(r)).toEqual([])
    expect(r.tables[0]!.records).toEqual([['110118', 2025, 1234, 56, 780_000, 12_000, 9]])
  })
  it('GB18030 from Chinese Windows', async () => {
    // "区,年份,咨询人次,受理案件,挽回损失\n北京市密云区,2025,"1,234",56,78万\n" in GB18030.
    const bytes = Uint8Array.from(Buffer.from('c7f82cc4eab7dd2cd7c9d1afc8cbb4ce2ccadcc0edb0b8bcfe2ccdecbbd8cbf0caa70ab1b1bea9cad0c3dcd4c6c7f82c323032352c22312c323334222c35362c3738cdf20a', 'hex'))
    const r = await run('gb.csv', bytes)
    expect(r.tables[0]!.records).toEqual([['110118', 2025, 1234, 56, 780_000, null, null]])
  })
})

describe('names as offices write them', () => {
  it('密云区总工会, 北京市密云区, 密云区工会, 密云县, spaced and full-width forms are 110118', async () => {
    const names = ['密云区总工会', '北京市密云区', '密云区工会', '密云县', '密 云', '密云区\u3000']
    const csv = `区,年份,工会会员数,职工人数\n${names.map((n, i) => `${n},${2015 + i},1,2`).join('\n')}\n`
    const r = await run('m.csv', new TextEncoder().encode(csv))
    expect(errors(r)).toEqual([])
    expect(r.tables[0]!.records.map((x) => x[0])).toEqual(Array(6).fill('110118'))
  })
})

describe('a list of workshops without ids', () => {
  const list = (rows: FixtureCell[][]) => buildXlsx([{ name: '2025年命名', rows: [['序号', '名称', '所在区', '级别', '命名时间'], ...rows] }])
  it('gets deterministic ids from district + name, kinds from the name, and years from date cells', async () => {
    const bytes = list([[1, '密云区某供电公司劳模创新工作室', '密云', '区级', { date: 45820 }], [2, '密云区某水厂职工创新工作室', '密云', '区级', '2025.6']])
    const a = await run('ws.xlsx', bytes)
    const b = await run('ws-again.xlsx', bytes)
    expect(errors(a)).toEqual([])
    const ws = a.tables[0]!
    const col = (name: string) => ws.records.map((r) => r[ws.columns.indexOf(name)])
    expect(col('workshop_id')).toEqual([expect.stringMatching(/^110118-[0-9a-f]{8}$/), expect.stringMatching(/^110118-[0-9a-f]{8}$/)])
    expect(col('workshop_id')).toEqual(b.tables[0]!.records.map((r) => r[0]))
    expect(new Set(col('workshop_id')).size).toBe(2)
    expect(col('kind')).toEqual(['model-worker', 'worker'])
    expect(col('named_year')).toEqual([2025, 2025])
    expect(col('level')).toEqual(['district', 'district'])
    expect(notes(a, 'ids')).toEqual([expect.stringContaining('ids made from district_code + name')])
    expect(notes(a, 'inferred')).toEqual([expect.stringContaining('taken from the name')])
    expect(notes(a, 'dates')).toEqual(['2 dates in "命名时间" read as their year (e.g. 2025-06-12 → 2025)'])
  })
  it('a row without a name cannot get an id: located', async () => {
    const r = await run('ws.xlsx', list([[1, null, '密云', '区级', 2025]]))
    expect(errors(r)).toEqual(['2 名称 (B)  → required'])
  })
})

describe('years from the clock', () => {
  const csv = new TextEncoder().encode('区,年份,工会会员数,职工人数\n密云,2026,1,2\n')
  it('a 2026 file lands in December 2026, and is refused by a clock still in 2025', async () => {
    expect((await run('m.csv', csv)).tables[0]!.records).toEqual([['110118', 2026, 1, 2]])
    expect(errors(await run('m.csv', csv, new Date(2025, 11, 1)))).toEqual(['2 年份 (B) 2026 → a year from 1990 to 2025'])
  })
  it('"2024年" and "2021年度" are years', async () => {
    const r = await run('m.csv', new TextEncoder().encode('区,年份,工会会员数,职工人数\n密云,2024年,1,2\n怀柔,2021年度,1,2\n'))
    expect(r.tables[0]!.records.map((x) => x[1])).toEqual([2024, 2021])
  })
})

describe('years across', () => {
  const yearbook = (title: string, sheet: string) => ({
    name: sheet,
    rows: [[title, null, null, null], ['区', '2023年', '2024年', '2025年度'], ['密云区', 100, 110, 120], ['怀柔区', 90, 95, null], ['合计', 190, 205, 120]] as FixtureCell[][],
    merges: ['A1:D1'],
  })
  it('turns districts × 2023年 … 2025年 into rows, the measure and unit from the title', async () => {
    const r = await run('yb.xlsx', buildXlsx([yearbook('各区工会会员人数（万人）', '会员'), yearbook('各区职工人数（万人）', '职工')]))
    expect(errors(r)).toEqual([])
    expect(r.tables[0]!.table).toBe('members')
    expect(r.tables[0]!.records).toEqual([
      ['110118', 2023, 1_000_000, 1_000_000], ['110118', 2024, 1_100_000, 1_100_000], ['110118', 2025, 1_200_000, 1_200_000],
      ['110116', 2023, 900_000, 900_000], ['110116', 2024, 950_000, 950_000],
    ])
    expect(notes(r, 'unpivoted')).toHaveLength(2)
    expect(notes(r, 'row-skipped')).toEqual(['5 total or subtotal row, skipped (it sums the rows)'])
    expect(notes(r, 'scaled')).toHaveLength(2)
  })
  it('reads the reverse too: years down, districts across', async () => {
    const rows: (string | number | null)[][] = [['各区法律援助案件数（件）', null, null], ['年份', '密云区', '怀柔区'], ['2024年', 12, 8], ['2025年', 15, 9]]
    const { yearsAcross } = await import('./years-across')
    const { locateTable } = await import('./locate-table')
    const located = locateTable({ file: 'c.xlsx', sheet: '案件', rows, merges: [{ r0: 0, c0: 0, r1: 0, c1: 2 }] })!
    const across = yearsAcross(located)!
    expect(across.measure).toBe('rights.cases')
    expect(across.table.headers).toEqual(['区', '年份', '法律援助案件（件）'])
    expect(across.table.rows.map((r) => r.cells)).toEqual([['密云区', '2024年', 12], ['怀柔区', '2024年', 8], ['密云区', '2025年', 15], ['怀柔区', '2025年', 9]])
  })
  it('when the measure cannot be told, the mapping step asks', async () => {
    const r = await run('yb.xlsx', buildXlsx([yearbook('各区情况', 'Sheet1')]))
    expect(r.tables).toEqual([])
    expect(r.pending).toHaveLength(1)
    expect(r.pending[0]!.columns.map((c) => `${c.header}:${c.guess}`)).toEqual(['区:district_code', '年份:year', '数值:null'])
  })
})

describe('the mapping step', () => {
  const csv = new TextEncoder().encode('地区,统计年,接待人次,办案量,挽回元\n密云,2025,10,2,300\n')
  it('asks with each column, its first values and a guess; a confirmed mapping reads the next file with the same headers without asking', async () => {
    const first = await run('a.csv', csv)
    expect(first.tables).toEqual([])
    const p = first.pending[0]!
    expect(p.columns[0]).toEqual({ header: '地区', samples: ['密云'], numeric: false, guess: 'district_code' })
    expect(p.columns[2]!.numeric).toBe(true)
    const mapping = { signature: p.signature, table: 'rights', columns: { 地区: 'district_code', 统计年: 'year', 接待人次: 'consultations', 办案量: 'cases', 挽回元: 'recovered_yuan' } }
    const second = await runImport([{ name: 'b.csv', bytes: csv }], () => {}, { now: DEC_2026, mappings: [mapping] })
    expect(second.pending).toEqual([])
    expect(second.tables[0]!.records).toEqual([['110118', 2025, 10, 2, 300, null, null]])
    expect(notes(second, 'mapped')).toEqual([expect.stringContaining('applied without asking')])
  })
  it('refuses text into a number column', async () => {
    const { fits } = await import('./mapping')
    const { specOf } = await import('./catalog')
    expect(fits(specOf('rights'), 'cases', false, ['密云'])).toBe(false)
    expect(fits(specOf('rights'), 'cases', true, ['12'])).toBe(true)
    expect(fits(specOf('rights'), 'district_code', false, ['密云'])).toBe(true)
  })
  it('reads a mappings file, keeping only well-formed entries', async () => {
    const { readMappingFile } = await import('./mapping')
    expect(readMappingFile({ version: 1, mappings: [{ signature: 'a|b', table: 'rights', columns: { a: 'cases' } }, { signature: 1 }, null] })).toEqual([{ signature: 'a|b', table: 'rights', columns: { a: 'cases' } }])
    expect(readMappingFile('nonsense')).toEqual([])
  })
})
