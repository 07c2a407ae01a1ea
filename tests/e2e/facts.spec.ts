import { readFile } from 'node:fs/promises'
import { DuckDBInstance } from '@duckdb/node-api'
import type { Page } from '@playwright/test'
import { expect, expectClean, settled, snapshot, test, watchPage } from './support'

// Figures on screen are checked against native DuckDB reading the same Parquet files, with SQL written here.
async function native(sql: string): Promise<(string | number)[]> {
  const db = await DuckDBInstance.create(':memory:')
  const con = await db.connect()
  await con.run(`CREATE VIEW facts AS SELECT * FROM 'data/facts.parquet'`)
  for (const t of ['rights', 'workshops']) await con.run(`CREATE VIEW ${t} AS SELECT * FROM 'data/demo/${t}.parquet'`)
  return (await con.runAndReadAll(sql)).getRows().map((r) => (typeof r[0] === 'string' ? r[0] : Number(r[0])))
}
const rows = (page: Page) => page.locator('[data-facts-table] tbody tr')
const ids = async (page: Page) => (await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-fact')))) as string[]
const summary = async (page: Page) => {
  const s = page.locator('[data-summary]')
  const n = async (k: string) => Number(await s.getAttribute(`data-${k}`))
  return { total: await n('total'), computable: await n('computable'), ok: await n('ok'), beyond: await n('beyond'), missing: await n('missing') }
}

test('every published figure beside the demo dataset’s, with agreement, flags and reasons', async ({ page, baseURL }, testInfo) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/#/facts')
  expect(await settled(page)).toBe('ready')
  await expect(rows(page)).toHaveCount(170)
  expect(await ids(page)).toEqual(await native('SELECT fact_id FROM facts ORDER BY fact_id'))

  // Beijing's 877 city-level-or-above workshops (F123) against the demo's end-2025 register.
  const f123 = page.locator('[data-fact="F123"]')
  const [cityPlus] = await native("SELECT count(*) FROM workshops WHERE level IN ('national', 'city') AND named_year <= 2025 AND (revoked_year IS NULL OR revoked_year > 2025)")
  await expect(f123).toHaveAttribute('data-status', 'ok')
  await expect(f123).toHaveAttribute('data-computed', String(cityPlus))
  await expect(f123).toContainText('877家')
  await expect(f123).toContainText('截至2025-01-01')
  await expect(f123).toContainText('2025年末')
  await expect(f123).toContainText('相符')
  // 密云 近3500万元 recovered over 2021–2025 (F152): the sum over the same years.
  const f152 = page.locator('[data-fact="F152"]')
  const [miyun] = await native("SELECT sum(recovered_yuan) FROM rights WHERE district_code = '110118' AND year BETWEEN 2021 AND 2025")
  await expect(f152).toHaveAttribute('data-computed', String(miyun))
  await expect(f152).toHaveAttribute('data-status', 'ok')
  await expect(f152).toContainText('近3500万元')
  await expect(f152).toContainText('3438万元')
  await expect(f152).toContainText('2021至2025')
  await expect(f152.locator('a')).toHaveCount(0) // a seed article: title only

  // The computed column is badged with the dataset's provenance, the published one as published.
  await expect(page.locator('[data-col="computed"] [data-provenance="demo"]')).toBeVisible()
  await expect(page.locator('thead [data-provenance="published"]')).toBeVisible()
  // Flags, and reasons for what cannot be compared.
  await expect(page.locator('[data-fact="F102"]')).toHaveAttribute('data-status', 'beyond')
  await expect(page.locator('[data-fact="F102"]')).toContainText('超出容差')
  await expect(page.locator('[data-fact="F014"]')).toHaveAttribute('data-status', 'uncomputable')
  await expect(page.locator('[data-fact="F014"]')).toContainText('已含在地区总数中')
  await expect(page.locator('[data-fact="F130"]')).toContainText('北京以外地区')
  await expect(page.locator('[data-fact="F051"]')).toHaveAttribute('data-status', 'missing')
  await expect(page.locator('[data-fact="F051"]')).toContainText('缺少2007–2011年')
  const link = page.locator('[data-fact="F003"] a')
  await expect(link).toHaveAttribute('href', /^https?:\/\//)
  await expect(link).toHaveAttribute('rel', 'noopener')
  await expect(link).toHaveAttribute('target', '_blank')

  const s = await summary(page)
  expect(s.total).toBe(170)
  expect(s.ok + s.beyond + s.missing).toBe(s.computable)
  expect(s.beyond).toBeGreaterThan(0)
  for (const [status, n] of [['ok', s.ok], ['beyond', s.beyond], ['missing', s.missing], ['uncomputable', s.total - s.computable]] as const) {
    await expect(page.locator(`[data-facts-table] tr[data-status="${status}"]`)).toHaveCount(n)
  }
  await snapshot(page, testInfo, 'facts')
  expectClean(watch)
})

test('search, region, metric and status narrow the table; the CSV carries the filtered reconciliation', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/#/facts')
  expect(await settled(page)).toBe('ready')
  await page.locator('[data-filter="search"] input').fill('密云工匠')
  await expect.poll(() => ids(page)).toEqual(await native(`SELECT fact_id FROM facts WHERE concat_ws(' ', fact_id, region_zh, body, metric, label_zh, source_title, note) LIKE '%密云工匠%' ORDER BY fact_id`))
  await expect(page).toHaveURL(/q=/)
  await page.locator('[data-filter="search"] input').fill('')
  await expect(rows(page)).toHaveCount(170)

  await page.locator('[data-filter="region"]').click()
  await page.locator('.n-base-select-option', { hasText: '昌平区' }).click()
  await expect(page).toHaveURL(/region=110114/)
  await expect.poll(() => ids(page)).toEqual(await native("SELECT fact_id FROM facts WHERE region_code = '110114' ORDER BY fact_id"))

  await page.goto('/#/facts?metric=rights_recovered_yuan')
  await expect.poll(() => ids(page)).toEqual(await native("SELECT fact_id FROM facts WHERE metric = 'rights_recovered_yuan' ORDER BY fact_id"))
  await page.goto('/#/facts?region=110118&status=ok')
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-facts-table] tr:not([data-status="ok"])')).toHaveCount(1) // the header row only
  await expect(page.locator('[data-fact="F152"]')).toBeVisible()

  const download = page.waitForEvent('download')
  await page.locator('[data-card="facts-reconciliation"] [data-action="csv"]').click()
  const csv = await readFile(await (await download).path(), 'utf8')
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n')
  expect(lines[0]).toBe('公开数据对照')
  expect(csv).toContain('数据来源,系统生成的演示数据，非真实统计')
  expect(csv).toContain('数据截至,2025-12-31')
  const header = lines.findIndex((l) => l.startsWith('编号,地区,'))
  const data = lines.slice(header + 1)
  expect(data).toHaveLength(await rows(page).count())
  const [miyun] = await native("SELECT sum(recovered_yuan) FROM rights WHERE district_code = '110118' AND year BETWEEN 2021 AND 2025")
  expect(data.find((l) => l.startsWith('F152,'))).toContain(`,35000000,nearly,${miyun},2021–2025年合计,${Number(miyun) - 35_000_000},`)
  expect(data.every((l) => l.includes(',相符,'))).toBe(true)
  expect(watch.errors).toEqual([])
})

test('an import without the rights table: rights figures read "missing", the rest still reconcile', async ({ page }) => {
  await page.route(/\/rights-[\w-]+\.parquet$/, (route) => route.fulfill({ status: 404, body: 'not found' }))
  await page.goto('/#/facts?lang=en')
  expect(await settled(page)).toBe('error')
  await expect(page.getByRole('alert').filter({ hasText: 'rights.parquet' })).toBeVisible()
  await expect(page.locator('[data-fact="F152"]')).toHaveAttribute('data-status', 'missing')
  await expect(page.locator('[data-fact="F152"]')).toContainText('The active dataset has no table for it')
  await expect(page.locator('[data-fact="F123"]')).toHaveAttribute('data-status', 'ok')
  await expect(page.locator('[data-fact="F123"]')).toContainText('Agrees')
  const s = await summary(page)
  expect(s.missing).toBeGreaterThan(7) // the 7 pre-2016 figures plus every computable rights figure
})
