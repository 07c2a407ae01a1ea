import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, expectClean, settled, snapshot, test, watchPage } from './support'

const DECK = ['overview-kpis', 'workshops-active-by-level', 'innovation-outputs', 'districts-ranking', 'training-coverage', 'rights-arrears']
const area = (page: Page) => page.locator('[data-slide]').first()

/** The slide shown is `i`, fully drawn: its chart rendered (or the KPI row filled), its title and demo-badged footer on screen. */
async function expectSlide(page: Page, i: number) {
  await expect(area(page)).toHaveAttribute('data-slide', String(i))
  expect(await settled(page)).toBe('ready')
  const slide = area(page).locator('.slide')
  await expect(slide).toHaveAttribute('data-card', DECK[i]!)
  await expect(slide.locator('.slide-title')).not.toBeEmpty()
  if (i === 0) await expect(slide.locator('.slide-body [data-kpi]')).toHaveCount(12)
  else await expect(slide.locator(`.slide-body [data-chart="${DECK[i]}"]`)).toHaveAttribute('data-rendered', 'true')
  await expect(slide.locator('footer [data-provenance="demo"]')).toBeVisible()
  await expect(slide.locator('footer [data-as-of]')).toContainText('2025-12-31')
}

test.use({ viewport: { width: 1920, height: 1080 } })

test('the default deck: start, → five times, PageUp/PageDown, Home/End, number + Enter, Esc leaves', async ({ page, baseURL }, testInfo) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/#/present')
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-deck="annual-report"]')).toContainText('年度工作汇报')
  await expect(page.locator('[data-slide-row]')).toHaveCount(6)
  await page.locator('[data-action="start"]').click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector')
  await expect(area(page)).toHaveAttribute('data-slide-count', '6')
  await expectSlide(page, 0)
  for (let i = 1; i <= 5; i++) {
    await page.keyboard.press('ArrowRight')
    await expectSlide(page, i)
    await snapshot(page, testInfo, `slide-${i}`)
  }
  await page.keyboard.press('ArrowRight') // past the end: stays on the last slide
  await expect(area(page)).toHaveAttribute('data-slide', '5')
  await page.keyboard.press('PageUp')
  await expectSlide(page, 4)
  await page.keyboard.press('PageDown')
  await expectSlide(page, 5)
  await page.keyboard.press('Home')
  await expectSlide(page, 0)
  await page.keyboard.press('End')
  await expect(area(page)).toHaveAttribute('data-slide', '5')
  await page.keyboard.type('3')
  await expect(page.locator('[data-typed]')).toHaveText('3')
  await page.keyboard.press('Enter')
  await expectSlide(page, 2)
  await page.keyboard.press('b')
  await expect(page.locator('[data-black]')).toBeVisible()
  await page.keyboard.press('b')
  await expect(page.locator('[data-black]')).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/#\/present\?/)
  await expect(page.locator('[data-slide-row]')).toHaveCount(6)
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  expectClean(watch)
})

test('laser and drawing: L shows the pointer, D draws, and the drawing is gone on the next slide', async ({ page }) => {
  await page.goto('/#/present/show?deck=annual-report&slide=1&theme=projector')
  await expectSlide(page, 1)
  await page.keyboard.press('l')
  await expect(page.locator('[data-tool="laser"]')).toBeVisible()
  await page.keyboard.press('d')
  await expect(page.locator('[data-tool="laser"]')).toHaveCount(0)
  const ink = () => page.locator('[data-tool="draw"]').evaluate((c: HTMLCanvasElement) =>
    c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data.reduce((n, v, i) => n + (i % 4 === 3 && v ? 1 : 0), 0))
  await page.mouse.move(400, 400)
  await page.mouse.down()
  await page.mouse.move(800, 500, { steps: 10 })
  await page.mouse.up()
  expect(await ink()).toBeGreaterThan(100)
  await page.keyboard.press('PageDown')
  await expectSlide(page, 2)
  expect(await ink()).toBe(0)
})

