import { expect, expectClean, settled, test, watchPage } from './support'

// The first screen of #/ (KPI row and trend chart) paints from the build-time results, before the engine is up,
// and the hand-over to live answers changes nothing on it.

interface Seen {
  /** Every data-rendered value of the trend chart, with the app state at that moment. */
  chart: [string | null, string | null][]
  /** The KPI values on screen when the chart first drew, by metric. */
  kpis: Record<string, string>
}

// Runs before the app: records the trend chart's data-rendered flips and the first KPI values.
function record() {
  const seen: Seen = { chart: [], kpis: {} }
  ;(window as unknown as { __seen: Seen }).__seen = seen
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target as Element
      if (r.attributeName !== 'data-rendered' || el.getAttribute('data-chart') !== 'overview-trend') continue
      const value = el.getAttribute('data-rendered')
      seen.chart.push([value, document.documentElement.getAttribute('data-app-state')])
      // The KPI row as it stands when the chart first shows: the first screen, whole.
      if (value === 'true' && !Object.keys(seen.kpis).length) {
        for (const card of document.querySelectorAll('[data-kpi]')) seen.kpis[card.getAttribute('data-kpi')!] = card.getAttribute('data-value') ?? ''
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-rendered'] })
}

test('the trend chart draws from the build-time results while the engine is held back, and the hand-over changes nothing', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.addInitScript(record)
  // The engine's wasm is answered only once the chart has drawn (or after 20 s): the chart must not need it.
  let release!: () => void
  const drawn = new Promise<void>((resolve) => (release = resolve))
  await page.route(/duckdb-.*\.wasm$/, async (route) => {
    await Promise.race([drawn, new Promise((r) => setTimeout(r, 20_000))])
    await route.continue()
  })
  await page.goto('/')
  const chart = page.locator('[data-chart="overview-trend"]')
  await expect(chart).toHaveAttribute('data-rendered', 'true', { timeout: 15_000 })
  expect(await page.locator('html').getAttribute('data-app-state')).toBe('loading')
  release()
  expect(await settled(page)).toBe('ready')

  const seen = await page.evaluate(() => (window as unknown as { __seen: Seen }).__seen)
  // Drawn once, with final data, while loading; never reset (redrawn) when the live answers came.
  expect(seen.chart.filter(([v]) => v === 'true')).toHaveLength(1)
  expect(seen.chart.at(-1)![0]).toBe('true')
  expect(seen.chart.find(([v]) => v === 'true')![1]).toBe('loading')
  // One chart instance: not re-created.
  expect(await page.evaluate(() => (window as unknown as { __ucChartInstances: number }).__ucChartInstances)).toBe(1)
  // Every KPI value painted from the build-time results is the value the live engine gave.
  expect(Object.keys(seen.kpis).length).toBe(12)
  expect(Object.values(seen.kpis).every((v) => v !== '')).toBe(true)
  for (const [id, value] of Object.entries(seen.kpis)) {
    expect(await page.locator(`[data-kpi="${id}"]`).getAttribute('data-value'), id).toBe(value)
  }
  expectClean(watch)
})
