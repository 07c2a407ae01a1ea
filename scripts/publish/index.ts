/**
 * npm run publish -- --from <folder> --out <folder> [--name "<名称>"] [--as-of YYYY-MM-DD] [--mapping <file.json>] [--skip-invalid-rows]
 *
 * Checks a folder of district files with the browser import's own code and, when they pass, writes a complete
 * static site into --out whose default dataset is the checked one. On any refusal it exits non-zero and leaves
 * --out exactly as it was. The check report is written beside --out as <out>-report.csv either way.
 */
import { rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { parsePublishArgs, PublishError, type PublishOptions } from './args'
import { checkFolder } from './check'
import { writeDataset, useNodeEngine } from './dataset'
import { readFolder } from './folder'
import { reportCsv, reportLines } from './report'
import { SITE_DATASET_DIR } from '../../src/data/published-manifest'
import { buildApp, pointAtDataset, stagingDir, swapInto } from './site'

/** Runs a publish; resolves to the process exit code. `log` receives every line the command prints. */
export async function publish(opts: PublishOptions, log: (line: string) => void = console.log, now = new Date()): Promise<number> {
  const { files, ignored } = readFolder(opts.from)
  for (const name of ignored) log(`· 忽略 ignored: ${name}`)
  if (!files.length) throw new PublishError(`--from 中没有可读的数据文件（CSV、XLSX 或 Parquet）：${opts.from}`, `no readable data file (CSV, XLSX or Parquet) in --from: ${opts.from}`)
  await useNodeEngine()
  const { checked, errors, refused } = await checkFolder(files, opts.skipInvalid, { now, mappings: opts.mappings })
  for (const line of reportLines(checked)) log(line)
  const reportPath = join(dirname(opts.out), `${basename(opts.out)}-report.csv`)
  writeFileSync(reportPath, reportCsv(checked, `${opts.name} 校验报告 / check report`))
  log(`校验报告 report: ${reportPath}`)
  if (refused) {
    const why = checked.fileErrors.length
      ? { zh: `${checked.fileErrors.length} 个文件无法导入`, en: `${checked.fileErrors.length} file(s) cannot be imported` }
      : checked.pending.length
        ? { zh: `${checked.pending.length} 个工作表的列需要确认：请在“数据管理”导入一次并确认映射，导出映射后用 --mapping 传入`, en: `${checked.pending.length} sheet(s) need their columns mapped: map them once on #/data, export the mappings and pass them with --mapping` }
      : errors
        ? { zh: `${errors} 处错误（如只发布有效行，请加 --skip-invalid-rows）`, en: `${errors} error(s) (add --skip-invalid-rows to publish only the valid rows)` }
        : { zh: '没有有效的数据行', en: 'no valid rows' }
    throw new PublishError(`未发布：${why.zh}；--out 未改动`, `not published: ${why.en}; --out is unchanged`)
  }
  const staged = stagingDir(opts.out)
  try {
    await buildApp(staged)
    const manifest = await writeDataset(checked, join(staged, SITE_DATASET_DIR), { name: opts.name, asOf: opts.asOf, now, sources: files, notes: checked.notes })
    pointAtDataset(staged)
    swapInto(staged, opts.out)
    const rows = manifest.tables.filter((t) => !t.table.endsWith('_cube')).map((t) => `${t.table} ${t.rows}`).join(', ')
    log(`✓ 已发布 published “${manifest.name}” (数据截至 ${manifest.asOf ?? '—'}): ${rows} → ${opts.out}`)
    return 0
  } catch (error) {
    rmSync(staged, { recursive: true, force: true })
    throw error
  }
}

const isMain = process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))
if (isMain) {
  try {
    process.exitCode = await publish(parsePublishArgs(process.argv.slice(2)))
  } catch (error) {
    if (!(error instanceof PublishError)) throw error
    console.error(`✖ ${error.zh}\n✖ ${error.en}`)
    process.exitCode = 1
  }
}
