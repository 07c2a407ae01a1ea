import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import writeXlsxFile from 'write-excel-file/node'
import { expect, expectClean, settled, test, watchPage } from './support'

// Two districts for 2025, only one of them for 2024: the figures must not pretend the two years compare.
async function twoDistricts() {
  const cells = (rows: (string | number)[][]) => rows.map((r) => r.map((value) => ({ value })))
  const data = cells([
    ['区 (district_code)', '年份 (year)', '法律咨询 (consultations)', '法律援助案件 (cases)', '挽回经济损失 (recovered_yuan)'],
    ['密云区', 2025, 5200, 1900, 35_000_000],
    ['怀柔区', 2025, 800, 300, 12_000_000],
    ['密云区', 2024, 5000, 1800, 30_000_000],
  ])
  return Buffer.from(await writeXlsxFile([{ sheet: '维权服务', data }]).toBuffer())
}

async function importTwoDistricts(page: Page) {
  await page.goto('/#/data')
  expect(await settled(page)).toBe('ready')
  await page.setInputFiles('[data-file-input]', [{ name: '维权两区.xlsx', mimeType: 'application/octet-stream', buffer: await twoDistricts() }])
  await expect(page.locator('[data-report]')).toBeVisible()
  await page.locator('[data-dataset-name] input').fill('两区维权')
  await page.locator('[data-action="apply"]').click()
  await expect(page.locator('[data-import-done]')).toContainText('两区维权')
}

test('a two-district import: rank among 2, no 同比 over unequal years, and the coverage said', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await importTwoDistricts(page)
  await page.locator('[data-nav="overview"]').click()
  expect(await settled(page)).toBe('ready')
  const city = page.locator('[data-kpi="rights_recovered_yuan"]')
  await expect(city).toHaveAttribute('data-value', '47000000')
  await expect(city.locator('[data-change-note]')).toHaveText('上年数据不全，不计同比')
  await expect(city.locator('.yoy')).not.toContainText('%')
  await expect(city.locator('[data-coverage]')).toHaveText('16区中2区已报送')
  await expect(page.locator('[data-summary]')).toContainText('2025年全市为职工挽回经济损失4700万元（16区中2区已报送），上年数据不全，不计同比')
  // The families the import lacks are one calm line each, in words, not a red alert per card.
  await expect(page.locator('[data-family="workshops"] [data-absent]')).toHaveText('当前数据集不含职工创新工作室名录数据')
  await expect(page.locator('[data-kpi="workshops_active"]')).toHaveCount(0)
  await expect(page.locator('[data-family] [role="alert"]')).toHaveCount(0)
  await expect(page.locator('[data-dataset-notice]')).not.toContainText('workshops')

  // 密云 alone: it reported both years, so 同比 is given, and its rank is among the 2 districts with data.
  const { hash } = new URL(page.url())
  const with_ = (extra: string) => `/${hash}${hash.includes('?') ? '&' : '?'}${extra}`
  await page.goto(with_('districts=110118'))
  expect(await settled(page)).toBe('ready')
  const miyun = page.locator('[data-kpi="rights_recovered_yuan"]')
  await expect(miyun).toHaveAttribute('data-value', '35000000')
  await expect(miyun.locator('.rank')).toHaveText('2区中第1位')
  await expect(miyun.locator('.yoy')).toContainText('+16.7%')
  await expect(miyun.locator('[data-coverage]')).toHaveCount(0)

  await page.goto(with_('districts=110118&lang=en'))
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-kpi="rights_recovered_yuan"] .rank')).toHaveText('Rank 1 of 2 districts with data')
  expectClean(watch)
})

test('a rate’s 同比 reads in 百分点 on the demo data', async ({ page }) => {
  await page.goto('/#/')
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-kpi="transformation_rate"] .yoy')).toContainText('个百分点')
  await expect(page.locator('[data-kpi="training_coverage"] .yoy')).toContainText('个百分点')
  await expect(page.locator('[data-kpi="innovation_outputs"] .yoy')).toContainText('%')
  // The demo panel is complete: nothing is withheld or caveated.
  await expect(page.locator('[data-change-note]')).toHaveCount(0)
  await expect(page.locator('[data-coverage]')).toHaveCount(0)
})

