import { describe, expect, it } from 'vitest'
import { exportFileName, exportNumber, tableToCells, tableToCsv, type ExportTable } from './export-table'

const table: ExportTable = {
  title: '在册工作室',
  meta: [['数据来源', '演示数据（系统生成，非真实统计）'], ['统计期间', '2021–2025年']],
  columns: [{ key: 'name', label: '区' }, { key: 'value', label: '数值' }],
  rows: [
    { name: '密云区', value: 48 },
    { name: '=HYPERLINK("http://x")', value: 1 },
    { name: 'a "quoted", name', value: null },
  ],
}

describe('export tables', () => {
  it('writes CSV with a BOM, the header block, then the data', () => {
    const csv = tableToCsv(table)
    expect(csv.startsWith('\uFEFF在册工作室\r\n数据来源,演示数据（系统生成，非真实统计）\r\n')).toBe(true)
    expect(csv).toContain('\r\n区,数值\r\n密云区,48\r\n')
  })
  it('neutralises formulas and quotes awkward cells', () => {
    const csv = tableToCsv(table)
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")",1`)
    expect(csv).toContain('"a ""quoted"", name",\r\n')
  })
  it('keeps numbers as numbers and text as text for XLSX (no CSV guard in a typed string cell)', () => {
    expect(tableToCells(table)[5]).toEqual(['密云区', 48])
    expect(tableToCells(table)[6]![0]).toBe('=HYPERLINK("http://x")')
    expect(tableToCells({ ...table, rows: [{ name: '+8.4%', value: 0 }] })[5]).toEqual(['+8.4%', 0])
  })
  it('rounds figures for export, rates as percentages', () => {
    expect(exportNumber(4499.825072886298, 'yuan')).toBe(4499.83)
    expect(exportNumber(0.48149, 'ratio')).toBe(48.15)
    expect(exportNumber(0, 'count')).toBe(0)
    expect(exportNumber(null, 'count')).toBeNull()
  })
  it('makes a safe file name', () => {
    expect(exportFileName('a/b: c', 2021, 2025, 'csv')).toBe('a_b_c_2021-2025.csv')
  })
})
