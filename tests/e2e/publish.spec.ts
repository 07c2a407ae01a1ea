import { spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { startNginx } from './nginx'
import { chromium, expect, expectClean, settled, test, watchPage } from './support'

// npm run publish, end to end: a folder of district files becomes a static site that opens on them, badged as
// imported, with no demo figure anywhere; a damaged copy names the damaged file and shows no demo data instead.
// The site is served as the README deploys it: by nginx with docs/deploy/nginx.conf, under a sub-path.

const DISTRICTS = ['东城区', '西城区', '朝阳区', '丰台区', '石景山区', '海淀区', '门头沟区', '房山区', '通州区', '顺义区', '昌平区', '大兴区', '怀柔区', '平谷区', '密云区', '延庆区']
const port = Number(process.env.E2E_PORT ?? 4321) + 7
let dir = ''
let server: ChildProcess | null = null

/**
 * Rights for 2025 and 2026, one row per district, as an office keeps them: a title, a unit line (万元), headers with
 * units, a 合计 row and a footnote, saved by Excel as CSV (UTF-8 with BOM).
 */
function rightsCsv() {
  const rows = ['2025—2026年各区职工维权服务情况统计表,,,,,,', '填报单位：北京市总工会,,,,金额单位：万元,,', '区,年份,法律咨询（人次）,法律援助案件（件）,挽回经济损失（万元）,追回欠薪（万元）,受助职工人数']
  DISTRICTS.forEach((d, i) => {
    for (const y of [2025, 2026]) rows.push(`${d},${y},${1000 + i},${300 + i + (y - 2025) * 10},${(i + 1) * 10},${(i + 1) * 4},${200 + i}`)
  })
  rows.push('合计,,,,,,', '注：本表为测试数据。,,,,,,')
  return `\uFEFF${rows.join('\r\n')}\r\n`
}
const cases2026 = DISTRICTS.reduce((n, _, i) => n + 300 + i + 10, 0)
// 万元 in the file, yuan on the page.
const recovered2026 = DISTRICTS.reduce((n, _, i) => n + (i + 1) * 10 * 10_000, 0)

test.beforeAll(async () => {
  test.setTimeout(300_000)
  dir = mkdtempSync(join(tmpdir(), 'uc-publish-e2e-'))
  mkdirSync(join(dir, 'from'))
  mkdirSync(join(dir, 'www'))
  writeFileSync(join(dir, 'from', '2026年各区维权统计.csv'), rightsCsv())
  const run = spawnSync('npx', ['tsx', 'scripts/publish/index.ts', '--from', join(dir, 'from'), '--out', join(dir, 'www', 'cockpit'), '--name', '北京市维权统计（测试）', '--as-of', '2026-11-30'], { encoding: 'utf8' })
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0)
  expect(run.stdout).toContain('已发布')
  server = await startNginx(join(dir, 'nginx'), join(dir, 'www'), port)
})

test.afterAll(() => {
  server?.kill()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

test('the published site opens on the checked figures, badged as imported, with no demo data anywhere', async ({ page }) => {
  const base = `http://127.0.0.1:${port}/cockpit/`
  const watch = watchPage(page, base)
  await page.goto(base)
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-kpi="rights_cases"]')).toHaveAttribute('data-value', String(cases2026))
  await expect(page.locator('[data-kpi="rights_recovered_yuan"]')).toHaveAttribute('data-value', String(recovered2026))
  const provenances = await page.locator('[data-provenance]').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.provenance))])
  expect(provenances).toEqual(['imported'])
  await expect(page.locator('[data-source-label]')).toContainText('北京市维权统计（测试）')
  await expect(page.locator('[data-source-label]')).toContainText('2026-11-30')
  await expect(page.locator('body')).not.toContainText('演示数据')
  // The dataset's latest year is the default, and the filter offers it.
  await expect(page.locator('[data-filter="to"]')).toContainText('2026')
  // What the import did to the file travels with the data.
  const manifest = JSON.parse(readFileSync(join(dir, 'www', 'cockpit', 'published', 'manifest.json'), 'utf8'))
  const kinds = manifest.notes.map((n: { kind: string }) => n.kind)
  expect(kinds).toContain('row-skipped')
  expect(kinds).toContain('scaled')
  expect(manifest.years).toEqual({ min: 2025, max: 2026 })
  // The same on a family view.
  await page.goto(`${base}#/rights`)
  expect(await settled(page)).toBe('ready')
  expect(await page.locator('[data-provenance="demo"]').count()).toBe(0)
  expectClean(watch)
})

test('a damaged copy of a published file is refused by name, and no demo data stands in', async ({ page }) => {
  const file = join(dir, 'www', 'cockpit', 'published', 'rights.parquet')
  const bytes = readFileSync(file)
  writeFileSync(file, bytes.subarray(0, bytes.length - 100))
  try {
    await page.goto(`http://127.0.0.1:${port}/cockpit/`)
    await expect(page.getByRole('alert').filter({ hasText: 'rights.parquet' }).first()).toBeVisible()
    expect(await page.locator('[data-provenance="demo"]').count()).toBe(0)
    // No figure is shown: the family whose table failed is one calm line, and no card carries a value.
    await expect(page.locator('[data-kpi][data-value]:not([data-value=""])')).toHaveCount(0)
    // The shell stays usable: another route opens.
    await page.locator('[data-nav="facts"]').click()
    await expect(page.locator('[data-nav="facts"]')).toHaveClass(/active/)
  } finally {
    writeFileSync(file, bytes)
  }
})

