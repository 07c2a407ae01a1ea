import { describe, expect, it } from 'vitest'
import { runImport } from './run'

const csv = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) })
const workshops = csv('workshops.csv', '工作室编号,工作室名称,区,级别,类型,命名年份\nW1,甲工作室,密云区,区级,职工创新工作室,2024\nW2,乙工作室,怀柔区,市级,劳模创新工作室,2023\n')
const innovation = csv('innovation.csv', '工作室编号,年份,创新成果数,成果转化数,经济效益\nW1,2025,9,2,100万\nW9,2025,5,1,50万\nW2,2025,4,1,0\n')
const where = (p: { file: string; row: number; column: string; value: string }) => `${p.file} ${p.row} ${p.column} ${p.value}`

describe('references between tables', () => {
  it('reports an innovation row naming a workshop the import does not have, located, and keeps it out', async () => {
    const r = await runImport([workshops, innovation])
    const errors = r.problems.filter((p) => p.severity === 'error')
    expect(errors.map(where)).toEqual(['innovation.csv 3 工作室编号 (A) W9'])
    expect(errors[0]!.expected.zh).toMatch(/^本次导入或目标数据集中已有的工作室编号/)
    expect(r.tables.find((t) => t.table === 'innovation')!.records.map((x) => x[0])).toEqual(['W1', 'W2'])
    expect(r.sheets.find((s) => s.table === 'innovation')).toMatchObject({ total: 3, valid: 2 })
  })
  it('says at check time that innovation alone needs the workshops, row by row', async () => {
    const r = await runImport([innovation])
    expect(r.problems.filter((p) => p.severity === 'error').map(where)).toEqual([
      'innovation.csv 2 工作室编号 (A) W1', 'innovation.csv 3 工作室编号 (A) W9', 'innovation.csv 4 工作室编号 (A) W2',
    ])
    expect(r.problems[0]!.expected.zh).toMatch(/^需要工作室表：本次导入没有工作室，目标数据集中也没有/)
    expect(r.tables.find((t) => t.table === 'innovation')!.records).toEqual([])
  })
  it('accepts references to the workshops of the dataset being appended to', async () => {
    const r = await runImport([innovation], undefined, { known: { workshops: ['W1', 'W2'] } })
    expect(r.problems.filter((p) => p.severity === 'error').map(where)).toEqual(['innovation.csv 3 工作室编号 (A) W9'])
    expect(r.tables[0]!.records.map((x) => x[0])).toEqual(['W1', 'W2'])
  })
})
