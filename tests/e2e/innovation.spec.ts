import { DuckDBInstance } from '@duckdb/node-api'
import type { Page } from '@playwright/test'
import { expect, expectClean, settled, snapshot, test, watchPage } from './support'

// Figures on screen are checked against native DuckDB reading the same Parquet files, with SQL written here.
async function native(sql: string): Promise<number[]> {
  const db = await DuckDBInstance.create(':memory:')
  const con = await db.connect()
  const sources = `CREATE VIEW innovation AS SELECT * FROM 'data/demo/innovation.parquet';
    CREATE VIEW workshops AS SELECT * FROM 'data/demo/workshops.parquet';`
  await con.run(sources)
  return (await con.runAndReadAll(sql)).getRows().map((r) => Number(r[0]))
}
const outputsByYear = (where: string) =>
  native(`SELECT sum(i.outputs) FROM innovation i JOIN workshops w USING (workshop_id)
    WHERE i.year BETWEEN 2021 AND 2025 ${where} GROUP BY i.year ORDER BY i.year`)
const values = async (page: Page, card: string) => JSON.parse((await page.locator(`[data-card="${card}"]`).getAttribute('data-values'))!) as number[]
const charts = ['innovation-outputs', 'innovation-benefit', 'innovation-top', 'innovation-districts']

test('the innovation view draws every chart offline, with figures equal to native DuckDB', async ({ page, baseURL }, testInfo) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/#/innovation')
  expect(await settled(page)).toBe('ready')
  for (const id of charts) await expect(page.locator(`[data-chart="${id}"]`)).toHaveAttribute('data-rendered', 'true')

  await expect.poll(() => values(page, 'innovation-outputs')).toEqual(await outputsByYear(''))
  const top = await native(`SELECT sum(outputs) AS n FROM innovation WHERE year BETWEEN 2021 AND 2025 GROUP BY workshop_id ORDER BY n DESC LIMIT 10`)
  await expect.poll(() => values(page, 'innovation-top')).toEqual(top)
  const [city] = await native(`SELECT (SELECT sum(outputs) FROM innovation WHERE year = 2025)
    / (SELECT count(*) FROM workshops WHERE named_year <= 2025 AND (revoked_year IS NULL OR revoked_year > 2025))`)
  expect(Number(await page.locator('[data-card="innovation-districts"]').getAttribute('data-city'))).toBeCloseTo(city!, 9)
  await expect(page.locator('[data-card="innovation-outputs"] [data-provenance="demo"]')).toBeVisible()

  await snapshot(page, testInfo, 'innovation')
  expectClean(watch)
})

test('a district in the URL changes the figures to that district’s, as native DuckDB computes them', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/#/innovation?districts=110118')
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-card="innovation-outputs"]')).toContainText('密云区')
  const miyun = await outputsByYear("AND w.district_code = '110118'")
  await expect.poll(() => values(page, 'innovation-outputs')).toEqual(miyun)
  expect(miyun).not.toEqual(await outputsByYear(''))
  const top = await native(`SELECT sum(i.outputs) AS n FROM innovation i JOIN workshops w USING (workshop_id)
    WHERE i.year BETWEEN 2021 AND 2025 AND w.district_code = '110118' GROUP BY i.workshop_id ORDER BY n DESC LIMIT 10`)
  await expect.poll(() => values(page, 'innovation-top')).toEqual(top)
  for (const id of charts) await expect(page.locator(`[data-chart="${id}"]`)).toHaveAttribute('data-rendered', 'true')
  expect(watch.errors).toEqual([])
})

test('a selection without data shows the empty state, not a blank chart', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  // 密云 has no national-level workshop: its own charts are empty; the 16-district comparison still has data.
  await page.goto('/#/innovation?districts=110118&level=national')
  expect(await settled(page)).toBe('ready')
  for (const id of ['innovation-outputs', 'innovation-benefit', 'innovation-top']) {
    await expect(page.locator(`[data-card="${id}"] [data-empty]`)).toBeVisible()
    await expect(page.locator(`[data-chart="${id}"]`)).toHaveCount(0)
  }
  await expect(page.locator('[data-chart="innovation-districts"]')).toHaveAttribute('data-rendered', 'true')
  expect(watch.errors).toEqual([])
})
