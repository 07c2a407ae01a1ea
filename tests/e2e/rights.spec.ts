import { DuckDBInstance } from '@duckdb/node-api'
import type { Page } from '@playwright/test'
import { expect, expectClean, settled, snapshot, test, watchPage } from './support'

// Figures on screen are checked against native DuckDB reading the same Parquet files, with SQL written here.
async function native(sql: string): Promise<number[]> {
  const db = await DuckDBInstance.create(':memory:')
  const con = await db.connect()
  await con.run(`CREATE VIEW rights AS SELECT * FROM 'data/demo/rights.parquet'`)
  return (await con.runAndReadAll(sql)).getRows().map((r) => Number(r[0]))
}
const byYear = (column: string, where = '') =>
  native(`SELECT sum(${column}) FROM rights WHERE year BETWEEN 2021 AND 2025 ${where} GROUP BY year ORDER BY year`)
const values = async (page: Page, card: string) => JSON.parse((await page.locator(`[data-card="${card}"]`).getAttribute('data-values'))!) as number[]
const charts = ['rights-cases', 'rights-arrears', 'rights-districts']

test('the rights view draws every chart offline, equal to native DuckDB, with published figures beside computed ones', async ({ page, baseURL }, testInfo) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/#/rights')
  expect(await settled(page)).toBe('ready')
  for (const id of charts) await expect(page.locator(`[data-chart="${id}"]`)).toHaveAttribute('data-rendered', 'true')

  await expect.poll(() => values(page, 'rights-cases')).toEqual(await byYear('recovered_yuan'))
  expect(await values(page, 'rights-arrears')).toEqual(await byYear('arrears_recovered_yuan'))
  const [perCase] = await native('SELECT sum(recovered_yuan) / sum(cases) FROM rights WHERE year = 2025')
  expect(Number(await page.locator('[data-card="rights-districts"]').getAttribute('data-city'))).toBeCloseTo(perCase!, 6)
  await expect(page.locator('[data-note="rights-arrears"]')).toContainText('不可相加')

  // The whole city's published half-year figure (F021), its link, and the dataset's 2021 total beside it.
  const row = page.locator('[data-fact="F021"]')
  await expect(row).toContainText('1.2亿元')
  const [y2021] = await native('SELECT sum(recovered_yuan) FROM rights WHERE year = 2021')
  expect(Number(await row.getAttribute('data-computed'))).toBe(y2021)
  await expect(row.locator('a')).toHaveAttribute('rel', 'noopener')
  await expect(row.locator('a')).toHaveAttribute('target', '_blank')
  await expect(row.locator('[data-provenance="published"]')).toBeVisible()
  await expect(page.locator('[data-card="rights-published"] thead [data-provenance="demo"]')).toBeVisible()

  await snapshot(page, testInfo, 'rights')
  expectClean(watch)
})

test('密云 in the URL changes the figures, and its published 近3500万元 stands beside the computed ≈3438万元', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/#/rights?districts=110118')
  expect(await settled(page)).toBe('ready')
  const miyun = await byYear('recovered_yuan', "AND district_code = '110118'")
  await expect.poll(() => values(page, 'rights-cases')).toEqual(miyun)
  expect(miyun).not.toEqual(await byYear('recovered_yuan'))
  const row = page.locator('[data-fact="F152"]')
  await expect(row).toContainText('近3500万元')
  await expect(row).toContainText('≈3438万元')
  const [total] = await native("SELECT sum(recovered_yuan) FROM rights WHERE district_code = '110118' AND year BETWEEN 2021 AND 2025")
  expect(Number(await row.getAttribute('data-computed'))).toBe(total)
  await expect(row.locator('a')).toHaveCount(0) // a seed article: title only, no link
  for (const id of charts) await expect(page.locator(`[data-chart="${id}"]`)).toHaveAttribute('data-rendered', 'true')
  expect(watch.errors).toEqual([])
})

test('a region without published figures shows the empty state; a period outside the data shows —', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/#/rights?districts=110101')
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-card="rights-published"] [data-empty]')).toBeVisible()
  await expect(page.locator('[data-chart="rights-cases"]')).toHaveAttribute('data-rendered', 'true')

  await page.goto('/#/rights?from=2017&to=2017')
  expect(await settled(page)).toBe('ready')
  const old = page.locator('[data-fact="F024"]') // 1999–2019: the data starts in 2016
  await expect(old).toHaveAttribute('data-computed', '')
  await expect(old.locator('td').nth(2)).toHaveText('—')
  expect(watch.errors).toEqual([])
})
