import { test as base, expect, type BrowserContext, type Page, type TestInfo } from '@playwright/test'

export { expect }
/** For a test that needs its own browser (launch flags such as host mapping). */
export { chromium } from '@playwright/test'

/** CPU slow-down for every page of a run (E2E_CPU_THROTTLE=4 runs the suite as a slow office PC would). */
const throttle = Number(process.env.E2E_CPU_THROTTLE ?? 1)

async function slowDown(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
}

/** Playwright's test, with every page (the default one and any a test opens) throttled when asked. */
export const test = base.extend({
  context: async ({ context }, use) => {
    if (throttle > 1) context.on('page', (page) => void slowDown(context, page).catch(() => {}))
    await use(context)
  },
  page: async ({ context, page }, use) => {
    if (throttle > 1) await slowDown(context, page)
    await use(page)
  },
})

/** Records what a page requests and logs, so a test can assert nothing left the origin and nothing erred. */
export function watchPage(page: Page, baseURL: string) {
  const origin = new URL(baseURL).origin
  const foreign: string[] = []
  const errors: string[] = []
  page.on('request', (req) => {
    const url = req.url()
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreign.push(url)
  })
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text())
  })
  // The stack's first frames say where an uncaught error came from when a run fails far from here.
  page.on('pageerror', (err) => errors.push([err.message, ...(err.stack ?? '').split('\n').slice(1, 4)].join(' | ')))
  return { foreign, errors }
}

/**
 * Waits until the app reports a final state (ready or error) that holds for 200 ms, and returns it.
 * Holding matters after a same-document navigation, where the previous view's `ready` is still showing.
 */
export async function settled(page: Page): Promise<string> {
  const html = page.locator('html')
  let state = ''
  await expect
    .poll(
      async () => {
        await expect(html).toHaveAttribute('data-app-state', /^(ready|error)$/, { timeout: 30_000 })
        state = (await html.getAttribute('data-app-state'))!
        await page.waitForTimeout(200)
        return /^(ready|error)$/.test(state) && (await html.getAttribute('data-app-state')) === state
      },
      { timeout: 40_000, intervals: [0] },
    )
    .toBe(true)
  return state
}

/** Saves a full-page screenshot as a test artefact. */
export async function snapshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`)
  await page.screenshot({ path, fullPage: true })
  await testInfo.attach(name, { path, contentType: 'image/png' })
}

/** Asserts that the page asked no other origin for anything and logged no error. */
export function expectClean(watch: ReturnType<typeof watchPage>) {
  expect(watch.foreign, 'requests that left the origin').toEqual([])
  expect(watch.errors, 'console errors').toEqual([])
}
