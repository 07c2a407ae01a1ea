import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import writeXlsxFile from 'write-excel-file/node'
import { expect, expectClean, settled, test, watchPage } from './support'
import { choose, openData } from './import-steps'

// A steward's files, built here so each test says exactly what it feeds the page.
const XSS = '<img src=x onerror=alert(1)>'
const SQL = "'); DROP TABLE workshops; --"
const file = (name: string, body: string | Buffer | Uint8Array) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(body) })
const rightsParquet = readFileSync('data/demo/rights.parquet')

async function rightsXlsx() {
  const cells = (rows: (string | number)[][]) => rows.map((r) => r.map((value) => ({ value })))
  const data = cells([
    ['区 (district_code)', '年份 (year)', '法律咨询 (consultations)', '法律援助案件 (cases)', '挽回经济损失 (recovered_yuan)'],
    ['密云区', 2025, 5200, 1900, '近3500万'],
    ['Huairou', 2025, 800, 300, 12_000_000],
    ['110118', 2024, 5000, 1800, '3000万'],
  ])
  return Buffer.from(await writeXlsxFile([{ sheet: '维权服务', data }, { sheet: '说明', data: cells([['列', '说明']]) }]).toBuffer())
}

async function importXlsx(page: Page) {
  await openData(page)
  await choose(page, [file('维权2025.xlsx', await rightsXlsx())])
  await page.locator('[data-dataset-name] input').fill('2025年维权数据')
  await page.locator('[data-action="apply"]').click()
  await expect(page.locator('[data-import-done]')).toContainText('2025年维权数据')
  await expect(page).toHaveURL(/dataset=import-/)
}

test('a valid XLSX lands on the overview, badged as imported, and survives a reload', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await importXlsx(page)
  await page.locator('[data-nav="overview"]').click()
  expect(await settled(page)).toBe('ready')
  // 2025 citywide: 近3500万 (stored as 35,000,000) + 12,000,000.
  await expect(page.locator('[data-kpi="rights_recovered_yuan"]')).toHaveAttribute('data-value', '47000000')
  await expect(page.locator('[data-kpi="rights_cases"]')).toHaveAttribute('data-value', '2200')
  await expect(page.locator('[data-kpi="rights_recovered_yuan"] [data-provenance]')).toHaveAttribute('data-provenance', 'imported')
  await expect(page.locator('[data-source-label]')).toContainText('维权2025.xlsx')
  // Tables the import does not have are said to be missing, not filled from the demo.
  await expect(page.locator('[data-family="workshops"] [data-absent]')).toContainText('职工创新工作室名录')
  await expect(page.locator('[data-dataset-notice]')).toContainText('职工创新工作室名录')
  await page.reload()
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-kpi="rights_recovered_yuan"]')).toHaveAttribute('data-value', '47000000')
  await expect(page.locator('[data-provenance="demo"]')).toHaveCount(0)
  // Reconciliation shows the import is incomplete: 密云's 近3500万 over 2021–2025 needs years it lacks.
  await page.locator('[data-nav="facts"]').click()
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-fact="F152"]')).toHaveAttribute('data-status', 'missing')
  await expect(page.locator('[data-fact="F123"]')).toHaveAttribute('data-status', 'missing')
  expectClean(watch)
})

test('a file with errors gets a located report; importing only the valid rows says how many', async ({ page }) => {
  await openData(page)
  const csv = '区,年份,法律咨询,法律援助案件,挽回经济损失\n密云区,2025,5200,1900,近3500万\n怀柔,2025,-4,12,100\n上海,2025,1,1,1\n'
  await choose(page, [file('rights-bad.csv', csv)])
  const problems = page.locator('[data-problems] tr[data-problem="error"]')
  await expect(problems).toHaveCount(2)
  await expect(problems.nth(0)).toContainText('rights-bad.csv')
  await expect(problems.nth(0).locator('td').nth(2)).toHaveText('3')
  await expect(problems.nth(0).locator('td').nth(3)).toHaveText('法律咨询 (C)')
  await expect(problems.nth(0).locator('td').nth(4)).toHaveText('-4')
  await expect(problems.nth(1).locator('td').nth(2)).toHaveText('4')
  await expect(problems.nth(1).locator('td').nth(3)).toHaveText('区 (A)')
  await expect(page.locator('[data-problem-count]')).toHaveAttribute('role', 'alert')
  const download = page.waitForEvent('download')
  await page.locator('[data-action="problems"]').click()
  const text = readFileSync(await (await download).path(), 'utf8')
  // Cell values are neutralised against formula injection: -4 is written '-4.
  expect(text).toContain("rights-bad.csv,,3,法律咨询 (C),'-4,不小于0的数,错误")
  await expect(page.locator('[data-action="apply"]')).toHaveText(/仅导入有效的 1 行（跳过 2 行有错误的行）/)
  await page.locator('[data-action="apply"]').click()
  await expect(page.locator('[data-import-done]')).toBeVisible()
  await page.locator('[data-nav="overview"]').click()
  await settled(page)
  await expect(page.locator('[data-kpi="rights_recovered_yuan"]')).toHaveAttribute('data-value', '35000000')
})

