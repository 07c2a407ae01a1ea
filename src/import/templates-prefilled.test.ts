import { describe, expect, it } from 'vitest'
import { specOf } from './catalog'
import { prefilledRows, templateHeader } from './templates'
import { runImport } from './run'

describe('a template pre-filled for one district and year', () => {
  it('fills district and year (one row per programme for training), leaves every figure blank', () => {
    expect(prefilledRows(specOf('rights'), '密云区', 2026, ['技能培训'])).toEqual([['密云区', 2026, '', '', '', '', '']])
    expect(prefilledRows(specOf('training'), '密云区', 2026, ['技能培训', '工匠学院']).map((r) => r.slice(0, 3))).toEqual([['密云区', 2026, '技能培训'], ['密云区', 2026, '工匠学院']])
  })
  it('comes back through the importer once filled in', async () => {
    const spec = specOf('members')
    const rows = prefilledRows(spec, '密云区', 2026, []).map((r) => r.map((c, i) => (i >= 2 ? 100 : c)))
    const csv = [templateHeader(spec), ...rows].map((r) => r.join(',')).join('\n')
    const r = await runImport([{ name: 't.csv', bytes: new TextEncoder().encode(csv) }], () => {}, { now: new Date(2026, 11, 1) })
    expect(r.tables[0]!.records).toEqual([['110118', 2026, 100, 100]])
  })
})
