import { readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { DuckDBInstance } from '@duckdb/node-api'
import { expect, expectClean, settled, snapshot, test, watchPage } from './support'

const CHARTS = ['workshops-active-by-level', 'workshops-new-revoked', 'workshops-by-industry', 'workshops-alliances']
const FILE = 'data/demo/workshops.parquet'

/** One number computed by native DuckDB straight from the bundled Parquet, independently of the app's SQL. */
async function nativeValue(sql: string): Promise<unknown> {
  const db = await DuckDBInstance.create(':memory:')
  const con = await db.connect()
  return (await con.runAndReadAll(sql.replaceAll('FROM workshops', `FROM '${FILE}'`))).getRows()[0]![0]
}
const native = async (sql: string) => Number(await nativeValue(sql))
const activeAt = (year: number, where = 'true') =>
  native(`SELECT count(*) FROM workshops WHERE ${where} AND named_year <= ${year} AND (revoked_year IS NULL OR revoked_year > ${year})`)
const listed = (from: number, to: number, where = 'true') =>
  native(`SELECT count(*) FROM workshops WHERE ${where} AND named_year <= ${to} AND (revoked_year IS NULL OR revoked_year >= ${from})`)

async function open(page: Page, hash: string) {
  await page.goto(`/#/workshops${hash}`)
  expect(await settled(page)).toBe('ready')
}
const attr = async (page: Page, selector: string, name: string) => Number(await page.locator(selector).getAttribute(name))

test('the workshops view renders every chart and the register, equal to native DuckDB, offline and without errors', async ({ page, baseURL }, testInfo) => {
  const watch = watchPage(page, baseURL!)
  await open(page, '')
  for (const id of CHARTS) await expect(page.locator(`[data-chart="${id}"]`), id).toHaveAttribute('data-rendered', 'true')
  await expect(page.locator('[data-list="workshops"]')).toHaveAttribute('data-row-count', String(await listed(2021, 2025)))
  expect(await attr(page, 'section.workshops', 'data-active-end')).toBe(await activeAt(2025))
  await expect(page.locator('[data-list="workshops"] tbody tr')).toHaveCount(10)
  await snapshot(page, testInfo, 'workshops')
  expectClean(watch)
})

test('a district and a level in the URL change every figure, as native DuckDB computes them', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await open(page, '?districts=110118')
  const miyun = "district_code = '110118'"
  expect(await attr(page, 'section.workshops', 'data-active-end')).toBe(await activeAt(2025, miyun))
  await expect(page.locator('[data-list="workshops"]')).toHaveAttribute('data-row-count', String(await listed(2021, 2025, miyun)))
  expect(await activeAt(2025, miyun)).not.toBe(await activeAt(2025))

  await open(page, '?districts=110118&level=district&from=2018&to=2022')
  const where = `${miyun} AND level = 'district'`
  expect(await attr(page, 'section.workshops', 'data-active-end')).toBe(await activeAt(2022, where))
  await expect(page.locator('[data-list="workshops"]')).toHaveAttribute('data-row-count', String(await listed(2018, 2022, where)))
  for (const id of CHARTS) await expect(page.locator(`[data-chart="${id}"]`), id).toHaveAttribute('data-rendered', 'true')
  expect(watch.errors).toEqual([])
})

test('a selection with nothing in it shows the empty state, not a blank chart', async ({ page }) => {
  // The core zone's first alliance is of 2020.
  await open(page, '?zone=core&from=2017&to=2017')
  await expect(page.locator('[data-card="workshops-alliances"] [data-empty]')).toBeVisible()
  await expect(page.locator('[data-chart="workshops-active-by-level"]')).toHaveAttribute('data-rendered', 'true')
  // Mentougou has no national-level workshop.
  expect(await native("SELECT count(*) FROM workshops WHERE district_code = '110109' AND level = 'national'")).toBe(0)
  await open(page, '?districts=110109&level=national')
  for (const id of ['workshops-active-by-level', 'workshops-new-revoked', 'workshops-by-industry']) {
    await expect(page.locator(`[data-card="${id}"] [data-empty]`), id).toBeVisible()
    await expect(page.locator(`[data-chart="${id}"]`)).toHaveCount(0)
  }
  await expect(page.locator('[data-list="workshops"]')).toHaveAttribute('data-row-count', '0')
  await expect(page.locator('[data-list="workshops"] [data-empty]')).toBeVisible()
})

