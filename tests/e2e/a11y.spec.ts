import AxeBuilder from '@axe-core/playwright'
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { settled } from './support'

// WCAG 2.0 and 2.1, levels A and AA: what GB/T 37668-2019 asks of a government web service.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const routes = ['/', '/districts', '/districts/110118', '/trends', '/workshops', '/innovation', '/training', '/rights', '/facts', '/data', '/present']
const themes = ['light', 'dark', 'projector'] as const
const langs = ['zh', 'en'] as const

type Result = Awaited<ReturnType<AxeBuilder['analyze']>>

/** One line per failing element: rule, impact, what axe says is wrong, and where. */
function describe(where: string, result: Result): string[] {
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .flatMap((v) =>
      v.nodes.map((n) => `${where}  [${v.impact}] ${v.id}: ${v.help}\n    at ${n.target.join(' ')}\n    ${(n.failureSummary ?? '').replace(/\s*\n\s*/g, '; ')}`),
    )
}

// One page for the whole run (a failed combination restarts the worker, and so gets a fresh one): a hash change is
// a same-document navigation, far cheaper than a cold load. AxeBuilder needs a page from an explicit context.
let context: BrowserContext
let page: Page
test.beforeAll(async ({ browser }) => {
  context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  page = await context.newPage()
})
test.afterAll(async () => context.close())

for (const theme of themes) {
  for (const lang of langs) {
    test(`axe finds no critical or serious WCAG 2.1 A/AA violation on every route, theme ${theme}, ${lang}`, async ({ baseURL }) => {
      // Eleven scans: 3.5 minutes were measured with the two cores shared by other work (load 15).
      test.setTimeout(300_000)
      const found: string[] = []
      for (const route of routes) {
        await page.goto(new URL(`#${route}?theme=${theme}&lang=${lang}`, baseURL).href)
        expect(await settled(page), `${route} loads`).toBe('ready')
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
        found.push(...describe(`#${route} ${theme} ${lang}`, await new AxeBuilder({ page }).withTags(tags).analyze()))
      }
      expect(found, `${found.length} critical or serious violations:\n${found.join('\n')}`).toEqual([])
    })
  }
}
