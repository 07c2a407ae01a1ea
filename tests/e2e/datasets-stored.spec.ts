import type { Page } from '@playwright/test'
import { expect, settled, test } from './support'

// Datasets kept in the browser: two tabs at once, links and URLs naming a dataset that is not here,
// and a window that still lists a dataset another one deleted.
const HEAD = '区,年份,法律咨询,法律援助案件,挽回经济损失,追回欠薪,受助职工人数'
const rightsCsv = (cases: number) => ({ name: `维权${cases}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`${HEAD}\n密云区,2025,5200,${cases},35000000,1000000,300\n`) })

/** Errors the page did not catch. */
function uncaught(page: Page) {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  return errors
}

async function openData(page: Page) {
  await page.goto('/#/data')
  await settled(page)
}

/** Checks a file on #/data and names the dataset; the apply button is then ready. */
async function prepare(page: Page, name: string, cases: number) {
  await page.setInputFiles('[data-file-input]', [rightsCsv(cases)])
  await expect(page.locator('[data-report]')).toBeVisible()
  await page.locator('[data-dataset-name] input').fill(name)
}

async function importRights(page: Page, name: string, cases: number) {
  await openData(page)
  await prepare(page, name, cases)
  await page.locator('[data-action="apply"]').click()
  await expect(page.locator('[data-import-done]')).toContainText(name)
  await expect(page).toHaveURL(/dataset=import-/)
  return new URL(page.url().replace('#/', '')).searchParams.get('dataset')!
}

const imported = (page: Page) => page.locator('[data-dataset^="import-"]')

test('two tabs applying at nearly the same time both keep their dataset', async ({ context }) => {
  const a = await context.newPage()
  const b = await context.newPage()
  await openData(a)
  await openData(b)
  await prepare(a, '甲区数据', 1901)
  await prepare(b, '乙区数据', 1902)
  // Tab A holds its save open after reading the index, as a slow machine would; tab B saves meanwhile.
  await a.evaluate(() => {
    const w = window as unknown as { __ucHoldAfterIndexRead: () => Promise<void>; held: boolean }
    w.__ucHoldAfterIndexRead = () => {
      w.held = true
      return new Promise((resolve) => setTimeout(resolve, 3000))
    }
  })
  await a.locator('[data-action="apply"]').click()
  await a.waitForFunction(() => (window as unknown as { held?: boolean }).held === true)
  await b.locator('[data-action="apply"]').click()
  await expect(a.locator('[data-import-done]')).toContainText('甲区数据')
  await expect(b.locator('[data-import-done]')).toContainText('乙区数据')
  // Both lists are told of the other's dataset, and both survive a reload.
  for (const page of [a, b]) {
    await expect(imported(page)).toHaveCount(2)
    await expect(imported(page).filter({ hasText: '甲区数据' })).toHaveCount(1)
    await expect(imported(page).filter({ hasText: '乙区数据' })).toHaveCount(1)
  }
  await a.reload()
  await settled(a)
  await expect(imported(a)).toHaveCount(2)
  const ids = await imported(a).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-dataset')))
  expect(new Set(ids).size).toBe(2)
  for (const id of ids) expect(id).toMatch(/^import-[0-9a-f]{24}$/)
})

test('stored tables no dataset names are removed at start', async ({ page }) => {
  await openData(page)
  const keys = () => page.evaluate(() => new Promise<string[]>((resolve, reject) => {
    const open = indexedDB.open('union-cockpit')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const req = open.result.transaction('datasets').objectStore('datasets').getAllKeys()
      req.onsuccess = () => resolve(req.result.map(String))
    }
  }))
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('union-cockpit')
    open.onsuccess = () => {
      const tx = open.result.transaction('datasets', 'readwrite')
      tx.objectStore('datasets').put(new Uint8Array(1000), 'import-lost/rights')
      tx.oncomplete = () => resolve()
      tx.onabort = () => reject(tx.error)
    }
  }))
  expect(await keys()).toContain('import-lost/rights')
  await page.reload()
  await settled(page)
  await expect.poll(keys).not.toContain('import-lost/rights')
})

test('a link to a dataset that is not here says so, shows no other data, and offers the demo', async ({ page }) => {
  const errors = uncaught(page)
  await page.goto('/#/?dataset=import-0123456789abcdef01234567')
  expect(await settled(page)).toBe('error')
  const notice = page.locator('[data-dataset-gone]')
  await expect(notice).toHaveAttribute('role', 'alert')
  await expect(notice).toContainText('import-0123456789abcdef01234567')
  await expect(notice).toContainText('不在此浏览器中')
  // No demo figure stands in for the missing dataset.
  await expect(page.locator('[data-provenance="demo"]')).toHaveCount(0)
  await expect(page.locator('[data-family="rights"] [data-absent]')).toBeVisible()
  await expect(page.locator('[data-kpi]')).toHaveCount(0)
  await expect(page).toHaveURL(/dataset=import-0123456789abcdef01234567/)
  // The header neither badges it as an import nor shows it as a bare id.
  await expect(page.locator('header [data-provenance]')).toHaveCount(0)
  await expect(page.locator('[data-dataset-switch]')).toContainText('import-0123456789abcdef01234567（不可用）')
  await notice.locator('[data-action="default-dataset"]').click()
  expect(await settled(page)).toBe('ready')
  await expect(page).not.toHaveURL(/dataset=/)
  await expect(page.locator('[data-dataset-gone]')).toHaveCount(0)
  await expect(page.locator('header [data-provenance]')).toHaveAttribute('data-provenance', 'demo')
  await expect(page.locator('[data-kpi="rights_cases"]')).toHaveAttribute('data-value', /^\d+$/)
  expect(errors).toEqual([])
})

test('the notice is in English too', async ({ page }) => {
  await page.goto('/#/?dataset=import-ffffffffffffffffffffffff&lang=en')
  await settled(page)
  await expect(page.locator('[data-dataset-gone]')).toContainText('is not in this browser')
  await expect(page.locator('[data-dataset-gone] [data-action="default-dataset"]')).toContainText('Open the demo data')
})

test('editing the URL to a missing dataset drops the previous figures instead of showing them under its name', async ({ page }) => {
  const errors = uncaught(page)
  const id = await importRights(page, '维权数据', 1900)
  await page.goto(`/#/?dataset=${id}`)
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-kpi="rights_cases"]')).toHaveAttribute('data-value', '1900')
  await page.goto('/#/?dataset=import-aaaaaaaaaaaaaaaaaaaaaaaa')
  expect(await settled(page)).toBe('error')
  await expect(page.locator('[data-dataset-gone]')).toContainText('import-aaaaaaaaaaaaaaaaaaaaaaaa')
  await expect(page.locator('[data-family="rights"] [data-absent]')).toBeVisible()
  await expect(page.locator('[data-kpi]')).toHaveCount(0)
  // The alert does not call the dataset a table.
  await expect(page.getByRole('alert').filter({ hasText: '数据表' })).toHaveCount(0)
  await page.locator('[data-action="default-dataset"]').click()
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('header [data-provenance]')).toHaveAttribute('data-provenance', 'demo')
  expect(errors).toEqual([])
})

