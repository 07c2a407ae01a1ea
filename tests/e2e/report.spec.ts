import { readFile } from 'node:fs/promises'
import type { Page, TestInfo } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { expect, expectClean, settled, test, watchPage } from './support'

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
const texts = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join('')

/** The body's paragraphs outside tables, and its tables as rows of cell texts. */
function parse(xml: string) {
  const body = xml.replace(/<w:tbl>.*?<\/w:tbl>/gs, '')
  const paragraphs = [...body.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((m) => texts(m[0])).filter(Boolean)
  const tables = [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((t) =>
    [...t[1]!.matchAll(/<w:tr[ >](.*?)<\/w:tr>/gs)].map((r) => [...r[1]!.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => texts(c[1]!))))
  return { paragraphs, tables }
}

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (b: Uint8Array) => {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength)
  return { width: v.getUint32(16), height: v.getUint32(20) }
}

/** Clicks 生成报告, keeps the .docx as a test artefact and returns its parts. */
async function generate(page: Page, testInfo: TestInfo, name: string) {
  const button = page.locator('[data-action="report"]')
  await expect(button).toBeEnabled()
  await expect(button).toHaveAccessibleName('生成报告')
  const download = page.waitForEvent('download')
  // Keyboard operable: focus and Enter.
  await button.focus()
  await page.keyboard.press('Enter')
  const file = await download
  expect(file.suggestedFilename()).toMatch(/工会统计分析报告\.docx$/)
  const path = testInfo.outputPath(`${name}.docx`)
  await file.saveAs(path)
  await testInfo.attach(name, { path, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })
  const files = unzipSync(new Uint8Array(await readFile(path)))
  const xml = strFromU8(files['word/document.xml']!)
  const footers = Object.keys(files).filter((f) => /^word\/footer\d+\.xml$/.test(f)).map((f) => texts(strFromU8(files[f]!)))
  const media = Object.keys(files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png')).map((f) => pngSize(files[f]!))
  return { xml, ...parse(xml), footers, media, drawings: xml.match(/<w:drawing>/g)?.length ?? 0 }
}

/** The paragraphs of a numbered part, up to the next part's heading. */
function part(paragraphs: string[], heading: string) {
  const start = paragraphs.indexOf(heading)
  expect(start, heading).toBeGreaterThanOrEqual(0)
  const next = paragraphs.findIndex((p, i) => i > start && /^[一二三四五六七八九十]、|^附件$/.test(p))
  return paragraphs.slice(start + 1, next < 0 ? undefined : next)
}

/** A table cell's figure in base units: plain grouped numbers, money in 万元. */
const figure = (cell: string, money: boolean) => Number(cell.replace(/,/g, '')) * (money ? 10_000 : 1)

const FAMILIES = [
  { heading: '二、创新工作室', metric: 'workshops_active', money: false },
  { heading: '三、创新成果', metric: 'innovation_outputs', money: false },
  { heading: '四、技能培训与竞赛', metric: 'training_person_times', money: false },
  { heading: '五、维权服务', metric: 'rights_recovered_yuan', money: true },
]
const DEMO = '系统生成的演示数据，非真实统计'

/** The demo statement the page's provenance badge gives on hover. */
async function badgeHint(page: Page) {
  await page.locator('header [data-provenance="demo"]').hover()
  const tip = page.locator('.n-popover:visible').last()
  await expect(tip).toContainText(DEMO)
  return (await tip.textContent())!.trim()
}

test('the overview’s report: title, 数据截至, demo statement, the page’s sentences and totals, sharp charts', async ({ page, baseURL }, testInfo) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/')
  expect(await settled(page)).toBe('ready')
  const [, scope, year] = (await page.locator('h2').first().textContent())!.split(' · ')
  const summary = (await page.locator('[data-summary] p').textContent())!
  const canvas = await page.locator('[data-chart="overview-trend"] canvas').first().evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height }))
  const hint = await badgeHint(page)

  const doc = await generate(page, testInfo, 'overview-report')
  expect(doc.paragraphs[0]).toBe(`${scope}2021—${year}年工会统计分析报告`)
  expect(doc.paragraphs).toContain('编制单位：北京市总工会')
  expect(doc.paragraphs).toContain(`数据截至：${year}-12-31`)
  expect(doc.paragraphs.some((p) => p.includes(hint))).toBe(true)
  expect(doc.footers.length).toBeGreaterThan(0)
  for (const f of doc.footers) expect(f).toContain(hint)

  // 总体情况 is the overview's paragraph, word for word.
  expect(part(doc.paragraphs, '一、总体情况')[0]).toBe(summary.trim())
  for (const fam of FAMILIES) {
    const first = part(doc.paragraphs, fam.heading)[0]!.split('。')[0]! + '。'
    // The report's section restates the year and scope the summary gives once at its start.
    expect(summary, fam.heading).toContain(first.replace(/^\d{4}年(全市|\p{Script=Han}+区)?/u, ''))
  }
  // One district table per family: 16 districts under a header; their sum and the stated total are the KPI card's.
  expect(doc.tables.length).toBeGreaterThanOrEqual(4)
  for (const [i, fam] of FAMILIES.entries()) {
    const table = doc.tables[i]!
    expect(table).toHaveLength(17)
    const onScreen = Number(await page.locator(`[data-kpi="${fam.metric}"]`).getAttribute('data-value'))
    const sum = table.slice(1).reduce((s, r) => s + figure(r[1]!, fam.money), 0)
    const total = part(doc.paragraphs, fam.heading).find((p) => p.startsWith('全市合计：'))!
    const stated = figure(/全市合计：([\d,.]+)/.exec(total)![1]!, fam.money)
    const tolerance = fam.money ? 16 * 50 : 0
    expect(Math.abs(sum - onScreen), fam.metric).toBeLessThanOrEqual(tolerance)
    expect(Math.abs(stated - onScreen), fam.metric).toBeLessThanOrEqual(fam.money ? 50 : 0)
  }
  // A chart per family, each drawn larger than the chart on screen.
  expect(doc.drawings).toBe(4)
  expect(doc.media.length).toBe(4)
  for (const m of doc.media) {
    expect(m.width).toBeGreaterThan(canvas.width)
    expect(m.height).toBeGreaterThan(canvas.height)
  }
  await expect(page.locator('[role="alert"]')).toHaveCount(0)
  expectClean(watch)
})