test('the presenter window opens from the deck and stays in step with the audience window both ways', async ({ page }) => {
  await page.goto('/#/present')
  expect(await settled(page)).toBe('ready')
  const opened = page.waitForEvent('popup')
  await page.locator('[data-action="open-presenter"]').click()
  const presenter = await opened
  await expectSlide(page, 0)
  await expect(area(presenter)).toHaveAttribute('data-slide', '0')
  expect(await settled(presenter)).toBe('ready')
  await expect(presenter.locator('[data-talking-point] textarea')).toHaveValue(/^2025年全市在册职工创新工作室/)
  await expect(presenter.locator('[data-elapsed]')).toContainText(/\d\d:\d\d:\d\d/)
  await expect(presenter.locator('[data-clock]')).toContainText(/\d\d:\d\d:\d\d/)
  await expect(presenter.locator('[data-next] .slide[data-card="workshops-active-by-level"]')).toBeVisible()

  await presenter.keyboard.press('ArrowRight')
  await expectSlide(page, 1)
  await expect(area(presenter)).toHaveAttribute('data-slide', '1')
  await page.keyboard.press('PageDown')
  await expect(area(presenter)).toHaveAttribute('data-slide', '2')
  await expectSlide(page, 2)
  await expect(presenter.locator('[data-talking-point] textarea')).toHaveValue(/^2025年全市职工创新工作室产生创新成果.*同比.*其中.*居全市首位/)

  // Typing notes never moves the slides; the edit is kept with the deck.
  await presenter.locator('[data-notes] textarea').fill('先讲转化率 → 再讲效益')
  await presenter.locator('[data-notes] textarea').press('ArrowRight')
  await presenter.locator('[data-notes] textarea').press('End')
  await expect(area(page)).toHaveAttribute('data-slide', '2')
  await presenter.locator('[data-notes] textarea').blur()
  await presenter.keyboard.press('b')
  await expect(page.locator('[data-black]')).toBeVisible()
  await expect(presenter.locator('.bar [data-black]')).toBeVisible()
  await page.keyboard.press('b')
  await expect(presenter.locator('.bar [data-black]')).toHaveCount(0)
  await page.keyboard.press('Escape')
  await page.locator('[data-slide-row="2"]').waitFor()
  await expect(page.locator('[data-slide-row="2"] [data-notes] textarea')).toHaveValue('先讲转化率 → 再讲效益')
})

test('add to deck from the views, retitle, reorder, export to JSON and import back identical; a bad file is refused', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto('/#/present')
  await page.locator('[data-action="new-deck"]').click()
  await page.goto('/#/workshops?districts=110118&from=2019')
  expect(await settled(page)).toBe('ready')
  await page.locator('[data-card="workshops-new-revoked"] [data-action="add-to-deck"]').click()
  await page.goto('/#/?districts=110118')
  expect(await settled(page)).toBe('ready')
  await page.locator('[data-region="overview-kpis"] [data-action="add-to-deck"]').click()
  await page.goto('/#/present')
  const rows = page.locator('[data-slide-row]')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(0)).toHaveAttribute('data-card', 'workshops-new-revoked')
  await rows.nth(1).locator('[data-action="move-up"]').click()
  await expect(rows.nth(0)).toHaveAttribute('data-card', 'overview-kpis')
  await rows.nth(0).locator('[data-slide-title] input').fill('密云区核心指标')
  await rows.nth(1).locator('[data-notes] textarea').fill('注意：2019年起')
  await expect(rows.nth(0).locator('[data-talking-point] textarea')).toHaveValue(/^2025年密云区在册职工创新工作室/)
  await expect(rows.nth(1).locator('[data-talking-point] textarea')).toHaveValue(/^2025年密云区新命名职工创新工作室.*居全市第\d+位。$/)

  const exportJson = async () => {
    const download = page.waitForEvent('download')
    await page.locator('[data-action="export-json"]').click()
    return readFile(await (await download).path(), 'utf8')
  }
  const first = await exportJson()
  const parsed = JSON.parse(first)
  expect(parsed.deck.slides.map((s: { card: string }) => s.card)).toEqual(['overview-kpis', 'workshops-new-revoked'])
  expect(parsed.deck.slides[1].query).toEqual({ districts: '110118', from: '2019' })
  await page.locator('[data-action="delete-deck"]').click()
  await page.locator('.n-popconfirm .n-button--primary-type').click()
  await expect(page.locator(`[data-deck="${parsed.deck.id}"]`)).toHaveCount(0)

  await page.locator('[data-import-file]').setInputFiles({ name: 'deck.json', mimeType: 'application/json', buffer: Buffer.from(first) })
  await expect(page.locator('[data-import-ok]')).toBeVisible()
  await expect(page.locator(`[data-deck="${parsed.deck.id}"]`)).toBeVisible()
  expect(await exportJson()).toBe(first)

  await page.locator('[data-import-file]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"union-cockpit-deck"') })
  await expect(page.locator('[role="alert"][data-import-error]')).toContainText('不是有效的 JSON')
  const broken = { ...parsed, deck: { ...parsed.deck, slides: [parsed.deck.slides[0], { ...parsed.deck.slides[1], query: { from: 2019 } }] } }
  await page.locator('[data-import-file]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) })
  await expect(page.locator('[role="alert"][data-import-error]')).toContainText('第2页有误')
  await expect(page.locator('[data-slide-row]')).toHaveCount(2)
})

