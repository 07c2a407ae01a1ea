import { YEAR_FLOOR } from '../domain/years'
import type { ColumnSpec, TableSpec } from './schema'

/** A header as the template writes it: Chinese first, the English column name after. */
export const templateHeader = (spec: TableSpec): string[] => spec.columns.map((c) => `${c.zh} (${c.name})`)

/** The example row under the header. */
export const templateExample = (spec: TableSpec): (string | number)[] => spec.columns.map((c) => c.example)

const TYPE: Record<ColumnSpec['type'], string> = {
  id: '编号 id', text: '文本 text', district: '区 district', region: '地区代码 region', enum: '可选值 choice',
  year: `年份 year ${YEAR_FLOOR}–当年 this year`, date: '日期 date', count: '非负整数 count ≥ 0', yuan: '金额（元） yuan ≥ 0', number: '数值 number ≥ 0', url: '链接 link',
}

/** The notes sheet: one row per column with its meaning, unit and allowed values, in both languages. */
export function templateNotes(spec: TableSpec): string[][] {
  const rows = spec.columns.map((c) => [
    c.zh, c.name, c.required ? '必填 required' : '选填 optional', TYPE[c.type],
    c.unit ? `${c.unit.zh} ${c.unit.en}` : '',
    c.values ? Object.entries(c.values).map(([code, l]) => `${code} = ${l.zh}`).join('；') : '',
    c.note.zh, c.note.en,
  ])
  const key = `唯一键 key: ${spec.key.join(' + ')}`
  return [['列名', 'column', '必填', '类型', '单位', '可选值', '说明', 'meaning'], ...rows, [], [key], ...spec.rules.map((r) => [`规则 rule: ${r.expected.zh} / ${r.expected.en}`])]
}

const quote = (v: string | number) => (typeof v === 'number' ? String(v) : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)

/** The CSV template: UTF-8 with BOM (so Excel shows Chinese), header and example row. */
export function templateCsv(spec: TableSpec): string {
  return `\uFEFF${[templateHeader(spec), templateExample(spec)].map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`
}

/**
 * The rows of a template pre-filled for one district and year, to send to that district: the district and the
 * year filled in (one row per programme for training), every figure left blank.
 */
export function prefilledRows(spec: TableSpec, district: string, year: number, programs: string[]): (string | number)[][] {
  const rows = spec.columns.some((c) => c.name === 'program') ? programs : ['']
  return rows.map((program) => spec.columns.map((c) => (c.name === 'district_code' ? district : c.name === 'year' ? year : c.name === 'program' ? program : '')))
}
