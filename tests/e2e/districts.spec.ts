import { readFile } from 'node:fs/promises'
import { DuckDBInstance } from '@duckdb/node-api'
import type { Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { tileLayout } from '../../src/charts/options/tile-map'
import { expect, expectClean, settled, snapshot, test, watchPage } from './support'

/** One number computed by native DuckDB straight from the bundled Parquet files. */
async function native(sql: string): Promise<number> {
  const db = await DuckDBInstance.create(':memory:')
  const con = await db.connect()
  return Number((await con.runAndReadAll(sql)).getRows()[0]![0])
}
const W = "'data/demo/workshops.parquet'"
const active = (where = 'TRUE') => native(`SELECT count(*) FROM ${W} WHERE named_year <= 2025 AND (revoked_year IS NULL OR revoked_year > 2025) AND ${where}`)

const CHARTS = ['districts-map-tile', 'districts-ranking', 'districts-multiples', 'districts-scatter']
const chart = (page: Page, id: string) => page.locator(`[data-chart="${id}"]`)

/** Counts, per chart, how often data-rendered went back to false (a redraw) from now on. */
async function countRedraws(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __redraws: Record<string, number> }
    w.__redraws = {}
    new MutationObserver((list) => {
      for (const m of list) {
        const el = m.target as HTMLElement
        if (el.dataset.rendered === 'false') w.__redraws[el.dataset.chart!] = (w.__redraws[el.dataset.chart!] ?? 0) + 1
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-rendered'] })
  })
  return async () => page.evaluate(() => (window as unknown as { __redraws: Record<string, number> }).__redraws)
}

/** Where a district's tile is on screen (tiles from data/sources/districts.csv, layout from the option builder). */
async function tileCentre(page: Page, code: string) {
  const csv = (await readFile('data/sources/districts.csv', 'utf8')).trim().split('\n').slice(1).map((l) => l.split(','))
  const row = csv.find((c) => c[0] === code)!
  const box = (await chart(page, 'districts-map-tile').boundingBox())!
  const { cell, x0, y0 } = tileLayout(box.width, box.height, 5, 4)
  return { x: box.x + x0 + (Number(row[7]) + 0.5) * cell, y: box.y + y0 + (Number(row[6]) + 0.5) * cell }
}

/** Where a point [lon, lat] is on the geographic map (geo layoutCenter 54% 50%, layoutSize 96%, aspectScale 0.75). */
async function geoPoint(page: Page, [lon, lat]: [number, number]) {
  const box = (await chart(page, 'districts-map-geo').boundingBox())!
  const [minLon, maxLon, minLat, maxLat] = [115.4238, 117.5146, 39.4434, 41.0615]
  const height = 0.96 * Math.min(box.width, box.height)
  const width = (height * ((maxLon - minLon) / (maxLat - minLat))) * 0.75
  return {
    x: box.x + 0.54 * box.width - width / 2 + ((lon - minLon) / (maxLon - minLon)) * width,
    y: box.y + 0.5 * box.height - height / 2 + ((maxLat - lat) / (maxLat - minLat)) * height,
  }
}

test('the comparison loads offline, draws every chart, and its headline equals native DuckDB', async ({ page, baseURL }, testInfo) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/#/districts')
  expect(await settled(page)).toBe('ready')
  for (const id of CHARTS) await expect(chart(page, id)).toHaveAttribute('data-rendered', 'true')
  expect(Number(await page.locator('[data-headline]').getAttribute('data-value'))).toBe(await active())
  // The geographic map loads its GeoJSON from the app's own origin, only when shown.
  await page.locator('[data-map="geo"]').click()
  await expect(page).toHaveURL(/map=geo/)
  await expect(chart(page, 'districts-map-geo')).toHaveAttribute('data-rendered', 'true')
  expect(await settled(page)).toBe('ready')
  await snapshot(page, testInfo, 'districts')
  expectClean(watch)
})

test('a district filter in the URL changes the figures to that district', async ({ page }) => {
  await page.goto('/#/districts?districts=110118')
  expect(await settled(page)).toBe('ready')
  const miyun = await active("district_code = '110118'")
  expect(Number(await page.locator('[data-headline]').getAttribute('data-value'))).toBe(miyun)
  expect(miyun).not.toBe(await active())
  await expect(page.locator('[data-chip="110118"]')).toBeVisible()
})

