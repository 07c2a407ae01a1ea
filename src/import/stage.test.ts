import { describe, expect, it } from 'vitest'
import { reportedCells } from './stage'
import type { TableImport } from './run'

describe('reportedCells', () => {
  it('counts a checked table\'s rows per year and district, innovation by its workshop\'s district', () => {
    const rights: TableImport = { table: 'rights', columns: ['district_code', 'year', 'cases'], files: [], records: [['110118', 2025, 1], ['110118', 2024, 2], ['110116', 2025, 3]] }
    expect(reportedCells(rights, [rights])).toEqual([
      { year: 2025, district_code: '110118', n: 1 }, { year: 2024, district_code: '110118', n: 1 }, { year: 2025, district_code: '110116', n: 1 },
    ])
    const workshops: TableImport = { table: 'workshops', columns: ['workshop_id', 'district_code', 'named_year'], files: [], records: [['W1', '110118', 2024], ['W2', '110116', 2025]] }
    const innovation: TableImport = { table: 'innovation', columns: ['workshop_id', 'year'], files: [], records: [['W1', 2025], ['W2', 2025], ['W1', 2024], ['W9', 2025]] }
    expect(reportedCells(innovation, [workshops, innovation])).toEqual([
      { year: 2025, district_code: '110118', n: 1 }, { year: 2025, district_code: '110116', n: 1 }, { year: 2024, district_code: '110118', n: 1 },
    ])
    expect(reportedCells(workshops, [workshops])).toEqual([{ year: 2024, district_code: '110118', n: 1 }, { year: 2025, district_code: '110116', n: 1 }])
  })
})