test('a district profile’s report covers that district: its row and rank are the cards’, its sentences the overview’s', async ({ page, baseURL }, testInfo) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/#/districts/110118')
  expect(await settled(page)).toBe('ready')
  const canvas = await page.locator('[data-chart] canvas').first().evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height }))
  const cards = Object.fromEntries(await Promise.all(FAMILIES.map(async (fam) => {
    const card = page.locator(`[data-kpi="${fam.metric}"]`)
    return [fam.metric, { value: Number(await card.getAttribute('data-value')), rank: /第(\d+)位/.exec((await card.locator('.rank').textContent())!)![1] }] as const
  })))
  // 数据截至 as the page's own exports state it.
  const csvDownload = page.waitForEvent('download')
  await page.locator('[data-action="csv"]').first().click()
  const csv = await readFile(await (await csvDownload).path(), 'utf8')
  const asOf = /数据截至,([^\r\n]+)/.exec(csv)![1]!

  const doc = await generate(page, testInfo, 'district-report')
  expect(doc.paragraphs[0]).toBe('密云区2021—2025年工会统计分析报告')
  expect(doc.paragraphs).toContain('编制单位：密云区总工会')
  expect(doc.paragraphs).toContain(`数据截至：${asOf}`)
  for (const f of doc.footers) expect(f).toContain(DEMO)
  for (const [i, fam] of FAMILIES.entries()) {
    const row = doc.tables[i]!.find((r) => r[0] === '密云区')!
    expect(Math.abs(figure(row[1]!, fam.money) - cards[fam.metric]!.value), fam.metric).toBeLessThanOrEqual(fam.money ? 50 : 0)
    expect(row[2], fam.metric).toBe(cards[fam.metric]!.rank)
    // Ranks among the districts are stated in words as well.
    expect(part(doc.paragraphs, fam.heading).join('')).toContain(`居全市第${cards[fam.metric]!.rank}位`)
  }
  expect(doc.drawings).toBe(4)
  for (const m of doc.media) expect(m.width).toBeGreaterThan(canvas.width)

  // The same scope on the overview writes the same sentences.
  await page.goto('/#/?districts=110118')
  expect(await settled(page)).toBe('ready')
  const summary = (await page.locator('[data-summary] p').textContent())!
  expect(part(doc.paragraphs, '一、总体情况')[0]).toBe(summary.trim())
  for (const fam of FAMILIES) expect(summary, fam.heading).toContain((part(doc.paragraphs, fam.heading)[0]!.split('。')[0]! + '。').replace(/^\d{4}年(全市|\p{Script=Han}+区)?/u, ''))
  expectClean(watch)
})

test('every family view offers the report for its filters', async ({ page }) => {
  test.setTimeout(150_000)
  for (const route of ['workshops', 'innovation', 'training', 'rights']) {
    await page.goto(`/#/${route}?to=2024`)
    const button = page.locator('[data-action="report"]')
    await expect(button).toHaveAccessibleName('生成报告')
    await expect(button).toBeEnabled()
  }
  expect(await settled(page)).toBe('ready')
  const download = page.waitForEvent('download')
  await page.locator('[data-action="report"]').click()
  expect((await download).suggestedFilename()).toBe('全市2021—2024年工会统计分析报告.docx')
})

test('a report that cannot be made says why in an alert, and the page keeps its figures', async ({ page }) => {
  // The report's code cannot be fetched (a dropped connection on the intranet).
  await page.route(/\/assets\/generate-[^/]+\.js$/, (route) => route.abort())
  await page.goto('/')
  expect(await settled(page)).toBe('ready')
  const before = await page.locator('[data-kpi="workshops_active"]').getAttribute('data-value')
  await page.locator('[data-action="report"]').click()
  await expect(page.locator('.report [role="alert"]')).toContainText('报告未能生成')
  await expect(page.locator('[data-action="report"]')).toBeEnabled()
  await expect(page.locator('[data-kpi="workshops_active"]')).toHaveAttribute('data-value', before!)
})

test('the published dataset’s report states which tables it lacks and still lists the published figures', async ({ page }, testInfo) => {
  await page.goto('/#/?dataset=published')
  await settled(page)
  const doc = await generate(page, testInfo, 'published-report')
  expect(doc.paragraphs).toContain('数据来源：公开数据')
  expect(doc.paragraphs.some((p) => p.startsWith('当前数据集不含本部分所需的数据'))).toBe(true)
  expect(doc.footers.every((f) => !f.includes(DEMO))).toBe(true)
  // 附件 lists the city's published figures with their sources.
  expect(doc.tables.at(-1)![0]).toEqual(['期间', '内容', '数值', '来源'])
  expect(doc.tables.at(-1)!.length).toBeGreaterThan(1)
})