test('broken files are refused with a named alert and the active dataset stays exactly as it was', async ({ page }) => {
  await page.goto('/')
  await settled(page)
  const before = await page.locator('[data-kpi="rights_recovered_yuan"]').getAttribute('data-value')
  const broken = [
    file('坏的.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)])),
    file('截断.parquet', rightsParquet.subarray(0, rightsParquet.length - 300)),
    file('districts.parquet', readFileSync('data/districts.parquet')),
    file('空.csv', ''),
    file('照片.csv', Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256))),
  ]
  await page.locator('[data-nav="data"]').click()
  await settled(page)
  await choose(page, [...broken])
  for (const name of ['坏的.xlsx', '截断.parquet', '空.csv', '照片.csv']) {
    await expect(page.getByRole('alert').filter({ hasText: name })).toBeVisible()
  }
  // The wrong-schema Parquet is recognised as nothing it could be: its missing columns are named.
  await expect(page.locator('[data-problems]')).toContainText('districts.parquet')
  await expect(page.locator('[data-problems]')).toContainText('year')
  await expect(page.locator('[data-action="apply"]')).toHaveCount(0)
  await page.locator('[data-action="discard"]').click()
  await page.locator('[data-nav="overview"]').click()
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-kpi="rights_recovered_yuan"]')).toHaveAttribute('data-value', before!)
  await expect(page.locator('[data-kpi="workshops_active"]')).toHaveAttribute('data-value', /^\d+$/)
  await expect(page.locator('header [data-provenance]')).toHaveAttribute('data-provenance', 'demo')
})

test('markup and SQL in names are stored and shown verbatim; no dialog opens', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  await openData(page)
  const csv = [
    '工作室编号,工作室名称,区,级别,类型,命名年份',
    `W1,"${XSS}",密云区,市级,职工创新工作室,2024`,
    `W2,"${SQL.replace(/"/g, '""')}",延庆,district,worker,2025`,
  ].join('\n')
  const innovation = '工作室编号,年份,创新成果数,成果转化数,经济效益\nW1,2025,9,2,100万\nW2,2025,5,1,50万\n'
  await choose(page, [file('workshops.csv', csv), file('innovation.csv', innovation)])
  await page.locator('[data-action="apply"]').click()
  await expect(page.locator('[data-import-done]')).toBeVisible()
  // In a chart: the tooltip shows the name as text, and the card's download carries it verbatim.
  await page.locator('[data-nav="innovation"]').click()
  await settled(page)
  const top = page.locator('[data-chart="innovation-top"]')
  await expect(top).toHaveAttribute('data-rendered', 'true')
  await top.scrollIntoViewIfNeeded()
  const box = (await top.boundingBox())!
  // Bar labels are drawn on the canvas; the only HTML that can hold the name is the tooltip.
  const body = page.locator('body')
  for (let y = box.y + 30; y < box.y + box.height - 20; y += 15) {
    await page.mouse.move(box.x + box.width * 0.6, y)
    if ((await body.textContent())?.includes(XSS)) break
  }
  await expect(body).toContainText(XSS)
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  const download = page.waitForEvent('download')
  await page.locator('[data-card="innovation-top"] [data-action="csv"]').click()
  const exported = readFileSync(await (await download).path(), 'utf8')
  expect(exported).toContain(XSS)
  expect(exported).toContain(SQL)
  await page.locator('[data-nav="workshops"]').click()
  await settled(page)
  const list = page.locator('[data-list="workshops"]')
  await expect(list).toContainText(XSS)
  await expect(list).toContainText(SQL)
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  // The table is still there: the name was a value, never SQL.
  await page.reload()
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-list="workshops"]')).toContainText(SQL)
  expect(dialogs).toEqual([])
})

test('the build carries a Content-Security-Policy without inline scripts, and the app works under it', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/')
  expect(await settled(page)).toBe('ready')
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'")
  expect(csp).not.toContain("'unsafe-inline' 'self' 'wasm")
  expect(csp).toMatch(/default-src 'self'/)
  expect(await page.locator('script:not([src])').count()).toBe(0)
  expect(watch.errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([])
})

