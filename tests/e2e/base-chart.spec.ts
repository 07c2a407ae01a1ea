import type { Page } from '@playwright/test'
import { createServer, type ViteDevServer } from 'vite'
import { expect, test } from './support'

// BaseChart as a component, in a real browser: mounted alone on a test page (tests/e2e/pages) served by Vite's
// dev server, with a ChartContext given by injection instead of the app's stores.

let server: ViteDevServer
let url = ''

test.beforeAll(async () => {
  server = await createServer({ configFile: 'vite.config.ts', server: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' })
  await server.listen()
  url = `${server.resolvedUrls!.local[0]}tests/e2e/pages/base-chart.html`
})
test.afterAll(async () => server?.close())

interface Driver {
  setTheme(t: string): void
  setBusy(b: boolean): void
  setValues(v: number[]): void
  setSize(w: string, h: string): void
  pending(): number
}
const drive = (page: Page, f: (c: Driver) => unknown) =>
  page.evaluate(`(${f.toString()})(window.__chart)`)
const counters = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __ucChartInstances: number; __ucChartsCreated: number }
    return { live: w.__ucChartInstances, created: w.__ucChartsCreated }
  })

test('a chart alone draws, holds its option while queries are busy, and draws once when they end', async ({ page }) => {
  await page.goto(url)
  const chart = page.locator('[data-chart="alone"]')
  await expect(chart).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 })
  expect(await drive(page, (c) => c.pending())).toBe(0)

  await drive(page, (c) => (c.setBusy(true), c.setValues([4, 5, 6])))
  // Held: not drawn, and says so (pending) until the queries end.
  await expect(chart).toHaveAttribute('data-rendered', 'false')
  expect(await drive(page, (c) => c.pending())).toBe(1)
  await drive(page, (c) => c.setBusy(false))
  await expect(chart).toHaveAttribute('data-rendered', 'true')
  expect(await drive(page, (c) => c.pending())).toBe(0)
})

test('a theme change sets the theme on the same instance instead of re-creating it', async ({ page }) => {
  await page.goto(url)
  const chart = page.locator('[data-chart="alone"]')
  await expect(chart).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 })
  await drive(page, (c) => c.setTheme('dark'))
  await expect(chart).toHaveAttribute('data-rendered', 'true')
  await drive(page, (c) => c.setTheme('projector'))
  await expect(chart).toHaveAttribute('data-rendered', 'true')
  expect(await counters(page)).toEqual({ live: 1, created: 1 })
})

test('resizing is throttled, and a zero size neither draws nor throws until the size is real again', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(url)
  const chart = page.locator('[data-chart="alone"]')
  await expect(chart).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 })
  // Count ECharts' resize calls on the instance through the canvas's size changes: a burst of 20 sizes in one
  // frame each must not each lay the chart out.
  const canvasSizes = await page.evaluate(async () => {
    const canvas = document.querySelector('[data-chart="alone"] canvas') as HTMLCanvasElement
    const seen = new Set<string>()
    const observer = new MutationObserver(() => seen.add(`${canvas.width}x${canvas.height}`))
    observer.observe(canvas, { attributes: true, attributeFilter: ['width', 'height'] })
    const box = document.querySelector('#app > div') as HTMLElement
    for (let i = 0; i < 20; i++) {
      box.style.width = `${400 + i * 10}px`
      await new Promise((r) => requestAnimationFrame(r))
    }
    await new Promise((r) => setTimeout(r, 300))
    observer.disconnect()
    return seen.size
  })
  expect(canvasSizes).toBeGreaterThan(0)
  expect(canvasSizes).toBeLessThan(12)
  // The final size is drawn.
  expect((await page.locator('[data-chart="alone"] canvas').first().boundingBox())!.width).toBeCloseTo(590, -1)

  await drive(page, (c) => c.setSize('600px', '0px'))
  await drive(page, (c) => c.setValues([7, 8, 9]))
  await page.waitForTimeout(300)
  await expect(chart).toHaveAttribute('data-rendered', 'false')
  await drive(page, (c) => c.setSize('600px', '300px'))
  await expect(chart).toHaveAttribute('data-rendered', 'true')
  expect(errors).toEqual([])
})
