import { ref } from 'vue'
import { liveBundle } from '../data/publish-bundle'
import { readTables, type DatasetMeta } from '../import/storage'
import { downloadBlob } from './useExport'

/** What IT is told inside the zip, in both languages. */
const README = `发布包：将本压缩包解压到仪表盘站点的目录中（与 index.html 同级），覆盖 index.html。
之后每位访问者打开的都是这个数据集；演示数据仍可在“数据管理”中切换查看。
解压前请确认站点与导出时为同一版本。published/manifest.json 列出每个文件的大小与 sha256，页面会逐一核对。

Publishing bundle: unzip into the dashboard site's folder (beside index.html), replacing index.html.
Every viewer then opens this dataset; the demo stays available on #/data.
The site must be the same version as the one this was exported from. published/manifest.json lists every file's
size and sha256, and the page checks each one.
`

/**
 * #/data's 发布包: the live imported dataset as the folder `npm run publish` writes, zipped for IT to unzip into the
 * site. Only the dataset in use can be bundled: its cubes and first-frame results come from the live engine.
 */
export function usePublishBundle() {
  const busy = ref(false)
  const failed = ref<string | null>(null)

  async function download(meta: DatasetMeta) {
    busy.value = true
    failed.value = null
    try {
      const [stored, indexHtml, { zipSync, strToU8 }] = await Promise.all([
        readTables(meta),
        fetch(new URL('index.html', document.baseURI)).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`index.html: HTTP ${r.status}`)))),
        import('fflate'),
      ])
      const files = await liveBundle({
        name: meta.name,
        asOf: meta.asOf,
        now: new Date(),
        tables: meta.tables.map((t) => ({ table: t.table, rows: t.rows, bytes: stored.get(t.table)! })),
        sources: [...new Set(meta.tables.flatMap((t) => t.files))],
        notes: meta.notes ?? [],
        indexHtml,
      })
      // Parquet is compressed already: stored as it is; the text files are deflated.
      const entries = Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, [bytes, { level: path.endsWith('.parquet') ? 0 : 6 }] as const]))
      const zip = zipSync({ ...entries, '说明 README.txt': strToU8(README) })
      downloadBlob(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), `${meta.name}-发布包.zip`)
    } catch (error) {
      failed.value = error instanceof Error ? error.message : String(error)
    } finally {
      busy.value = false
    }
  }

  return { busy, failed, download }
}
