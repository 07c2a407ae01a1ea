/** A table a chart can be downloaded as: a header block (title, provenance, period…) then columns and rows. */
export interface ExportTable {
  title: string
  /** Label–value lines printed above the data: 数据来源, 统计期间, 筛选条件, 数据截至… */
  meta: [string, string][]
  columns: { key: string; label: string }[]
  rows: Record<string, string | number | null>[]
  /** What the rows cover, when it is not the filters' selection (e.g. all 16 districts beside a chosen one). */
  scope?: string
}

// A cell starting with one of these would run as a formula in Excel (CSV injection): prefix it with '.
const FORMULA = /^[=+\-@\t\r]/

function cell(value: string | number | null): string {
  if (value == null) return ''
  let text = String(value)
  if (typeof value === 'string' && FORMULA.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** CSV with a UTF-8 BOM (so Chinese Excel opens it correctly), header block first. */
export function tableToCsv(t: ExportTable): string {
  const lines = [[t.title], ...t.meta, [], t.columns.map((c) => c.label)].map((row) => row.map(cell).join(','))
  for (const row of t.rows) lines.push(t.columns.map((c) => cell(row[c.key] ?? null)).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/**
 * The same content as rows of cells, for the XLSX writer: numbers stay numbers, and text stays exactly as it is
 * (the writer stores it as a string cell, which Excel never evaluates, so the CSV formula guard does not apply).
 */
export function tableToCells(t: ExportTable): (string | number | null)[][] {
  return [
    [t.title],
    ...t.meta.map(([k, v]) => [k, v]),
    [],
    t.columns.map((c) => c.label),
    ...t.rows.map((row) => t.columns.map((c) => row[c.key] ?? null)),
  ]
}

/**
 * A figure as an export cell: a rate as a percentage with two decimals (the header says %), anything else
 * rounded to two decimals, so a download never shows float noise such as 4499.825072886298.
 */
export function exportNumber(value: number | null | undefined, unit: string): number | null {
  if (value == null || !Number.isFinite(value)) return null
  const x = unit === 'ratio' ? value * 100 : value
  return Math.round(x * 100) / 100 + 0
}

/** A file name from a title and the period, safe on every OS. */
export function exportFileName(title: string, from: number, to: number, ext: string): string {
  const base = `${title}_${from}-${to}`.replace(/[\\/:*?"<>|\s]+/g, '_')
  return `${base}.${ext}`
}
