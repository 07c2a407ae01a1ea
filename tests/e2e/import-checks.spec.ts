import { expect, settled, test, watchPage } from './support'
import { applyAs, choose, openData } from './import-steps'

// What the check must say before anything changes: references, numbers the storage cannot hold, years.
const file = (name: string, body: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(body) })
const WORKSHOPS = '工作室编号,工作室名称,区,级别,类型,命名年份\nW1,甲工作室,密云区,区级,职工创新工作室,2024\nW2,乙工作室,怀柔区,市级,劳模创新工作室,2023\n'
const INNOVATION = '工作室编号,年份,创新成果数,成果转化数,经济效益\nW1,2025,9,2,100万\nW2,2025,5,1,50万\n'

test('innovation alone says at check time that it needs the workshops, and lands once appended to a dataset that has them', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await openData(page)
  await choose(page, [file('innovation.csv', INNOVATION)])
  await expect(page.locator('[data-problem-count]')).toHaveAttribute('role', 'alert')
  await expect(page.locator('[data-problems] [data-problem="error"]')).toHaveCount(2)
  await expect(page.locator('[data-problems]')).toContainText('需要工作室表')
  await expect(page.locator('[data-action="apply"]')).toHaveCount(0)
  await page.locator('[data-action="discard"]').click()

  await choose(page, [file('workshops.csv', WORKSHOPS)])
  await applyAs(page, '工作室名录')
  await choose(page, [file('innovation.csv', INNOVATION.replace('W2,2025', 'W9,2025'))])
  await expect(page.locator('[data-problems] [data-problem="error"]')).toHaveCount(2)
  // Into the dataset holding W1 and W2: the check runs again against it, and only W9 is left dangling.
  await page.locator('[data-import-target]').click()
  await page.locator('.n-base-select-option', { hasText: '工作室名录' }).click()
  await expect(page.locator('[data-problems] [data-problem="error"]')).toHaveCount(1)
  await expect(page.locator('[data-problems] [data-row="3"]')).toContainText('W9')
  await expect(page.locator('[data-problems] [data-row="3"]')).toContainText('本次导入或目标数据集中已有的工作室编号')
  await page.locator('[data-action="apply"]').click()
  await expect(page.locator('[data-import-done]')).toContainText('工作室名录')
  expect(watch.errors).toEqual([])
})

test('a count or an amount too big to store is a located error at check time, and the valid rows land', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await openData(page)
  const rights = '区,年份,法律咨询,法律援助案件,挽回经济损失\n密云区,2025,5200,30亿,100\n怀柔区,2025,10,2147483648,100\n延庆区,2025,10,3,9300000000000000000\n门头沟区,2025,10,3,1234.56\n'
  await choose(page, [file('rights.csv', rights)])
  await expect(page.locator('[data-problems] [data-problem="error"]')).toHaveCount(3)
  await expect(page.locator('[data-problems] [data-row="2"]')).toContainText('不超过 2,147,483,647 的整数')
  await expect(page.locator('[data-problems] [data-row="4"]')).toContainText('更大的金额无法精确保存')
  await expect(page.locator('[data-notes] [data-note="rounded"]')).toContainText('1234.56 → 1235')
  await applyAs(page, '大数')
  await expect(page.locator('[data-import-error]')).toHaveCount(0)
  expect(watch.errors).toEqual([])
})

test('years before 2016 can be chosen, a link to them is kept, and a year outside the data is replaced with a notice', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await openData(page)
  const rows = Array.from({ length: 26 }, (_, i) => `密云区,${1990 + i},${100 + i},${10 + i},1000`)
  await choose(page, [file('rights.csv', ['区,年份,法律咨询,法律援助案件,挽回经济损失', ...rows].join('\n'))])
  await applyAs(page, '1990年以来')
  const id = /dataset=(import-[^&]+)/.exec(page.url())![1]!
  await page.goto(`/#/?dataset=${id}&from=1995&to=2000`)
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-filter="from"]')).toContainText('1995')
  await expect(page.locator('[data-filter="to"]')).toContainText('2000')
  expect(page.url()).toContain('from=1995')
  await expect(page.locator('[data-kpi="rights_cases"]')).toHaveAttribute('data-value', '20')
  await expect(page.locator('[data-url-notice]')).toHaveCount(0)
  await page.goto(`/#/?dataset=${id}&from=1985`)
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-year-replaced]')).toContainText('链接中的年份 from=1985 不在当前数据可选的年份（1991–2015）内，已改为 2011')
  expect(watch.errors).toEqual([])
})

test('报送进度 shows the files being checked before they are imported', async ({ page }) => {
  await openData(page)
  const grid = page.locator('[data-progress]')
  await choose(page, [file('密云2026.csv', '区,年份,法律咨询,法律援助案件,挽回经济损失\n密云区总工会,2026,10,1,1000\n'), file('怀柔2026.csv', '区,年份,法律咨询,法律援助案件,挽回经济损失\n怀柔区,2026,10,1,1000\n')])
  await expect(grid.locator('[data-progress-pending]')).toBeVisible()
  await expect(grid.locator('[data-progress-year]')).toHaveValue('2026')
  await expect(grid.locator('td[data-reported="true"]')).toHaveCount(2)
  await expect(grid.locator('[data-progress-cell="110118:rights"]')).toHaveAttribute('data-reported', 'true')
  await expect(grid.locator('[data-progress-cell="110116:rights"]')).toHaveAttribute('data-reported', 'true')
  await page.locator('[data-action="discard"]').click()
  // Back to the active dataset (the demo, which has no 2026 rows).
  await expect(grid.locator('[data-progress-pending]')).toHaveCount(0)
  await expect(grid.locator('[data-progress-year]')).toHaveValue('2025')
})
