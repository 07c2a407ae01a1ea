import { describe, expect, it } from 'vitest'
import { ALL_TABLES, specOf } from './catalog'
import { runImport } from './run'
import { templateCsv, templateHeader, templateNotes } from './templates'

describe('templates', () => {
  it('every importable template, filled with its own example row, imports cleanly', async () => {
    const csv = (table: string) => ({ name: `${table}.csv`, bytes: new TextEncoder().encode(templateCsv(specOf(table))) })
    for (const spec of ALL_TABLES.filter((t) => t.importable)) {
      // Innovation rows name a workshop: its example lands with the workshops template, whose example it names.
      const r = await runImport(spec.table === 'innovation' ? [csv('workshops'), csv('innovation')] : [csv(spec.table)])
      expect(r.fileErrors, spec.table).toEqual([])
      expect(r.problems.filter((p) => p.severity === 'error'), spec.table).toEqual([])
      expect(r.tables.filter((t) => t.table === spec.table).map((t) => [t.table, t.records.length]), spec.table).toEqual([[spec.table, 1]])
    }
  })
  it('headers carry both names; notes explain every column with its allowed values', () => {
    expect(templateHeader(specOf('rights')).slice(0, 2)).toEqual(['区 (district_code)', '年份 (year)'])
    const notes = templateNotes(specOf('workshops'))
    expect(notes.find((r) => r[1] === 'level')![5]).toBe('national = 全国级；city = 市级；district = 区级；enterprise = 企业级')
    expect(notes.flat()).toContain('唯一键 key: workshop_id')
  })
})