test('search, sorting and paging run in SQL, and the download carries the whole filtered list', async ({ page }) => {
  await open(page, '?districts=110118')
  const list = page.locator('[data-list="workshops"]')
  const total = await listed(2021, 2025, "district_code = '110118'")
  // Sorting by name (Naive UI cycles descending, then ascending) brings the largest, then the smallest name of all pages first.
  const extreme = (fn: string) =>
    nativeValue(`SELECT ${fn}(name) FROM workshops WHERE district_code = '110118' AND named_year <= 2025 AND (revoked_year IS NULL OR revoked_year >= 2021)`)
  const firstName = list.locator('tbody tr').first().locator('td').first()
  await page.locator('th', { hasText: '名称' }).click()
  await expect(firstName).toHaveText(String(await extreme('max')))
  await page.locator('th', { hasText: '名称' }).click()
  await expect(firstName).toHaveText(String(await extreme('min')))
  await page.locator('.n-pagination-item', { hasText: /^2$/ }).click()
  await expect(list.locator('tbody tr')).toHaveCount(10)

  const download = page.waitForEvent('download')
  await page.locator('[data-card="workshops-list"] [data-action="csv"]').click()
  const csv = await readFile(await (await download).path(), 'utf8')
  const lines = csv.trim().split('\r\n')
  // The register carries each workshop's id, the key innovation rows refer to.
  const header = lines.findIndex((l) => l.startsWith('工作室编号,名称,'))
  expect(header).toBeGreaterThanOrEqual(0)
  expect(lines.length - header - 1).toBe(total)
  expect(new Set(lines.slice(header + 1).map((l) => l.split(',')[0])).size).toBe(total)

  const leader = (await list.locator('tbody tr').first().locator('td').nth(5).textContent())!.trim()
  await page.locator('[data-action="search"] input').fill(leader)
  await expect(list).toHaveAttribute('data-row-count', String(await native(`SELECT count(*) FROM workshops WHERE district_code = '110118'
    AND named_year <= 2025 AND (revoked_year IS NULL OR revoked_year >= 2021) AND (name LIKE '%${leader}%' OR leader LIKE '%${leader}%')`)))
  await page.locator('[data-action="search"] input').fill("x'); DROP TABLE workshops; --")
  await expect(list).toHaveAttribute('data-row-count', '0')
  await page.locator('[data-action="search"] input').fill('')
  await expect(list).toHaveAttribute('data-row-count', String(total))
})

test('a workshop name that looks like HTML is shown as text and never runs', async ({ page, baseURL }) => {
  const hostile = '<img src=x onerror=alert(1)>'
  const file = join(tmpdir(), `workshops-hostile-${process.pid}.parquet`)
  const db = await DuckDBInstance.create(':memory:')
  const con = await db.connect()
  await con.run(`COPY (SELECT * REPLACE (CASE WHEN workshop_id = 'W000001' THEN '${hostile}' ELSE name END AS name) FROM '${FILE}') TO '${file}' (FORMAT parquet)`)
  const body = await readFile(file)
  await rm(file)
  // Serve the altered file with range support, as the real server does.
  await page.route(/\/workshops-[\w-]+\.parquet$/, (route) => {
    const range = /bytes=(\d+)-(\d*)/.exec(route.request().headers().range ?? '')
    if (!range) return route.fulfill({ status: 200, body, headers: { 'accept-ranges': 'bytes', 'content-length': String(body.length) } })
    const start = Number(range[1])
    const end = range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1
    return route.fulfill({
      status: 206, body: body.subarray(start, end + 1),
      headers: { 'accept-ranges': 'bytes', 'content-range': `bytes ${start}-${end}/${body.length}`, 'content-length': String(end - start + 1) },
    })
  })
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  const watch = watchPage(page, baseURL!)
  await open(page, '?from=2021&districts=110102')
  await page.locator('[data-action="search"] input').fill('<img')
  const list = page.locator('[data-list="workshops"]')
  await expect(list).toHaveAttribute('data-row-count', '1')
  await expect(list.locator('tbody td').first()).toHaveText(hostile)
  await expect(list.locator('tbody img')).toHaveCount(0)
  expect(dialogs).toEqual([])
  expect(watch.errors).toEqual([])
})
