import { describe, expect, it } from 'vitest'
import { specOf } from './catalog'
import { locateTable } from './locate-table'
import { columnLetter, validateSheet, type Problem } from './validate'

const run = (table: string, rows: unknown[][]) => validateSheet(specOf(table), { file: 'f.csv', sheet: '', rows: rows as string[][] }, new Map())
const where = (p: Problem) => `${p.row} ${p.column} ${p.value} → ${p.expected.en}`

describe('validateSheet', () => {
  const header = ['区', '年份', '法律咨询', '法律援助案件', '挽回经济损失', '追回欠薪']
  it('keeps valid rows with their spreadsheet row numbers and cleaned values', () => {
    const r = run('rights', [header, ['密云区', '2025', '5,200', '1900', '近3500万', '300万'], [], ['Huairou', 2024, 10, 2, 500, '']])
    expect(r.total).toBe(2)
    expect(r.rowNumbers).toEqual([2, 4])
    expect(r.records[0]).toEqual(['110118', 2025, 5200, 1900, 35_000_000, 3_000_000, null])
    expect(r.problems.map(where)).toEqual(['2 挽回经济损失 (E) 近3500万 → stored as 35000000 (the file gives an approximate figure)'])
    expect(r.problems[0]!.severity).toBe('warning')
  })
  it('reports each bad cell with row, column, value and what was expected, and keeps the row out', () => {
    const r = run('rights', [header, ['上海', '2025', '-3', '1', '1', ''], ['密云', '', 'x', '1', '1', '']])
    expect(r.records).toEqual([])
    expect(r.problems.map(where)).toEqual([
      "2 区 (A) 上海 → one of Beijing's 16 districts",
      '2 法律咨询 (C) -3 → a number ≥ 0',
      '3 年份 (B)  → required',
      '3 法律咨询 (C) x → a number (万/亿 and 近/余 accepted)',
    ])
  })
  it('applies row rules: transformed ≤ outputs, arrears ≤ recovered', () => {
    const r = run('innovation', [['workshop_id', 'year', 'outputs', 'transformed', 'benefit_yuan'], ['W1', 2025, 3, 5, 0], ['W2', 2025, 5, 3, 0]])
    expect(r.records.map((x) => x[0])).toEqual(['W2'])
    expect(r.problems.map(where)).toEqual(['2 transformed (D) 5 → transformed ≤ outputs'])
  })
  it('finds duplicate keys, also across sheets of one import', () => {
    const seen = new Map()
    const rows = [header, ['密云', 2025, 1, 1, 1], ['密云区', 2025, 2, 2, 2]]
    const a = validateSheet(specOf('rights'), { file: 'a.csv', sheet: '', rows }, seen)
    expect(a.problems.map(where)).toEqual(['3 区 (A) 110118 / 2025 → a unique district_code + year (duplicates row 2)'])
    const b = validateSheet(specOf('rights'), { file: 'b.csv', sheet: '', rows: rows.slice(0, 2) }, seen)
    expect(b.problems.map(where)).toEqual(['2 区 (A) 110118 / 2025 → a unique district_code + year (duplicates row 2 of a.csv)'])
  })
  it('refuses a sheet without its required columns, naming them', () => {
    const r = run('rights', [['区', '年份'], ['密云', 2025]])
    expect(r.records).toEqual([])
    expect(r.total).toBe(1)
    expect(r.problems.map(where)).toEqual([
      '1 法律咨询 (consultations)  → required column missing',
      '1 法律援助案件 (cases)  → required column missing',
      '1 挽回经济损失 (recovered_yuan)  → required column missing',
    ])
  })
  it('fills a blank qualifier from the hedge written in the value, and adds constant columns', () => {
    const facts = run('facts', [
      ['编号', '地区代码', '起始日期', '截止日期', '口径', '指标编号', '指标名称', '数值', '单位', '来源标题'],
      ['U1', '密云', '2021-01-01', '2025-12-31', '累计', 'rights_recovered_yuan', '挽回经济损失', '近3500万', '元', '报告'],
    ])
    const spec = specOf('facts')
    const rec = Object.fromEntries(spec.columns.map((c, i) => [c.name, facts.records[0]![i]]))
    expect(rec).toMatchObject({ region_code: '110118', value: 35_000_000, qualifier: 'nearly', period_kind: 'cumulative' })
    const targets = run('targets', [['指标', '地区', '年份', '目标值'], ['在册职工创新工作室', '全市', 2025, 5200]])
    expect(targets.records[0]).toEqual(['workshops_active', '110000', 2025, 5200, null, null, 'imported'])
  })
  it('names spreadsheet columns by letter', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA'])
  })
  it('reads a placeholder in an optional column as blank, with one note for the column', () => {
    const header = ['workshop_id', 'year', 'outputs', 'transformed', 'benefit_yuan', 'patents']
    const r = run('innovation', [header, ['W1', 2025, 3, 1, 0, '—'], ['W2', 2025, 3, 1, 0, 'N/A'], ['W3', 2025, 3, 1, 0, '／'], ['W4', 2025, 3, 1, 0, '-']])
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(r.records.map((x) => x[5])).toEqual([null, null, null, null])
    const notes = r.notes.filter((n) => n.kind === 'blanked')
    expect(notes).toHaveLength(1)
    expect(notes[0]).toMatchObject({ row: 2, column: 'patents (F)' })
    expect(notes[0]!.text.zh).toBe('“patents”中的占位符（如“—”）按空白读取，共 4 处')
  })
  it('still refuses a placeholder in a required column, as a missing value', () => {
    const r = run('innovation', [['workshop_id', 'year', 'outputs', 'transformed', 'benefit_yuan'], ['W1', 2025, '—', 1, 0]])
    expect(r.records).toEqual([])
    expect(r.problems.map(where)).toEqual(['2 outputs (C) — → required'])
  })
  it('notes yuan rounded to whole yuan, never silently', () => {
    const r = run('innovation', [['workshop_id', 'year', 'outputs', 'transformed', 'benefit_yuan'], ['W1', 2025, 3, 1, '1234.56'], ['W2', 2025, 3, 1, 10.4]])
    expect(r.records.map((x) => x[4])).toEqual([1235, 10])
    const notes = r.notes.filter((n) => n.kind === 'rounded')
    expect(notes.map((n) => n.text.en)).toEqual(['amounts in "benefit_yuan" rounded to whole yuan (e.g. 1234.56 → 1235), 2 cells'])
  })
  it('reports a count too big to store, located, and keeps the row out', () => {
    const r = run('innovation', [['workshop_id', 'year', 'outputs', 'transformed', 'benefit_yuan'], ['W1', 2025, '30亿', 1, 0], ['W2', 2025, 2147483648, 1, '9300000000000000000']])
    expect(r.records).toEqual([])
    expect(r.problems.map(where)).toEqual([
      '2 outputs (C) 30亿 → a whole number up to 2,147,483,647 (larger cannot be stored)',
      '3 outputs (C) 2147483648 → a whole number up to 2,147,483,647 (larger cannot be stored)',
      '3 benefit_yuan (E) 9300000000000000000 → at most 9,007,199,254,740,991 yuan (larger amounts cannot be kept exactly)',
    ])
  })
  it('notes every blank row it skips inside the table, with its number', () => {
    const r = run('rights', [header, ['密云区', '2025', 1, 1, 1, ''], [], ['', '', ''], ['怀柔区', 2024, 1, 1, 1, ''], []])
    expect(r.records).toHaveLength(2)
    expect(r.notes.filter((n) => n.kind === 'row-skipped').map((n) => [n.row, n.text.en])).toEqual([[3, 'blank row, skipped'], [4, 'blank row, skipped']])
  })
})


describe('locateTable', () => {
  it('lists blank rows inside a report table, not the two that end it', () => {
    const t = locateTable({ file: 'r.csv', sheet: '', rows: [['区', '年份'], ['密云', '2025'], [], ['怀柔', '2025'], [], [], ['注：说明']] })!
    expect(t.blank).toEqual([3])
    expect(t.after).toEqual([7])
  })
})