/** The cells of an XLSX's first sheet: column, text, and whether Excel stores it as a number. */
function sheetCells(bytes: Uint8Array) {
  const files = unzipSync(bytes)
  const shared = [...strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array()).matchAll(/<si>.*?<t[^>]*>(.*?)<\/t>.*?<\/si>/gs)].map((m) => m[1]!)
  return [...strFromU8(files['xl/worksheets/sheet1.xml']!).matchAll(/<row[^>]*>(.*?)<\/row>/gs)].map((r) =>
    [...r[1]!.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)].map(([, col, attrs, body]) => {
      const v = /<v>(.*?)<\/v>/.exec(body ?? '')?.[1] ?? /<t[^>]*>(.*?)<\/t>/.exec(body ?? '')?.[1] ?? ''
      const text = /t="s"/.test(attrs!) ? shared[Number(v)]! : v
      return { col: col!, text, numeric: !/t="/.test(attrs!) && v !== '' }
    }),
  )
}

test('the comparison export names the years of its totals, keeps numbers numeric and says it covers all 16', async ({ page }) => {
  await page.goto('/#/districts?from=2021&to=2025&districts=110118')
  expect(await settled(page)).toBe('ready')
  let download = page.waitForEvent('download')
  await page.locator('[data-action="export-xlsx"]').click()
  const rows = sheetCells(new Uint8Array(await readFile(await (await download).path())))
  const header = rows.find((r) => r.some((c) => c.text.startsWith('在册职工创新工作室（家）')))!
  const total = header.find((c) => c.text === '新命名工作室（家） 2021–2025年合计')
  expect(total, header.map((c) => c.text).join(' | ')).toBeTruthy()
  expect(header.some((c) => c.text.includes('–年合计') && !/\d–\d/.test(c.text))).toBe(false)
  // 17 data rows (16 districts and the city), and the 范围 line says so although only 密云 is selected.
  const data = rows.slice(rows.indexOf(header) + 1)
  expect(data).toHaveLength(17)
  expect(rows.find((r) => r[0]?.text === '范围')?.[1]?.text).toContain('全市16区')
  const rate = header.find((c) => c.text.startsWith('成果转化率（%）'))!.col
  for (const r of data) {
    for (const c of r.slice(2)) expect(c.numeric, `${r[0]!.text} ${c.col} = ${c.text}`).toBe(true)
    const v = Number(r.find((c) => c.col === rate)!.text)
    expect(v).toBeGreaterThan(1) // a percentage, not a fraction
    expect(Math.round(v * 100) / 100).toBe(v) // rounded, no float noise
  }
  download = page.waitForEvent('download')
  await page.locator('[data-action="export-csv"]').click()
  const csv = await readFile(await (await download).path(), 'utf8')
  expect(csv).toContain('新命名工作室（家） 2021–2025年合计')
  expect(csv).not.toMatch(/,\s*–年合计/)
})

test('a nonsense link is rewritten to what is shown, with one calm notice of what was ignored', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/#/?from=abc&districts=110118,999999&per=xyz')
  expect(await settled(page)).toBe('ready')
  await expect(page).toHaveURL(/#\/\?districts=110118$/)
  const notice = page.locator('[data-url-notice]')
  await expect(notice).toHaveCount(1)
  await expect(notice).toContainText('from=abc')
  await expect(notice).toContainText('districts=999999')
  await expect(notice).toContainText('per=xyz')
  await expect(notice).not.toHaveAttribute('role', 'alert')
  await expect(page.locator('[data-kpi="workshops_active"] .rank')).toContainText('全市第')
  // A choice made afterwards is the user's: the notice has said its piece.
  await page.goto('/#/?districts=110118&to=2024')
  expect(await settled(page)).toBe('ready')
  await expect(page).toHaveURL(/to=2024/)
  expectClean(watch)
})