test('a tab showing a dataset another tab replaces shows the new figures', async ({ context }) => {
  const a = await context.newPage()
  const id = await importRights(a, '会更新', 1907)
  await a.goto(`/#/?dataset=${id}`)
  expect(await settled(a)).toBe('ready')
  await expect(a.locator('[data-kpi="rights_cases"]')).toHaveAttribute('data-value', '1907')
  const b = await context.newPage()
  await openData(b)
  await b.setInputFiles('[data-file-input]', [rightsCsv(1908)])
  await expect(b.locator('[data-report]')).toBeVisible()
  await b.locator('[data-report] .target').click()
  await b.locator('.n-base-select-option', { hasText: '会更新' }).click()
  await b.locator('[data-action="apply"]').click()
  await expect(b.locator('[data-import-done]')).toContainText('会更新')
  await expect(a.locator('[data-kpi="rights_cases"]')).toHaveAttribute('data-value', '1908')
  await expect(a.locator('[data-dataset-gone]')).toHaveCount(0)
})

test('a tab showing a dataset another tab deletes says so and stops showing its figures', async ({ context }) => {
  const a = await context.newPage()
  const errors = uncaught(a)
  const id = await importRights(a, '将被删除', 1903)
  await a.goto(`/#/?dataset=${id}`)
  expect(await settled(a)).toBe('ready')
  await expect(a.locator('[data-kpi="rights_cases"]')).toHaveAttribute('data-value', '1903')
  const b = await context.newPage()
  await openData(b)
  await imported(b).locator('[data-action="delete"]').click()
  await b.getByRole('button', { name: /确认|OK/ }).click()
  await expect(imported(b)).toHaveCount(0)
  await expect(a.locator('[data-dataset-gone]')).toContainText('“将被删除”已在另一个窗口中删除')
  await expect(a.locator('[data-kpi]')).toHaveCount(0)
  await a.locator('[data-action="default-dataset"]').click()
  expect(await settled(a)).toBe('ready')
  await expect(a.locator('header [data-provenance]')).toHaveAttribute('data-provenance', 'demo')
  expect(errors).toEqual([])
})

