import { nativeKpis } from './native'
import { expect, expectClean, settled, snapshot, test, watchPage } from './support'

test('the overview loads offline, shows demo-badged KPIs equal to native DuckDB, and logs no error', async ({ page, baseURL }, testInfo) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/')
  expect(await settled(page)).toBe('ready')

  const expected = await nativeKpis(2025)
  for (const [id, value] of Object.entries(expected)) {
    const card = page.locator(`[data-kpi="${id}"]`)
    await expect(card).toBeVisible()
    expect(Number(await card.getAttribute('data-value')), id).toBeCloseTo(value, 0)
  }
  await expect(page.locator('[data-chart="overview-trend"]')).toHaveAttribute('data-rendered', 'true')
  await expect(page.locator('header [data-provenance="demo"]')).toHaveText('演示数据')
  const cards = page.locator('[data-kpi]')
  await expect(cards).toHaveCount(12)
  for (const card of await cards.all()) await expect(card.locator('[data-provenance="demo"]').first()).toBeVisible()
  // Illustrative targets are data too, and badged as demo.
  await expect(page.locator('[data-kpi="workshops_city_plus"] [data-target="900"]')).toBeVisible()
  expect(Number(await page.locator('[data-kpi="workshops_city_plus"] [data-completion]').getAttribute('data-completion'))).toBeCloseTo(877 / 900, 3)
  await expect(page.locator('[data-summary]')).toContainText('2025年全市在册职工创新工作室')
  await expect(page.locator('[data-kpi="workshops_active"]')).toContainText('家')

  await snapshot(page, testInfo, 'overview')
  expectClean(watch)
})

test('a filter in the URL changes the KPIs to that year, as native DuckDB computes them', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/#/?from=2018&to=2022')
  expect(await settled(page)).toBe('ready')
  const expected = await nativeKpis(2022)
  const shown = async () => {
    const out: Record<string, number> = {}
    for (const id of Object.keys(expected)) out[id] = Number(await page.locator(`[data-kpi="${id}"]`).getAttribute('data-value'))
    return out
  }
  const at2022 = await shown()
  for (const [id, value] of Object.entries(expected)) expect(at2022[id], id).toBeCloseTo(value, 0)
  // The app, not the fixture, must change: the default period (to 2025) shows other figures on the same cards.
  await page.goto('about:blank')
  await page.goto('/')
  expect(await settled(page)).toBe('ready')
  const at2025 = await shown()
  expect(at2025).not.toEqual(at2022)
  for (const [id, value] of Object.entries(await nativeKpis(2025))) expect(at2025[id], id).toBeCloseTo(value, 0)
  expect(watch.errors).toEqual([])
})

test('English is one click away and keeps the filters in the URL', async ({ page }) => {
  await page.goto('/#/?to=2024')
  await settled(page)
  await page.locator('[data-lang="en"]').click()
  await expect(page.locator('h1')).toHaveText('Beijing Union Statistics Cockpit')
  await expect(page.locator('header [data-provenance="demo"]')).toHaveText('Demo data')
  expect(page.url()).toContain('lang=en')
  expect(page.url()).toContain('to=2024')
  await page.reload()
  await expect(page.locator('h1')).toHaveText('Beijing Union Statistics Cockpit')
})

test('every route of the navigation opens without a console error', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/')
  await settled(page)
  for (const name of ['districts', 'trends', 'workshops', 'innovation', 'training', 'rights', 'facts', 'data', 'present', 'overview']) {
    await page.locator(`[data-nav="${name}"]`).click()
    await expect(page.locator(`[data-nav="${name}"]`)).toHaveClass(/active/)
  }
  expect(await settled(page)).toBe('ready')
  expectClean(watch)
})

test('the overview paints from build-time results before DuckDB is ready, then goes live with the same numbers', async ({ page }) => {
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/duckdb-eh-[\w-]+\.wasm$/, async (route) => {
    await held
    await route.continue()
  })
  await page.goto('/')
  const card = page.locator('[data-kpi="workshops_active"]')
  await expect(card).toHaveAttribute('data-value', /^\d+$/)
  expect(await page.locator('html').getAttribute('data-app-state')).toBe('loading')
  const early = await page.locator('[data-kpi]').evaluateAll((els) => els.map((e) => e.getAttribute('data-value')))
  release()
  expect(await settled(page)).toBe('ready')
  const live = await page.locator('[data-kpi]').evaluateAll((els) => els.map((e) => e.getAttribute('data-value')))
  expect(live).toEqual(early)
  expect(early.every((v) => v !== '')).toBe(true)
})

test('口径 and provenance hints appear on hover and on keyboard focus, though they mount only then', async ({ page }) => {
  await page.goto('/')
  expect(await settled(page)).toBe('ready')
  // Hints are not mounted up front (fifty popovers cost the first paint ~60 ms)…
  await expect(page.locator('.n-tooltip')).toHaveCount(0)
  // …a KPI's 口径 shows on hover,
  await page.locator('[data-kpi="workshops_active"] .label').hover()
  await expect(page.locator('.n-tooltip').filter({ hasText: '年末' })).toBeVisible()
  // the demo badge names its source on hover,
  await page.locator('header [data-provenance="demo"]').hover()
  await expect(page.locator('.n-tooltip').filter({ hasText: '演示' })).toBeVisible()
  // and a chart's ⓘ is reachable by keyboard.
  await page.locator('[data-card="overview-trend"] .info').focus()
  await expect(page.locator('.n-tooltip').filter({ hasText: '年末' }).last()).toBeVisible()
})