test('the provenance badge takes each theme’s colours, and no theme styles <html> itself', async ({ page }, testInfo) => {
  const seen = new Map<string, string>()
  for (const theme of ['light', 'dark', 'projector']) {
    await page.goto(`/#/?theme=${theme}`)
    expect(await settled(page)).toBe('ready')
    const badge = page.locator('[data-summary] [data-provenance="demo"]').first()
    await expect(badge).toBeVisible()
    const path = testInfo.outputPath(`badge-${theme}.png`)
    await badge.screenshot({ path })
    await testInfo.attach(`badge-${theme}`, { path, contentType: 'image/png' })
    const style = await badge.evaluate((el) => { const s = getComputedStyle(el); return `${s.color} on ${s.backgroundColor}` })
    seen.set(theme, style)
    const html = await page.evaluate(() => { const s = getComputedStyle(document.documentElement); return [s.paddingTop, s.borderTopWidth, s.color] })
    expect(html.slice(0, 2), `<html> in ${theme}`).toEqual(['0px', '0px'])
  }
  // Dark gets its own light-on-dark badge, not the light theme's.
  expect(seen.get('dark')).toContain('rgb(255, 212, 138)')
  expect(seen.get('dark')).not.toBe(seen.get('light'))
})

/** How far the page scrolls sideways, and the first elements that push it (inside a box that scrolls on its own they do not). */
async function sideways(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const over = [...document.querySelectorAll('body *')].filter((el) => {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.right <= width + 1 || getComputedStyle(el).position === 'fixed') return false
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible') return false
      return true
    })
    return { scroll: document.documentElement.scrollWidth - width, first: over.slice(0, 3).map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`) }
  })
}

test.describe('a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })
  for (const route of ['/', '/workshops', '/innovation', '/training', '/rights', '/trends', '/districts', '/districts/110118', '/facts', '/data', '/present']) {
    test(`no sideways scroll on #${route}`, async ({ page }) => {
      await page.goto(`/#${route}`)
      expect(await settled(page)).toBe('ready')
      const wide = await sideways(page)
      expect(wide.scroll, wide.first.join(' | ')).toBeLessThanOrEqual(0)
    })
  }
})

// 200 % browser zoom on a 1366 × 768 screen: 683 × 384 CSS pixels at twice the density.
test.describe('200 % zoom', () => {
  test.use({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 })
  for (const route of ['/', '/districts', '/data', '/present']) {
    test(`#${route} reflows: no sideways scroll, navigation and filters reachable`, async ({ page }) => {
      await page.goto(`/#${route}`)
      expect(await settled(page)).toBe('ready')
      const wide = await sideways(page)
      expect(wide.scroll, wide.first.join(' | ')).toBeLessThanOrEqual(0)
      // Every navigation link and filter can be reached: scrolled to, it is inside the window.
      for (const link of await page.locator('[data-nav], [data-filter]').all()) {
        await link.scrollIntoViewIfNeeded()
        await expect(link).toBeInViewport()
      }
    })
  }
})

test('English slide footers use ASCII colons', async ({ page }) => {
  await page.goto('/#/present/print?deck=annual-report&theme=projector&lang=en')
  await expect(page.locator('[data-print-ready="true"]')).toHaveCount(1, { timeout: 60_000 })
  const footer = page.locator('.print-page footer').first()
  await expect(footer.locator('[data-as-of]')).toContainText('Data as of: ')
  await expect(footer).not.toContainText('：')
})

test('the deck editor names where each slide comes from in words, never ids or query keys', async ({ page }) => {
  await page.goto('/#/present')
  expect(await settled(page)).toBe('ready')
  const origins = page.locator('[data-slide-row] [data-slide-origin]')
  await expect(origins).toHaveCount(6)
  await expect(origins.first()).toContainText('核心指标')
  for (const text of await origins.allTextContents()) expect(text).not.toMatch(/overview-kpis|[a-z]+-[a-z]+|=/)
})