test('the current slide exports as PNG and as SVG, stamped with source, demo badge and 数据截至, Chinese as text', async ({ page }) => {
  await page.goto('/#/present/show?deck=annual-report&slide=5&theme=projector')
  await expectSlide(page, 5)
  /** Whether a file is a well-formed SVG document, as a browser parses it. */
  const wellFormed = (svg: string) => page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml')
    return !doc.querySelector('parsererror') && doc.documentElement.nodeName === 'svg'
  }, svg)
  const save = async (action: string) => {
    const download = page.waitForEvent('download')
    await page.locator(`[data-action="${action}"]`).click({ force: true })
    const d = await download
    return { name: d.suggestedFilename(), body: await readFile(await d.path()) }
  }
  const png = await save('slide-png')
  expect(png.name).toMatch(/\.png$/)
  expect(png.body.subarray(1, 4).toString()).toBe('PNG')
  const svg = await save('slide-svg')
  expect(svg.name).toMatch(/\.svg$/)
  const text = svg.body.toString('utf8')
  expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
  expect(await wellFormed(text)).toBe(true)
  for (const s of ['为职工挽回经济损失', '系统生成的演示数据', '数据截至', '2025-12-31', '2021']) expect(text).toContain(s)
  await page.keyboard.press('Home')
  await expectSlide(page, 0)
  const kpis = (await save('slide-svg')).body.toString('utf8')
  expect(await wellFormed(kpis)).toBe(true)
  for (const s of ['在册职工创新工作室', '为职工挽回经济损失', '演示数据', '数据截至']) expect(kpis).toContain(s)
  expect((await save('slide-png')).body.subarray(1, 4).toString()).toBe('PNG')
})

test('a slide shows its talking point (要点) under the title, in the window and the PDF, unless the presenter hides it', async ({ page }) => {
  await page.goto('/#/present/show?deck=annual-report&slide=2')
  await expectSlide(page, 2)
  await expect(page.locator('.slide [data-slide-point]')).toHaveText(/^2025年全市职工创新工作室产生创新成果.*同比/)
  await page.goto('/#/present/print?deck=annual-report')
  await expect(page.locator('[data-print-ready="true"]')).toHaveCount(1, { timeout: 60_000 })
  await expect(page.locator('.print-page').nth(2).locator('[data-slide-point]')).toHaveText(/^2025年全市职工创新工作室产生创新成果/)
  // Kept off the slide from the deck editor: gone from the window, still in the presenter's notes.
  await page.goto('/#/present')
  await page.locator('[data-slide-row="2"] [data-action="point-on-slide"]').uncheck()
  await page.goto('/#/present/show?deck=annual-report&slide=2')
  await expectSlide(page, 2)
  await expect(page.locator('.slide [data-slide-point]')).toHaveCount(0)
  await page.goto('/#/present')
  await expect(page.locator('[data-slide-row="2"] [data-talking-point] textarea')).toHaveValue(/^2025年全市职工创新工作室产生创新成果/)
})

