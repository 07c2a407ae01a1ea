import { DuckDBInstance } from '@duckdb/node-api'
import type { Page } from '@playwright/test'
import { expect, expectClean, settled, snapshot, test, watchPage } from './support'

/** One figure computed by native DuckDB straight from the bundled Parquet. */
async function native(sql: string): Promise<number> {
  const db = await DuckDBInstance.create(':memory:')
  const con = await db.connect()
  return Number((await con.runAndReadAll(sql.replaceAll('$d', 'data/demo'))).getRows()[0]![0])
}

const cell = (page: Page, row: string, year: number) => page.locator(`[data-values] tr[data-row="${row}"] td[data-year="${year}"]`)
const value = async (page: Page, row: string, year: number) => Number(await cell(page, row, year).getAttribute('data-value'))
const chart = (page: Page) => page.locator('[data-chart="trends-chart"]')

test('the trends view opens on active workshops: the city line and its per-district average equal native DuckDB', async ({ page, baseURL }, testInfo) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/#/trends')
  expect(await settled(page)).toBe('ready')
  await expect(chart(page)).toHaveAttribute('data-rendered', 'true')
  await expect(page.locator('[data-card="trends-chart"]')).toHaveAttribute('data-metric', 'workshops_active')
  const active = await native(`SELECT count(*) FROM '$d/workshops.parquet' WHERE named_year <= 2025 AND (revoked_year IS NULL OR revoked_year > 2025)`)
  expect(await value(page, '110000', 2025)).toBe(active)
  expect(await value(page, 'reference', 2025)).toBeCloseTo(active / 16, 6)
  await expect(cell(page, '110000', 2025)).toContainText('家')
  await expect(page.locator('[data-values] tr[data-row="reference"] th')).toContainText('÷16')
  await snapshot(page, testInfo, 'trends')
  expectClean(watch)
})

test('a district and a metric in the URL give one line for it, as native DuckDB computes', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/#/trends?districts=110118&metric=training_person_times&from=2019')
  expect(await settled(page)).toBe('ready')
  await expect(chart(page)).toHaveAttribute('data-rendered', 'true')
  const miyun = await native(`SELECT sum(person_times) FROM '$d/training.parquet' WHERE district_code = '110118' AND year = 2019`)
  const city = await native(`SELECT sum(person_times) FROM '$d/training.parquet' WHERE year = 2019`)
  expect(await value(page, '110118', 2019)).toBe(miyun)
  expect(await value(page, 'reference', 2019)).toBeCloseTo(city / 16, 6)
  await expect(page.locator('[data-values] tr[data-row="110000"]')).toHaveCount(0)
  expect(watch.errors).toEqual([])
})

test('the picker puts the metric in the URL; unknown ids fall back to the default', async ({ page }) => {
  await page.goto('/#/trends?metric=no_such_metric')
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-card="trends-chart"]')).toHaveAttribute('data-metric', 'workshops_active')
  await page.locator('[data-picker="metric"]').click()
  // The list is virtual and filterable: type to bring the option into view.
  await page.keyboard.type('覆盖率')
  await page.locator('.n-base-select-option', { hasText: '培训覆盖率' }).click()
  await expect(page).toHaveURL(/metric=training_coverage/)
  await expect(page.locator('[data-card="trends-chart"]')).toHaveAttribute('data-metric', 'training_coverage')
  expect(await settled(page)).toBe('ready')
  await expect(chart(page)).toHaveAttribute('data-rendered', 'true')
  // A rate for the whole city has no separate reference: the city line is the city value.
  await expect(page.locator('[data-values] tr[data-row="reference"]')).toHaveCount(0)
  await expect(cell(page, '110000', 2025)).toContainText('%')
})

test('more than eight districts: the chart draws eight and says so, the table lists all', async ({ page }) => {
  const ten = ['110101', '110102', '110105', '110106', '110107', '110108', '110109', '110111', '110112', '110113']
  await page.goto(`/#/trends?districts=${ten.join(',')}&per=members`)
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-note="truncated"]')).toBeVisible()
  await expect(page.locator('[data-values] tbody tr')).toHaveCount(11)
  await expect(page.locator('[data-values] tr[data-row="reference"] th')).toHaveText('全市水平')
})

test('a selection with no data shows the empty state, not a blank chart', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  // No national-level workshop was ever revoked.
  expect(await native(`SELECT count(*) FROM '$d/workshops.parquet' WHERE level = 'national' AND revoked_year IS NOT NULL`)).toBe(0)
  await page.goto('/#/trends?metric=workshops_revoked&level=national')
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-card="trends-chart"] [data-empty]')).toBeVisible()
  await expect(chart(page)).toHaveCount(0)
  await expect(page.locator('[data-values]')).toHaveCount(0)
  expect(watch.errors).toEqual([])
})
