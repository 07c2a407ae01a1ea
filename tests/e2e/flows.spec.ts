import type { Page } from '@playwright/test'
import { expect, expectClean, settled, test, watchPage } from './support'

const ROUTES = ['overview', 'districts', 'trends', 'workshops', 'innovation', 'training', 'rights', 'facts', 'data', 'present']

/** Records, per chart id, every time its data-rendered attribute drops to "false" (a redraw started). */
async function recordRedraws(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __redraws: Record<string, number> }
    w.__redraws = {}
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as HTMLElement
        if (el.dataset.rendered === 'false') w.__redraws[el.dataset.chart!] = (w.__redraws[el.dataset.chart!] ?? 0) + 1
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-rendered'] })
  })
}

test('a filter change redraws every chart, lands in the URL, and survives a reload', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  // Slow view chunks, as on a loaded machine: the previous view's "ready" must never stand for the next view.
  await page.route(/\/\w+View-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500))
    await route.continue()
  })
  for (const route of ['', 'workshops', 'innovation', 'training', 'rights', 'trends']) {
    await page.goto(`/#/${route}`)
    await expect(page.locator(`[data-nav="${route || 'overview'}"]`)).toHaveClass(/active/)
    expect(await settled(page)).toBe('ready')
    const charts = await page.locator('[data-chart]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.chart!))
    expect(charts.length, route).toBeGreaterThan(0)
    const before = await page.locator('[data-kpi], [data-chart]').first().innerText()
    await recordRedraws(page)

    // Through the UI, as a user would: pick 密云 in the district filter.
    await page.locator('[data-filter="districts"]').click()
    await page.keyboard.type('密云')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape')
    await expect(page).toHaveURL(/districts=110118/)
    expect(await settled(page)).toBe('ready')
    const redraws = await page.evaluate(() => (window as unknown as { __redraws: Record<string, number> }).__redraws)
    for (const id of charts) expect(redraws[id] ?? 0, `${route || 'overview'}: ${id} redrawn`).toBeGreaterThan(0)
    await expect(page.locator('[data-chart][data-rendered="false"]')).toHaveCount(0)

    const after = await page.locator('[data-kpi], [data-chart]').first().innerText()
    await page.reload()
    expect(await settled(page)).toBe('ready')
    await expect(page.locator('[data-filter="districts"]')).toContainText('密云区')
    if (route === '') {
      expect(after).not.toEqual(before)
      expect(await page.locator('[data-kpi], [data-chart]').first().innerText()).toEqual(after)
    }
  }
  expectClean(watch)
})

test('navigating every route 20 times leaks neither chart instances nor memory', async ({ page }) => {
  test.setTimeout(240_000)
  await page.goto('/')
  await settled(page)
  const cdp = await page.context().newCDPSession(page)
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage')
    const { metrics } = await cdp.send('Performance.getMetrics')
    return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value
  }
  await cdp.send('Performance.enable')
  const samples: number[] = []
  for (let round = 0; round < 20; round++) {
    for (const name of ROUTES) {
      await page.locator(`[data-nav="${name}"]`).click()
      await expect(page.locator(`[data-nav="${name}"]`)).toHaveClass(/active/)
      await settled(page)
      // Once the view has settled, every live instance must belong to a chart on screen; a leak never converges.
      await expect
        .poll(async () => {
          const live = await page.evaluate(() => (window as unknown as { __ucChartInstances?: number }).__ucChartInstances ?? 0)
          return live - (await page.locator('[data-chart]').count())
        }, { message: `round ${round}, ${name}: live ECharts instances beyond the charts on screen`, timeout: 5_000 })
        .toBeLessThanOrEqual(0)
    }
    if (round === 4 || round === 19) samples.push(await heap())
  }
  const [early, late] = samples as [number, number]
  const perVisit = (late - early) / (15 * ROUTES.length)
  console.log(`JS heap after round 5: ${(early / 1e6).toFixed(1)} MB, after round 20: ${(late / 1e6).toFixed(1)} MB, ${(perVisit / 1e3).toFixed(1)} KB per visit`)
  // After warm-up the heap may only creep by what V8 and Chromium keep per navigation (compiled code, the
  // performance timeline, history entries: about 15 KB per visit, measured with heap snapshots); a leaked chart
  // (an ECharts instance with its canvas) or a leaked view with its query results costs far more than 40 KB.
  expect(perVisit).toBeLessThan(40_000)
})

test('while the next view is still loading its code, the app does not claim to be ready', async ({ page }) => {
  await page.goto('/')
  expect(await settled(page)).toBe('ready')
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/WorkshopsView-[\w-]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
  await page.locator('[data-nav="workshops"]').click()
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'loading')
  release()
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-chart="workshops-active-by-level"]')).toHaveAttribute('data-rendered', 'true')
})
