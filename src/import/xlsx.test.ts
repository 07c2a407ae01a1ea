import { describe, expect, it } from 'vitest'
import { buildXlsx } from '../../tests/fixtures/xlsx'
import { readXlsxFile, serialDate } from './xlsx'

describe('reading XLSX', () => {
  it('reads text, numbers, dates, merged ranges, hidden sheets and formulas with and without a saved value', async () => {
    const bytes = buildXlsx([
      { name: '说明', rows: [['填报说明 & <注意>']], hidden: true },
      {
        name: '数据',
        rows: [['2025年各区维权', null, null], ['区', '命名时间', '受理案件'], ['密云区', { date: 45820 }, 12], ['合计', null, { f: 'SUM(C3:C3)', v: 12 }], ['再合计', null, { f: 'SUM(C3:C4)' }]],
        merges: ['A1:C1'],
      },
    ])
    const [notes, data] = await readXlsxFile(bytes)
    expect(notes).toMatchObject({ sheet: '说明', hidden: true, data: [['填报说明 & <注意>']] })
    expect(data!.sheet).toBe('数据')
    expect(data!.data[0]).toEqual(['2025年各区维权'])
    expect(data!.data[2]).toEqual(['密云区', new Date(Date.UTC(2025, 5, 12)), 12])
    expect(data!.data[3]).toEqual(['合计', null, 12])
    expect(data!.data[4]).toEqual(['再合计'])
    expect(data!.merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 2 }])
    expect(data!.unsaved).toEqual([{ row: 4, col: 2 }])
  })
  it('turns Excel serial days into dates, the 1900 leap-year bug included', () => {
    expect(serialDate(45820).toISOString().slice(0, 10)).toBe('2025-06-12')
    expect(serialDate(1).toISOString().slice(0, 10)).toBe('1900-01-01')
    expect(serialDate(61).toISOString().slice(0, 10)).toBe('1900-03-01')
  })
})
