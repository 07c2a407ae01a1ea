import type { Page } from '@playwright/test'
import { expect, expectClean, settled, test, watchPage } from './support'

// A geographic map laid out at zero width or height has a transform that cannot be inverted, and ECharts throws
// "Cannot read properties of null (reading '0')" while copying it. These tests make that happen on purpose.

const geo = (page: Page) => page.locator('[data-chart="districts-map-geo"]')

/** Gives the chart element the height `h` (0 collapses it), as a card mid-swap or a collapsed container would. */
async function setHeight(page: Page, h: string) {
  await page.evaluate((height) => {
    const el = document.querySelector<HTMLElement>('[data-chart="districts-map-geo"]')!
    el.style.minHeight = height === '' ? '' : '0'
    el.style.height = height
  }, h)
}

test('a geographic map whose container collapses to zero and comes back throws nothing and draws again', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/#/districts?map=geo')
  expect(await settled(page)).toBe('ready')
  await expect(geo(page)).toHaveAttribute('data-rendered', 'true')
  await setHeight(page, '0px')
  // While collapsed, a new filter asks for a redraw: it must wait for a size, not draw at zero.
  await page.goto('/#/districts?map=geo&districts=110118')
  await page.waitForTimeout(500)
  expect(watch.errors).toEqual([])
  await setHeight(page, '')
  await expect(geo(page)).toHaveAttribute('data-rendered', 'true')
  expect(await settled(page)).toBe('ready')
  // The chart really drew at its size: its canvas is as large as the element.
  const canvas = await geo(page).locator('canvas').first().boundingBox()
  expect(canvas!.height).toBeGreaterThan(200)
  expectClean(watch)
})

test('switching between the tile and geographic maps again and again under 4× CPU throttling stays clean', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await page.goto('/#/districts')
  expect(await settled(page)).toBe('ready')
  for (let i = 0; i < 6; i++) {
    await page.locator(`[data-map="${i % 2 ? 'tile' : 'geo'}"]`).click()
    await page.waitForTimeout(40 * i)
  }
  await page.locator('[data-map="geo"]').click()
  await expect(page).toHaveURL(/map=geo/)
  await expect(geo(page)).toHaveAttribute('data-rendered', 'true')
  expect(await settled(page)).toBe('ready')
  // Exactly one chart instance per chart on screen: none leaked by the swaps.
  const instances = await page.evaluate(() => (window as unknown as { __ucChartInstances: number }).__ucChartInstances)
  expect(instances).toBe(await page.locator('[data-chart]').count())
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  expectClean(watch)
})