test('clicking a tile selects its district, the other charts redraw, and Shift-click adds one', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/#/districts')
  expect(await settled(page)).toBe('ready')
  const redraws = await countRedraws(page)
  const miyun = await tileCentre(page, '110118')
  await page.mouse.click(miyun.x, miyun.y)
  await expect(page).toHaveURL(/districts=110118(&|$)/)
  expect(await settled(page)).toBe('ready')
  for (const id of ['districts-ranking', 'districts-multiples', 'districts-scatter']) {
    await expect(chart(page, id)).toHaveAttribute('data-rendered', 'true')
    expect((await redraws())[id], id).toBeGreaterThan(0)
  }
  expect(Number(await page.locator('[data-headline]').getAttribute('data-value'))).toBe(await active("district_code = '110118'"))

  const yanqing = await tileCentre(page, '110119')
  await page.keyboard.down('Shift')
  await page.mouse.click(yanqing.x, yanqing.y)
  await page.keyboard.up('Shift')
  await expect(page).toHaveURL(/districts=110118%2C110119|districts=110118,110119/)
  await expect(page.locator('[data-chip]')).toHaveCount(2)
  expect(await settled(page)).toBe('ready')
  expect(Number(await page.locator('[data-headline]').getAttribute('data-value'))).toBe(await active("district_code IN ('110118', '110119')"))
  expect(watch.errors).toEqual([])
})

test('clicking the geographic map and a ranking bar selects districts too', async ({ page }) => {
  await page.goto('/#/districts?map=geo')
  expect(await settled(page)).toBe('ready')
  await expect(chart(page, 'districts-map-geo')).toHaveAttribute('data-rendered', 'true')
  const redraws = await countRedraws(page)
  const miyun = await geoPoint(page, [117.0, 40.53])
  await page.mouse.move(miyun.x, miyun.y)
  await expect(chart(page, 'districts-map-geo')).toContainText('密云区')
  await page.mouse.click(miyun.x, miyun.y)
  await expect(page).toHaveURL(/districts=110118(&|$)/)
  expect(await settled(page)).toBe('ready')
  expect((await redraws())['districts-ranking']).toBeGreaterThan(0)

  const yanqing = await geoPoint(page, [116.1, 40.52])
  await page.keyboard.down('Shift')
  await page.mouse.click(yanqing.x, yanqing.y)
  await page.keyboard.up('Shift')
  await expect(page).toHaveURL(/districts=110118(%2C|,)110119/)

  // The longest bar is the top-ranked district: a plain click replaces the selection with it.
  const top = await native(`SELECT district_code FROM ${W} WHERE named_year <= 2025 AND (revoked_year IS NULL OR revoked_year > 2025)
    GROUP BY district_code ORDER BY count(*) DESC LIMIT 1`)
  const box = (await chart(page, 'districts-ranking').boundingBox())!
  await page.mouse.click(box.x + box.width * 0.5, box.y + 30 + (box.height - 60) / 32)
  await expect(page).toHaveURL(new RegExp(`districts=${String(top).padStart(6, '0')}(&|$)`))
})

test('the XLSX comparison table carries the same total as the screen', async ({ page }) => {
  await page.goto('/#/districts')
  expect(await settled(page)).toBe('ready')
  const onScreen = Number(await page.locator('[data-headline]').getAttribute('data-value'))
  const download = page.waitForEvent('download')
  await page.locator('[data-action="export-xlsx"]').click()
  const files = unzipSync(new Uint8Array(await readFile(await (await download).path())))
  const shared = [...strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array()).matchAll(/<si>.*?<t[^>]*>(.*?)<\/t>.*?<\/si>/gs)].map((m) => m[1]!)
  const rows = [...strFromU8(files['xl/worksheets/sheet1.xml']!).matchAll(/<row[^>]*>(.*?)<\/row>/gs)].map((r) =>
    [...r[1]!.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)].map(([, col, attrs, body]) => {
      const v = /<v>(.*?)<\/v>/.exec(body ?? '')?.[1] ?? /<t[^>]*>(.*?)<\/t>/.exec(body ?? '')?.[1] ?? ''
      return { col, text: /t="s"/.test(attrs!) ? shared[Number(v)]! : v }
    }),
  )
  const header = rows.find((r) => r.some((c) => c.text.startsWith('在册职工创新工作室（家）')))!
  const col = header.find((c) => c.text.startsWith('在册职工创新工作室（家）'))!.col
  const city = rows.find((r) => r[0]?.text === '全市')!
  expect(Number(city.find((c) => c.col === col)!.text)).toBe(onScreen)
  expect(rows.some((r) => r.some((c) => c.text === '数据截至'))).toBe(true)
})

