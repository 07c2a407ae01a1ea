import { useI18n } from 'vue-i18n'
import { tableToCsv } from '../domain/export-table'
import type { TableSpec } from '../import/schema'
import { readTables, type DatasetMeta } from '../import/storage'
import { PROGRAMS } from '../domain/labels'
import { prefilledRows, templateCsv, templateExample, templateHeader, templateNotes } from '../import/templates'
import type { Problem } from '../import/validate'
import { usePreferencesStore } from '../stores/preferences'
import { downloadBlob } from './useExport'

/** Downloads of the data page: templates, the full problem list, and an imported dataset as Parquet. */
export function useDataFiles() {
  const { t } = useI18n()
  const prefs = usePreferencesStore()

  return {
    /** The XLSX template: a data sheet (header + example) and a notes sheet. */
    async templateXlsx(spec: TableSpec) {
      const { default: writeXlsxFile } = await import('write-excel-file/browser')
      const cells = (rows: (string | number)[][]) => rows.map((r) => r.map((value) => ({ value })))
      const blob = await writeXlsxFile([
        { sheet: spec.label.zh, data: cells([templateHeader(spec), templateExample(spec)]) },
        { sheet: '说明', data: cells(templateNotes(spec)) },
      ]).toBlob()
      downloadBlob(blob, `模板_${spec.table}.xlsx`)
    },
    /** A template pre-filled for one district and year: the district's figures go in the blank cells. */
    async prefilledXlsx(spec: TableSpec, district: string, year: number) {
      const { default: writeXlsxFile } = await import('write-excel-file/browser')
      const cells = (rows: (string | number)[][]) => rows.map((r) => r.map((value) => ({ value })))
      const blob = await writeXlsxFile([
        { sheet: spec.label.zh, data: cells([templateHeader(spec), ...prefilledRows(spec, district, year, Object.values(PROGRAMS).map((p) => p.zh))]) },
        { sheet: '说明', data: cells(templateNotes(spec)) },
      ]).toBlob()
      downloadBlob(blob, `${year}年_${district}_${spec.table}.xlsx`)
    },
    /** The CSV template (UTF-8 with BOM). */
    templateCsv(spec: TableSpec) {
      downloadBlob(new Blob([templateCsv(spec)], { type: 'text/csv;charset=utf-8' }), `模板_${spec.table}.csv`)
    },
    /** Every problem of a check, as CSV (cell values neutralised against formula injection). */
    problems(problems: Problem[]) {
      const columns = (['file', 'sheet', 'row', 'column', 'value', 'expected', 'severity'] as const).map((key) => ({ key, label: t(`data.${key}`) }))
      const rows = problems.map((p) => ({ ...p, expected: p.expected[prefs.lang], severity: t(`data.${p.severity}`) }))
      downloadBlob(new Blob([tableToCsv({ title: t('data.report'), meta: [], columns, rows })], { type: 'text/csv;charset=utf-8' }), 'import-problems.csv')
    },
    /** A dataset as a zip of one Parquet file per table, with a note of its provenance. */
    async parquet(meta: DatasetMeta) {
      const { zipSync, strToU8 } = await import('fflate')
      const tables = await readTables(meta)
      const readme = [`${meta.name} (imported / 导入数据)`, ...meta.tables.map((x) => `${x.table}: ${x.rows} rows from ${x.files.join(', ')} at ${x.importedAt}`)].join('\n')
      const zip = zipSync({ 'README.txt': strToU8(readme), ...Object.fromEntries([...tables].map(([name, bytes]) => [`${name}.parquet`, bytes])) })
      downloadBlob(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), `${meta.id}.zip`)
    },
  }
}
