import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, settled, test } from './support'

// A real refusal: the browser's profile lives on a 10 MB tmpfs, so IndexedDB runs out of disk while saving.
// (Chromium's DevTools quota overrides do not make IndexedDB refuse writes in this build.)
const SIZE = '10m'

/** Random letters: Parquet cannot compress them, so the stored table is about as big as the names. */
function randomName(n: number) {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  let s = ''
  for (let i = 0; i < n; i++) s += abc[Math.floor(Math.random() * abc.length)]
  return s
}

/** A workshop register whose Parquet (some 12 MB) does not fit on the tmpfs. */
function bigRegister() {
  const lines = ['工作室编号,工作室名称,区,级别,类型,命名年份']
  for (let i = 0; i < 200_000; i++) lines.push(`W${i},${randomName(60)}工作室,密云区,区级,职工创新工作室,2025`)
  return { name: '工作室名录.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) }
}

test('when the browser refuses the write for want of space, the message says what is needed, what is free and what to do', async ({ playwright, baseURL }) => {
  test.setTimeout(180_000)
  const root = mkdtempSync(join(tmpdir(), 'uc-quota-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${SIZE}`, 'tmpfs', root], { stdio: 'pipe' })
  } catch (error) {
    rmSync(root, { recursive: true, force: true })
    test.skip(true, `mounting a tmpfs needs root: ${String(error)}`)
    return
  }
  try {
    mkdirSync(join(root, 'profile'))
    const context = await playwright.chromium.launchPersistentContext(join(root, 'profile'), {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disk-cache-size=1'],
      baseURL, locale: 'zh-CN', viewport: { width: 1366, height: 768 },
    })
    try {
      const page = context.pages()[0] ?? (await context.newPage())
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      await page.goto('/#/data')
      expect(await settled(page)).toBe('ready')
      await page.setInputFiles('[data-file-input]', [bigRegister()])
      await expect(page.locator('[data-report]')).toBeVisible({ timeout: 60_000 })
      await page.locator('[data-action="apply"]').click()
      const alert = page.locator('[data-import-error]')
      await expect(alert).toBeVisible({ timeout: 60_000 })
      await expect(alert).toHaveAttribute('role', 'alert')
      await expect(alert).toContainText('导入失败，未做任何更改')
      await expect(alert).toContainText('存储空间不足')
      await expect(alert).toContainText(/此数据集需要约 \d+(\.\d)? MB/)
      await expect(alert).toContainText(/还可用约|仅余约/)
      await expect(alert).toContainText('导出 Parquet')
      // Nothing was saved and the demo stays active.
      await expect(page.locator('[data-dataset^="import-"]')).toHaveCount(0)
      await expect(page.locator('header [data-provenance]')).toHaveAttribute('data-provenance', 'demo')
      expect(errors).toEqual([])
    } finally {
      await context.close()
    }
  } finally {
    execFileSync('umount', [root])
    rmSync(root, { recursive: true, force: true })
  }
})