test('in a window that missed the deletion, export and 使用 on the deleted dataset say it is gone', async ({ context }) => {
  const a = await context.newPage()
  await importRights(a, '旧数据集', 1904)
  // Windows that hear nothing of other windows (as with a browser without BroadcastChannel) keep a stale list.
  const deaf = async () => {
    const page = await context.newPage()
    await page.addInitScript(() => Object.defineProperty(window, 'BroadcastChannel', { value: undefined }))
    await openData(page)
    await expect(imported(page)).toHaveCount(1)
    return page
  }
  const b = await deaf()
  const c = await deaf()
  const errors = [...uncaught(b), ...uncaught(c)]
  await a.goto('/#/data')
  await settled(a)
  await imported(a).locator('[data-action="delete"]').click()
  await a.getByRole('button', { name: /确认|OK/ }).click()
  await expect(imported(a)).toHaveCount(0)

  await imported(b).locator('[data-action="parquet"]').click()
  await expect(b.locator('[data-export-gone]')).toContainText('旧数据集')
  await expect(b.locator('[data-export-gone]')).toHaveAttribute('role', 'alert')
  await expect(imported(b)).toHaveCount(0)

  await imported(c).locator('[data-action="use"]').click()
  await expect(c.locator('[data-dataset-gone]')).toContainText('不在此浏览器中')
  await expect(imported(c)).toHaveCount(0)
  await c.locator('[data-action="default-dataset"]').click()
  expect(await settled(c)).toBe('ready')
  await expect(c.locator('[data-dataset="demo"]')).toContainText('当前使用')
  expect(errors).toEqual([])
})

test('the first saved dataset asks for persistent storage, and #/data shows the space used', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { persistCalls: number }
    w.persistCalls = 0
    const own = navigator.storage.persist.bind(navigator.storage)
    Object.defineProperty(navigator.storage, 'persist', { value: () => ((w.persistCalls += 1), own()) })
  })
  await openData(page)
  await expect(page.locator('[data-storage-space]')).toContainText(/已占用约 [\d.]+ (B|KB|MB)，还可使用约/)
  await importRights(page, '第一个', 1905)
  expect(await page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls)).toBe(1)
  // A second dataset, in the same page: no second request.
  await prepare(page, '第二个', 1906)
  await page.locator('[data-action="apply"]').click()
  await expect(page.locator('[data-import-done]')).toContainText('第二个')
  expect(await page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls)).toBe(1)
  await expect(page.locator('[data-storage-space]')).toContainText(/已占用约 [\d.]+ (KB|MB)/)
})
