import { tableToCsv } from '../../src/domain/export-table'
import type { CheckedImport } from '../../src/import/protocol'

/** The check report as the browser shows it: per file and sheet, then every problem located to the cell. */
export function reportLines(checked: CheckedImport): string[] {
  const lines: string[] = []
  for (const f of checked.fileErrors) lines.push(`✖ ${f.file}: ${f.reason.zh} / ${f.reason.en}`)
  for (const s of checked.sheets) {
    lines.push(`${s.table ? '✓' : '·'} ${s.file}${s.sheet ? ` [${s.sheet}]` : ''} → ${s.table ?? '未识别 / not recognised'}: ${s.valid}/${s.total} 行有效 / rows valid`)
  }
  for (const p of checked.problems) {
    const where = `${p.file}${p.sheet ? ` [${p.sheet}]` : ''} 第${p.row}行 row ${p.row}, ${p.column}`
    lines.push(`  ${p.severity === 'error' ? '错误 error' : '提示 note'}: ${where}: “${p.value}” — 应为 ${p.expected.zh} / expected ${p.expected.en}`)
  }
  return lines
}

/** The same report as CSV (UTF-8 with BOM; cells that would run as formulas neutralised). */
export function reportCsv(checked: CheckedImport, title: string): string {
  const columns = [
    ['file', '文件 file'], ['sheet', '工作表 sheet'], ['row', '行 row'], ['column', '列 column'], ['value', '单元格内容 value'],
    ['expected', '应为 expected'], ['severity', '级别 level'],
  ].map(([key, label]) => ({ key: key!, label: label! }))
  const rows = [
    ...checked.fileErrors.map((f) => ({ file: f.file, sheet: '', row: null, column: '', value: '', expected: `${f.reason.zh} / ${f.reason.en}`, severity: '错误 error' })),
    ...checked.problems.map((p) => ({ ...p, expected: `${p.expected.zh} / ${p.expected.en}`, severity: p.severity === 'error' ? '错误 error' : '提示 note' })),
  ]
  const meta: [string, string][] = checked.sheets.map((s) => [`${s.file}${s.sheet ? ` [${s.sheet}]` : ''}`, `${s.table ?? '未识别 / not recognised'}: ${s.valid}/${s.total}`])
  return tableToCsv({ title, meta, columns, rows })
}