test('nginx serves the site as documented: wasm type, precompressed copies, ranges and the CSP header', async () => {
  const base = `http://127.0.0.1:${port}/cockpit/`
  const html = await fetch(base).then((r) => r.text())
  const wasm = readdirSync(join(dir, 'www', 'cockpit', 'assets')).find((f) => f.endsWith('.wasm'))!
  const engine = await fetch(`${base}assets/${wasm}`, { headers: { 'accept-encoding': 'gzip' } })
  expect(engine.headers.get('content-type')).toBe('application/wasm')
  expect(engine.headers.get('content-encoding')).toBe('gzip')
  const range = await fetch(`${base}published/rights.parquet`, { headers: { range: 'bytes=0-3' } })
  expect(range.status).toBe(206)
  expect(new TextDecoder().decode(await range.arrayBuffer())).toBe('PAR1')
  const csp = (await fetch(base)).headers.get('content-security-policy')
  const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!.replaceAll('&#39;', "'")
  expect(csp).toBe(meta)
})

test('the published site checks its files on a plain-http intranet host, where the page is not a secure context', async ({}, testInfo) => {
  // crypto.subtle exists only in secure contexts: on http://<intranet host>/ (not localhost) the browser has none.
  // A host name mapped to the local nginx makes the page's origin an ordinary intranet one.
  const browser = await chromium.launch({ ...testInfo.project.use.launchOptions, args: [...(testInfo.project.use.launchOptions?.args ?? []), '--host-resolver-rules=MAP cockpit.intranet.test 127.0.0.1'] })
  try {
    const page = await browser.newPage()
    const base = `http://cockpit.intranet.test:${port}/cockpit/`
    const watch = watchPage(page, base)
    await page.goto(base)
    expect(await page.evaluate(() => window.isSecureContext), 'a plain-http intranet origin').toBe(false)
    expect(await settled(page)).toBe('ready')
    await expect(page.locator('[data-kpi="rights_cases"]')).toHaveAttribute('data-value', String(cases2026))
    expectClean(watch)
  } finally {
    await browser.close()
  }
})

test('an import exported from #/data as a publishing bundle, unzipped into a copy of the site, opens as published', async ({ page }) => {
  // The steward's side: import the same district file in the browser and export the bundle.
  await page.goto('/#/data')
  expect(await settled(page)).toBe('ready')
  await page.setInputFiles('[data-file-input]', { name: '2026年各区维权统计.csv', mimeType: 'text/csv', buffer: Buffer.from(rightsCsv()) })
  await expect(page.locator('[data-report]')).toBeVisible()
  await page.locator('[data-dataset-name] input').fill('维权统计（浏览器导出）')
  await page.locator('[data-action="apply"]').click()
  await expect(page.locator('[data-import-done]')).toBeVisible()
  const row = page.locator('[data-dataset^="import-"]')
  const download = page.waitForEvent('download')
  await row.locator('[data-action="publish-bundle"]').click()
  const { unzipSync } = await import('fflate')
  const entries = unzipSync(new Uint8Array(readFileSync(await (await download).path())))
  expect(Object.keys(entries)).toEqual(expect.arrayContaining(['index.html', 'published/manifest.json', 'published/rights.parquet', 'published/precomputed.json', 'published/cubes/panel_cube.parquet']))
  const manifest = JSON.parse(Buffer.from(entries['published/manifest.json']!).toString())
  expect(manifest).toMatchObject({ provenance: 'imported', name: '维权统计（浏览器导出）', years: { min: 2025, max: 2026 }, sources: [{ name: '2026年各区维权统计.csv' }] })
  expect(manifest.notes.map((n: { kind: string }) => n.kind)).toContain('scaled')
  // The first frame's results travel too, for the rights family at least (the tables the import has).
  const seed = JSON.parse(Buffer.from(entries['published/precomputed.json']!).toString())
  expect(Object.values(seed).some((rows) => JSON.stringify(rows).includes('rights_cases'))).toBe(true)

  // IT's side: a plain build on nginx, the bundle unzipped into it.
  const site = join(dir, 'www', 'bundle')
  cpSync('dist', site, { recursive: true })
  for (const [path, bytes] of Object.entries(entries)) {
    mkdirSync(dirname(join(site, path)), { recursive: true })
    writeFileSync(join(site, path), bytes)
  }
  const viewer = await page.context().browser()!.newPage()
  const base = `http://127.0.0.1:${port}/bundle/`
  const watch = watchPage(viewer, base)
  await viewer.goto(base)
  expect(await settled(viewer)).toBe('ready')
  await expect(viewer.locator('[data-kpi="rights_cases"]')).toHaveAttribute('data-value', String(cases2026))
  await expect(viewer.locator('[data-kpi="rights_recovered_yuan"]')).toHaveAttribute('data-value', String(recovered2026))
  await expect(viewer.locator('[data-source-label]')).toContainText('维权统计（浏览器导出）')
  expect(await viewer.locator('[data-provenance="demo"]').count()).toBe(0)
  expectClean(watch)
  await viewer.close()
})
