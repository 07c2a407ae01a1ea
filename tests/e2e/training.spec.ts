import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import type { Page, Route } from '@playwright/test'
import { expect, expectClean, settled, snapshot, test, watchPage } from './support'

const charts = ['training-programmes', 'training-coverage', 'training-competitions', 'training-industries']

/** One figure computed by native DuckDB straight from the bundled Parquet. */
async function native(sql: string): Promise<number> {
  const db = await DuckDBInstance.create(':memory:')
  const con = await db.connect()
  return Number((await con.runAndReadAll(sql.replaceAll('$d', 'data/demo'))).getRows()[0]![0])
}

/** A copy of a demo table with its columns and no rows, written by native DuckDB. */
/** A copy of a bundled file keeping only the rows `where` keeps (none by default). */
async function copyWhere(file: string, where = 'false'): Promise<Buffer> {
  const db = await DuckDBInstance.create(':memory:')
  const con = await db.connect()
  const out = join(tmpdir(), `copy-${file.replace(/\W/g, '-')}-${process.pid}.parquet`)
  await con.run(`COPY (SELECT * FROM 'data/${file}.parquet' WHERE ${where}) TO '${out}' (FORMAT parquet)`)
  return readFileSync(out)
}
const emptyCopy = (table: string) => copyWhere(`demo/${table}`)

/** Serves a file in place of the real one, answering DuckDB's range requests as the static server does. */
function serve(route: Route, body: Buffer) {
  const range = /^bytes=(\d*)-(\d*)$/.exec(route.request().headers().range ?? '')
  const headers = { 'content-type': 'application/octet-stream', 'accept-ranges': 'bytes' }
  if (!range) return route.fulfill({ status: 200, headers: { ...headers, 'content-length': String(body.length) }, body })
  const start = range[1] ? Number(range[1]) : Math.max(0, body.length - Number(range[2]))
  const end = range[1] && range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1
  return route.fulfill({ status: 206, headers: { ...headers, 'content-range': `bytes ${start}-${end}/${body.length}` }, body: body.subarray(start, end + 1) })
}

const total = async (page: Page, id: string) => Number(await page.locator(`[data-card="${id}"]`).getAttribute('data-total'))

async function expectRendered(page: Page) {
  for (const id of charts) await expect(page.locator(`[data-chart="${id}"]`), id).toHaveAttribute('data-rendered', 'true')
}

test('the training view draws every chart offline, with city totals equal to native DuckDB', async ({ page, baseURL }, testInfo) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/#/training')
  expect(await settled(page)).toBe('ready')
  await expectRendered(page)
  expect(await total(page, 'training-programmes')).toBeCloseTo(await native(`SELECT sum(person_times) FROM '$d/training.parquet' WHERE year BETWEEN 2021 AND 2025`), 0)
  expect(await total(page, 'training-competitions')).toBeCloseTo(await native(`SELECT sum(participants) FROM '$d/competitions.parquet' WHERE year BETWEEN 2021 AND 2025`), 0)
  await expect(page.locator('[data-card="training-coverage"] [data-provenance="demo"]')).toBeVisible()
  await snapshot(page, testInfo, 'training')
  expectClean(watch)
})

test('a district in the URL narrows every figure to it', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/#/training')
  expect(await settled(page)).toBe('ready')
  const city = await total(page, 'training-programmes')
  await page.goto('/#/training?districts=110118&from=2018&to=2022')
  expect(await settled(page)).toBe('ready')
  await expectRendered(page)
  const miyun = await native(`SELECT sum(person_times) FROM '$d/training.parquet' WHERE district_code = '110118' AND year BETWEEN 2018 AND 2022`)
  await expect.poll(() => total(page, 'training-programmes')).toBeCloseTo(miyun, 0)
  expect(miyun).not.toBe(city)
  expect(await total(page, 'training-competitions')).toBeCloseTo(
    await native(`SELECT sum(participants) FROM '$d/competitions.parquet' WHERE district_code = '110118' AND year BETWEEN 2018 AND 2022`), 0)
  const coverage = await native(`SELECT (SELECT sum(trainees) FROM '$d/training.parquet' WHERE district_code = '110118' AND year = 2022)
    / (SELECT sum(union_members) FROM '$d/members.parquet' WHERE district_code = '110118' AND year = 2022)`)
  expect(await total(page, 'training-coverage')).toBeCloseTo(coverage, 9)
  await expect(page.locator('.scope')).toContainText('密云区')
  expect(watch.errors).toEqual([])
})

test('a level filter is explained rather than silently ignored', async ({ page }) => {
  await page.goto('/#/training?level=city')
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-note="level"]')).toBeVisible()
})

test('with no training or competition rows every chart says so instead of drawing a blank', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  const training = await emptyCopy('training')
  const competitions = await emptyCopy('competitions')
  await page.route(/\/training-[\w-]+\.parquet$/, (route) => serve(route, training))
  await page.route(/\/competitions-[\w-]+\.parquet$/, (route) => serve(route, competitions))
  // The cubes shipped with those files, as the data build would write them for a panel without those rows.
  const noTraining = "measure NOT IN ('training_person_times', 'training_trainees', 'training_sessions', 'competitions', 'craftsmen_named', 'competition_participants')"
  const [competitionCube, panelCube] = await Promise.all([copyWhere('cubes/competition_cube'), copyWhere('cubes/panel_cube', noTraining)])
  await page.route(/\/competition_cube-[\w-]+\.parquet$/, (route) => serve(route, competitionCube))
  await page.route(/\/panel_cube-[\w-]+\.parquet$/, (route) => serve(route, panelCube))
  await page.goto('/#/training')
  expect(await settled(page)).toBe('ready')
  for (const id of charts) {
    await expect(page.locator(`[data-card="${id}"] [data-empty]`), id).toBeVisible()
    await expect(page.locator(`[data-chart="${id}"]`), id).toHaveCount(0)
  }
  await expect(page.locator('[data-card="training-programmes"] [data-action="csv"]')).toHaveCount(0)
  expect(watch.errors).toEqual([])
})