test('the 密云 profile shows its KPIs, workshops and published figures with their sources', async ({ page, baseURL }, testInfo) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/#/districts/110118?from=2017&districts=110101')
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-breadcrumb]')).toContainText('全市')
  await expect(page.locator('[data-breadcrumb]')).toContainText('密云区')
  // The profile is about 密云 whatever the district filter says.
  expect(Number(await page.locator('[data-kpi="workshops_active"]').getAttribute('data-value'))).toBe(await active("district_code = '110118'"))
  await expect(page.locator('[data-kpi="workshops_active"]')).toContainText('全市第')
  for (const el of await page.locator('[data-chart^="district-trend-"]').all()) await expect(el).toHaveAttribute('data-rendered', 'true')

  const facts = page.locator('[data-facts] [data-fact]')
  const expected = await native(`SELECT count(*) FROM 'data/facts.parquet' WHERE region_code = '110118'
    AND period_start <= DATE '2025-12-31' AND period_end >= DATE '2017-01-01'`)
  await expect(facts).toHaveCount(expected)
  await expect(page.locator('[data-facts] [data-provenance="published"]')).toBeVisible()
  const link = page.locator('[data-facts] a[data-source-link]').first()
  await expect(link).toHaveAttribute('href', /^https?:\/\//)
  await expect(link).toHaveAttribute('target', '_blank')
  await expect(link).toHaveAttribute('rel', /noopener/)
  expect(await page.locator('[data-facts] [data-source-title]').count()).toBeGreaterThan(1)
  await expect(page.locator('[data-fact="F152"]')).toContainText('近3500万元')

  const list = page.locator('[data-list="workshops"]')
  const all = await native(`SELECT (SELECT count(*) FROM ${W} WHERE district_code = '110118' AND named_year <= 2025)
    + (SELECT count(*) FROM 'data/demo/alliances.parquet' WHERE district_code = '110118' AND founded_year <= 2025)`)
  await expect(list).toHaveAttribute('data-total', String(all))
  await list.locator('[data-search] input').fill('劳模')
  const model = await native(`SELECT count(*) FROM ${W} WHERE district_code = '110118' AND named_year <= 2025 AND name LIKE '%劳模%'`)
  await expect(list).toHaveAttribute('data-total', String(model))
  await snapshot(page, testInfo, 'district-110118')
  expectClean(watch)
})

test('a selection without data shows the empty state, never a blank chart', async ({ page }) => {
  // The core zone's first alliance is of 2020: in 2017 its districts have none on record.
  await page.goto('/#/districts?metric=alliances&zone=core&from=2017&to=2017')
  expect(await settled(page)).toBe('ready')
  for (const id of ['districts-map-tile', 'districts-ranking', 'districts-multiples']) {
    await expect(page.locator(`[data-card="${id}"] [data-empty]`)).toBeVisible()
    await expect(chart(page, id)).toHaveCount(0)
  }
  // 密云 has no national-level workshop: its list is empty, its published figures still show.
  await page.goto('/#/districts/110118?level=national&from=2017')
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-list="workshops"]')).toHaveAttribute('data-total', /^\d+$/)
  await page.locator('[data-list="workshops"] [data-search] input').fill('不存在的名称')
  await expect(page.locator('[data-list="workshops"] [data-empty]')).toBeVisible()
  await page.goto('/#/districts/110106?from=2024')
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-facts] [data-empty]')).toBeVisible()
})
