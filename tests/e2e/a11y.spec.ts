import AxeBuilder from '@axe-core/playwright'
import type { BrowserContext, Page } from '@playwright/test'
import { expect, settled, test } from './support'

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

test('a chart has a generated description and a 数据表 toggle that shows its data as a real table, by keyboard', async ({ baseURL }) => {
  await page.goto(new URL('#/innovation?theme=light&lang=zh', baseURL).href)
  expect(await settled(page)).toBe('ready')
  const card = page.locator('[data-card="innovation-districts"]')
  const chart = card.locator('[data-chart]')
  const describedBy = await chart.getAttribute('aria-describedby')
  expect(describedBy).toBeTruthy()
  const description = page.locator(`[id="${describedBy}"]`)
  await expect(description).toContainText('最高')
  await expect(description).toContainText('最低')
  const toggle = card.locator('[data-action="table"]')
  await toggle.focus()
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  const table = card.locator('[data-chart-table] table')
  await expect(table.locator('caption')).toBeVisible()
  // Sixteen districts, and the city's row where the chart shows one.
  expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(16)
  await expect(table.locator('tbody th[scope="row"]').first()).not.toBeEmpty()
  await page.keyboard.press('Enter')
  await expect(card.locator('[data-chart]')).toHaveAttribute('data-rendered', 'true')
})

test('districts are selected by keyboard with the same effect as a chart click; the skip link reaches the content', async ({ baseURL }) => {
  await page.goto(new URL('#/districts?theme=light&lang=zh', baseURL).href)
  // A fresh document, so the first Tab starts at the top of the page.
  await page.reload()
  expect(await settled(page)).toBe('ready')
  await page.keyboard.press('Tab')
  const skip = page.locator('[data-skip]')
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()

  const miyun = page.locator('[data-pick="110118"]')
  await miyun.focus()
  await page.keyboard.press('Enter')
  await expect.poll(() => new URL(page.url()).hash).toContain('districts=110118')
  await expect(miyun).toHaveAttribute('aria-pressed', 'true')
  const changping = page.locator('[data-pick="110114"]')
  await changping.focus()
  await page.keyboard.press('Shift+Enter')
  await expect(changping).toHaveAttribute('aria-pressed', 'true')
  await expect(miyun).toHaveAttribute('aria-pressed', 'true')
  await expect(page.locator('[data-chip="110114"]')).toBeVisible()
  // The focus ring is drawn (an outline) on the focused button.
  expect(await changping.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none')
})

test('the text size 标准 / 大 / 特大 zooms the interface and persists across a reload', async ({ baseURL }) => {
  await page.goto(new URL('#/?theme=light&lang=zh', baseURL).href)
  expect(await settled(page)).toBe('ready')
  const app = page.locator('.app')
  const height = () => app.evaluate((el) => el.querySelector('h1')!.getBoundingClientRect().height)
  const before = await height()
  await page.goto(new URL('#/?theme=light&lang=zh&text=xlarge', baseURL).href)
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge')
  expect(await height()).toBeGreaterThan(before * 1.4)
  await page.goto(new URL('#/?theme=light&lang=zh', baseURL).href)
  await page.reload()
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge')
})