test('chart tooltips show on the dashboard but not on the audience screen of a talk', async ({ page }) => {
  /** Hovers the middle of a chart and returns the text of whatever ECharts added beside its canvas (the tooltip). */
  const hoverText = async (chart: ReturnType<Page['locator']>) => {
    const box = (await chart.boundingBox())!
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.5, { steps: 5 })
    await page.waitForTimeout(600)
    return chart.evaluate((el) => [...el.children].slice(1).map((c) => (getComputedStyle(c).display === 'none' ? '' : c.textContent ?? '')).join('').trim())
  }
  await page.goto('/#/innovation')
  expect(await settled(page)).toBe('ready')
  const onDashboard = page.locator('[data-chart="innovation-outputs"]')
  await expect(onDashboard).toHaveAttribute('data-rendered', 'true')
  expect(await hoverText(onDashboard)).toContain('2025')
  await page.goto('/#/present/show?deck=annual-report&slide=2')
  await expectSlide(page, 2)
  expect(await hoverText(area(page).locator('.slide-body [data-chart="innovation-outputs"]'))).toBe('')
})

test('the laser dot stays while the mouse rests and goes when the mouse leaves the window', async ({ page }) => {
  await page.goto('/#/present/show?deck=annual-report&slide=1&theme=projector')
  await expectSlide(page, 1)
  await page.keyboard.press('l')
  const laser = page.locator('[data-tool="laser"]')
  await expect(laser).toBeVisible()
  /** The dot's alpha at the mouse position (the canvas covers the slide area). */
  const alphaAt = (x: number, y: number) => laser.evaluate((c: HTMLCanvasElement, [x, y]) => {
    const box = c.getBoundingClientRect()
    return c.getContext('2d')!.getImageData(x - box.left, y - box.top, 1, 1).data[3]!
  }, [x, y] as const)
  await page.mouse.move(500, 300)
  await page.mouse.move(520, 320, { steps: 4 })
  // Resting for a second: well past the trail's half-second fade, the dot is still there at full strength.
  await page.waitForTimeout(1000)
  expect(await alphaAt(520, 320)).toBeGreaterThan(200)
  await page.evaluate(() => document.documentElement.dispatchEvent(new MouseEvent('mouseleave')))
  await expect.poll(() => alphaAt(520, 320)).toBe(0)
})

test('the PDF tab opened with auto=1 opens the print dialog itself once every page is ready', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { printed: number }
    w.printed = 0
    window.print = () => void w.printed++
  })
  await page.goto('/#/present/print?deck=annual-report&auto=1')
  await expect(page.locator('[data-print-ready="true"]')).toHaveCount(1, { timeout: 60_000 })
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
})

test('the deck prints as a PDF with one landscape page per slide, each stamped with source, demo badge and 数据截至', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/#/present/print?deck=annual-report&theme=projector')
  await expect(page.locator('[data-print-ready="true"]')).toHaveCount(1, { timeout: 60_000 })
  const pages = page.locator('.print-page')
  await expect(pages).toHaveCount(6)
  for (let i = 0; i < 6; i++) {
    const p = pages.nth(i)
    await expect(p.locator('.slide')).toHaveAttribute('data-card', DECK[i]!)
    await expect(p.locator('footer [data-provenance="demo"]')).toHaveText('演示数据')
    await expect(p.locator('[data-as-of]')).toContainText('数据截至：2025-12-31')
    if (i > 0) expect(await p.locator('.slide-body img').count()).toBeGreaterThan(0)
    await expect(p.locator('canvas')).toHaveCount(0)
  }
  const pdf = await page.pdf({ landscape: true, printBackground: true })
  const count = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length
  expect(count).toBe(6)
  expect(watch.errors).toEqual([])
})

test('English slides at 1024×768 clip no title, label or unit', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 })
  for (const n of [0, 1, 4, 5]) {
    await page.goto(`/#/present/show?deck=annual-report&slide=${n}&lang=en`)
    await expectSlide(page, n)
    const clipped = await area(page).locator('.slide').evaluate((slide) => {
      const edge = slide.getBoundingClientRect().right + 1
      return [...slide.querySelectorAll('.slide-title, .slide-body .kpi .label, .slide-body .kpi .value, .slide-body .kpi .unit')]
        .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > edge)
        .map((e) => e.textContent)
    })
    expect(clipped, `slide ${n}`).toEqual([])
  }
})
