import { describe, expect, it } from 'vitest'
import { cellText, describeTable } from './chart-text'
import type { ExportTable } from './export-table'

const byYear: ExportTable = {
  title: '创新成果年度趋势',
  meta: [],
  columns: [{ key: 'year', label: '年份' }, { key: 'a', label: '成果' }, { key: 'b', label: '转化' }],
  rows: [
    { year: 2024, a: 30500, b: 100 },
    { year: 2023, a: 41000, b: 90 },
    { year: 2025, a: 12000, b: null },
  ],
}
const byDistrict: ExportTable = {
  title: 'Ranking',
  meta: [],
  columns: [{ key: 'district', label: 'District' }, { key: 'zone', label: 'Zone' }, { key: 'value', label: 'Workshops' }],
  rows: [
    { district: 'Dongcheng', zone: 'core', value: 120 },
    { district: 'Miyun', zone: 'eco', value: 48 },
    { district: 'Haidian', zone: 'core', value: 640 },
  ],
}
const wide: ExportTable = {
  title: '各区对比',
  meta: [],
  columns: [{ key: 'district', label: '区' }, { key: '2024', label: '2024' }, { key: '2025', label: '2025' }],
  rows: [
    { district: '东城区', 2024: 5, 2025: 9 },
    { district: '延庆区', 2024: 7, 2025: 2 },
  ],
}

describe('describeTable', () => {
  it('reads a table by year: the latest year whatever the row order, its series, and the peak of the first', () => {
    expect(describeTable(byYear, 'zh')).toBe('创新成果年度趋势。2025年：成果 1.2万。成果最高为2023年的4.1万。')
  })
  it('reads a table by district: the highest and lowest of the value column, in English', () => {
    expect(describeTable(byDistrict, 'en')).toBe('Ranking. 3 items. Workshops: highest Haidian, 640; lowest Miyun, 48.')
  })
  it('takes the last year column of a wide table as the latest', () => {
    expect(describeTable(wide, 'zh')).toBe('各区对比。共2项。2025年最高：东城区，9；最低：延庆区，2。')
  })
  it('leaves a total row (the sum of the others) out of the extremes and the count', () => {
    const withCity = { ...byDistrict, rows: [...byDistrict.rows, { district: 'Beijing', zone: '', value: 808 }] }
    expect(describeTable(withCity, 'en')).toBe('Ranking. 3 items. Workshops: highest Haidian, 640; lowest Miyun, 48.')
  })
  it('says there is no data rather than inventing a figure', () => {
    expect(describeTable({ ...byDistrict, rows: [] }, 'zh')).toBe('Ranking。暂无数据。')
    expect(describeTable({ ...byDistrict, rows: [{ district: 'Miyun', zone: 'eco', value: null }] }, 'en')).toBe('Ranking. No data.')
  })
})

describe('cellText', () => {
  it('groups thousands, keeps two decimals at most, and marks empty cells', () => {
    expect(cellText(1234567)).toBe('1,234,567')
    expect(cellText(-0.456)).toBe('\u22120.46')
    expect(cellText(null)).toBe('—')
    expect(cellText('东城区')).toBe('东城区')
  })
})
