import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { expect, expectClean, settled, test, watchPage } from './support'

// A large layout (README: `npm run data -- --scale N`) written beside the served build: cubes downloaded, raw rows read in place.
const dir = resolve(process.env.E2E_DIST ?? 'dist', 'scaled', 'x2')

test.beforeAll(() => {
  const r = spawnSync('npx', ['tsx', 'scripts/build-data.ts', '--scale', '2', '--out', dir], { encoding: 'utf8' })
  expect(r.status, r.stderr).toBe(0)
})

test('a large layout loads by manifest: the views read its cubes, the raw rows only by range requests', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  const raw: string[] = []
  page.on('request', (req) => {
    if (/\/scaled\/x2\/(hive|demo\/workshops)/.test(req.url())) raw.push(`${req.method()} ${req.headers().range ?? 'whole'}`)
  })
  await page.goto('/#/?manifest=scaled/x2/manifest.json')
  expect(await settled(page)).toBe('ready')
  const db = await DuckDBInstance.create(':memory:')
  const con = await db.connect()
  const active = Number((await con.runAndReadAll(`SELECT count(*) FROM '${dir}/demo/workshops.parquet'
    WHERE named_year <= 2025 AND (revoked_year IS NULL OR revoked_year > 2025)`)).getRows()[0]![0])
  await expect(page.locator('[data-kpi="workshops_active"]')).toHaveAttribute('data-value', String(active))
  await expect(page.locator('header [data-provenance]')).toHaveAttribute('data-provenance', 'demo')
  // A drill-down that needs raw rows fetches byte ranges, never a whole raw file.
  await page.locator('[data-nav="innovation"]').click()
  expect(await settled(page)).toBe('ready')
  expect(raw.length).toBeGreaterThan(0)
  expect(raw.filter((r) => r.startsWith('GET') && !r.includes('bytes='))).toEqual([])
  expectClean(watch)
})

test('a manifest path that leaves the app is refused with a named alert', async ({ page }) => {
  await page.goto('/#/?manifest=../../etc/manifest.json')
  await settled(page)
  await expect(page.getByRole('alert').filter({ hasText: 'manifest' }).first()).toBeVisible()
})
