import { useI18n } from 'vue-i18n'
import { districtName, ZONES } from '../domain/districts'
import { isWholeCity, selectedDistricts } from '../domain/filters'
import { exportFileName, tableToCells, tableToCsv, type ExportTable } from '../domain/export-table'
import { stampSvg } from '../domain/svg'
import { useDatasetStore } from '../stores/dataset'
import { useFiltersStore } from '../stores/filters'
import { usePreferencesStore } from '../stores/preferences'
import { useSourceText } from './useSourceText'

/** Saves a blob as a download. */
export function downloadBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob)
  const a = Object.assign(document.createElement('a'), { href: url, download: name })
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** Downloads of a chart's data and image, each stamped with provenance, period, filters and 数据截至. */
export function useExport() {
  const { t } = useI18n()
  const store = useFiltersStore()
  const dataset = useDatasetStore()
  const prefs = usePreferencesStore()
  const source = useSourceText()

  /** The header lines every export carries; demo data always says it is demo. */
  function meta(): [string, string][] {
    const f = store.filters
    const where = isWholeCity(f)
      ? t('filters.allCity')
      : [f.zone ? ZONES.find((z) => z.id === f.zone)![prefs.lang] : '', f.districts.length ? selectedDistricts(f).map((c) => districtName(c, prefs.lang)).join('、') : '']
          .filter(Boolean).join(' · ')
    return [
      [t('export.source'), source.value],
      [t('export.period'), `${f.from}–${f.to}`],
      [t('export.scope'), where],
      [t('export.level'), t(`filters.levels.${f.level}`)],
      [t('export.per'), t(`filters.pers.${f.per}`)],
      [t('export.asOf'), dataset.asOf],
    ]
  }

  // A table whose rows go beyond the selection (every district, for comparison) says so in its 范围 line.
  function withMeta(table: ExportTable): ExportTable {
    const lines = meta().map(([k, v]): [string, string] => (k === t('export.scope') && table.scope ? [k, table.scope] : [k, v]))
    return { ...table, meta: [...lines, ...table.meta] }
  }

  function name(title: string, ext: string) {
    return exportFileName(title, store.filters.from, store.filters.to, ext)
  }

  /** The line stamped under pictures: title, source (demo says so), period, scope and 数据截至. */
  function stamp(title: string) {
    const [source, period, scope, , , asOf] = meta()
    const colon = t('export.colon')
    return [title, ...[source, period, scope, asOf].map(([k, v]) => `${k}${colon}${v}`)].join(' · ')
  }
  const stampColor = () => (dataset.provenance === 'demo' ? '#9a3412' : '#333333')

  return {
    csv(table: ExportTable) {
      downloadBlob(new Blob([tableToCsv(withMeta(table))], { type: 'text/csv;charset=utf-8' }), name(table.title, 'csv'))
    },
    async xlsx(table: ExportTable) {
      const { default: writeXlsxFile } = await import('write-excel-file/browser')
      const blob = await writeXlsxFile(tableToCells(withMeta(table)).map((row) => row.map((value) => (value == null ? null : { value })))).toBlob()
      downloadBlob(blob, name(table.title, 'xlsx'))
    },
    /** Saves a chart image with a footer naming source and date, drawn onto the picture itself. */
    async png(dataUrl: string, title: string) {
      const img = new Image()
      img.src = dataUrl
      await img.decode()
      // The stamp grows with the picture (a 2× full-screen slide is 3600 px wide), never below 16 px.
      const font = Math.max(16, Math.round(img.width / 110))
      const footer = Math.round(font * 2.2)
      const canvas = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height + footer })
      const ctx = canvas.getContext('2d')!
      ctx.fillStyle = '#ffffff'
      ctx.fillRect(0, 0, canvas.width, canvas.height)
      ctx.drawImage(img, 0, 0)
      ctx.fillStyle = stampColor()
      ctx.font = `${font}px "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif`
      ctx.fillText(stamp(title), 12, img.height + Math.round(font * 1.5))
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'))
      downloadBlob(blob, name(title, 'png'))
    },
    /** Saves an SVG picture with the same footer, as text in the SVG. */
    svg(svg: string, title: string) {
      downloadBlob(new Blob([stampSvg(svg, stamp(title), stampColor())], { type: 'image/svg+xml;charset=utf-8' }), name(title, 'svg'))
    },
  }
}