test('an import that fails while saving changes nothing: the demo stays active with the same figures', async ({ page }) => {
  // Make the browser's storage refuse writes, as a full disk or a private window would, after the checks passed.
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('quota exceeded (test)', 'QuotaExceededError')
    }
  })
  await page.goto('/')
  await settled(page)
  const before = await page.locator('[data-kpi="rights_recovered_yuan"]').getAttribute('data-value')
  await page.locator('[data-nav="data"]').click()
  await settled(page)
  await choose(page, [file('维权2025.xlsx', await rightsXlsx())])
  await page.locator('[data-action="apply"]').click()
  await expect(page.getByRole('alert').filter({ hasText: '导入失败，未做任何更改' })).toBeVisible()
  await expect(page.locator('[data-dataset^="import-"]')).toHaveCount(0)
  await page.locator('[data-nav="overview"]').click()
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-kpi="rights_recovered_yuan"]')).toHaveAttribute('data-value', before!)
  await expect(page.locator('header [data-provenance]')).toHaveAttribute('data-provenance', 'demo')
})

test('a 50 MB CSV is read off the main thread, with progress and a working cancel', async ({ page }, testInfo) => {
  await openData(page)
  const line = '密云区,2025,5200,1900,35000000,1000000,300\n'
  const big = Buffer.from(`区,年份,法律咨询,法律援助案件,挽回经济损失,追回欠薪,受助职工人数\n${line.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(line)))}`)
  const path = testInfo.outputPath('big.csv')
  writeFileSync(path, big)
  await page.setInputFiles('[data-file-input]', path)
  await expect(page.locator('[data-import-progress]')).toBeVisible()
  // The page still answers while the worker reads: the cancel click is handled.
  await page.locator('[data-action="cancel"]').click()
  await expect(page.getByRole('alert').filter({ hasText: '导入已取消，未做任何更改' })).toBeVisible()
  await expect(page.locator('[data-import-progress]')).toHaveCount(0)
  await expect(page.locator('header [data-provenance]')).toHaveAttribute('data-provenance', 'demo')
})

test('an imported dataset exports back to Parquet and can be deleted, handing back to the demo', async ({ page }) => {
  await importXlsx(page)
  const row = page.locator('[data-dataset^="import-"]')
  await expect(row).toContainText('2025年维权数据')
  const download = page.waitForEvent('download')
  await row.locator('[data-action="parquet"]').click()
  const { unzipSync } = await import('fflate')
  const entries = unzipSync(new Uint8Array(readFileSync(await (await download).path())))
  expect(Object.keys(entries).sort()).toEqual(['README.txt', 'rights.parquet'])
  const parquet = entries['rights.parquet']!
  expect(Buffer.from(parquet.subarray(0, 4)).toString()).toBe('PAR1')
  expect(Buffer.from(entries['README.txt']!).toString()).toContain('rights: 3 rows from 维权2025.xlsx')
  await row.locator('[data-action="delete"]').click()
  await page.getByRole('button', { name: /确认|OK/ }).click()
  await expect(page.locator('[data-dataset^="import-"]')).toHaveCount(0)
  await expect(page.locator('header [data-provenance]')).toHaveAttribute('data-provenance', 'demo')
  await page.reload()
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('header [data-provenance]')).toHaveAttribute('data-provenance', 'demo')
})

test('the published dataset is chosen by URL, badged as published, and says why the panel cards are empty', async ({ page }) => {
  await page.goto('/#/?dataset=published')
  await settled(page)
  await expect(page.locator('header [data-provenance]')).toHaveAttribute('data-provenance', 'published')
  await expect(page.locator('[data-dataset-notice]')).toContainText('公开数据')
  // A table the dataset lacks is a calm status line per family, in words of the UI's language.
  await expect(page.locator('[data-family="rights"] [data-absent]')).toContainText('维权服务')
  await expect(page.locator('[data-family] [role="alert"]')).toHaveCount(0)
  await expect(page.locator('[data-provenance="demo"]')).toHaveCount(0)
  // The trend card says why it is empty (no endless spinner), and offers no slide that could only say so.
  const trend = page.locator('[data-card="overview-trend"]')
  await expect(trend.locator('[data-absent]')).toContainText('职工创新工作室名录')
  await expect(trend.locator('[data-action="add-to-deck"]')).toHaveCount(0)
  await expect(page.locator('[data-region="overview-kpis"] [data-action="add-to-deck"]')).toHaveCount(0)
  await page.locator('[data-dataset-switch]').click()
  await page.locator('.n-base-select-option', { hasText: '演示数据' }).click()
  await expect(page).not.toHaveURL(/dataset=/)
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-kpi="rights_recovered_yuan"]')).toHaveAttribute('data-value', /^\d+$/)
  await expect(page.locator('header [data-provenance]')).toHaveAttribute('data-provenance', 'demo')
  await expect(trend.locator('[data-action="add-to-deck"]')).toHaveCount(1)
  await expect(page.locator('[data-region="overview-kpis"] [data-action="add-to-deck"]')).toHaveCount(1)
})
