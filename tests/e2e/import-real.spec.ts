import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPORT_MERGES, reportSheet } from '../fixtures/report'
import { buildXlsx, type FixtureCell } from '../fixtures/xlsx'
import { expect, expectClean, settled, test, watchPage } from './support'
import { applyAs, choose, openData } from './import-steps'

// The files district offices keep, generated into a temp dir, fed through the file input as a steward would.
const dir = mkdtempSync(join(tmpdir(), 'import-real-'))
const save = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

test('a report-style XLSX lands and the overview shows its totals exactly; what the import did is kept on #/data', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await openData(page)
  const path = save('2025年维权报表.xlsx', buildXlsx([{ name: '填报说明', rows: [['请按说明填报']] }, { name: '维权', rows: reportSheet(), merges: REPORT_MERGES }]))
  await choose(page, [path])
  await expect(page.locator('[data-sheet="rights"] td').nth(5)).toHaveText('16')
  await expect(page.locator('[data-report] [data-note="row-skipped"]')).toHaveCount(3)
  await expect(page.locator('[data-report] [data-note="scaled"]')).toHaveCount(2)
  await expect(page.locator('[data-report] [data-note="sheet-skipped"]')).toContainText('填报说明')
  await applyAs(page, '2025年维权报表')
  await page.locator('[data-nav="overview"]').click()
  expect(await settled(page)).toBe('ready')
  // Sixteen districts: 2.5 … 17.5 万元 is 160万元; cases 10 … 25 is 280. The 合计 row is not added again.
  await expect(page.locator('[data-kpi="rights_recovered_yuan"]')).toHaveAttribute('data-value', '1600000')
  await expect(page.locator('[data-kpi="rights_cases"]')).toHaveAttribute('data-value', '280')
  await page.locator('[data-nav="data"]').click()
  await settled(page)
  const log = page.locator('[data-dataset-notes]')
  await log.locator('summary').click()
  await expect(log.locator('[data-note="row-skipped"][data-row="21"]')).toContainText('合计')
  await expect(log.locator('[data-note="scaled"]').first()).toContainText('万元')
  expectClean(watch)
})

test('a years-across sheet lands as district × year rows', async ({ page }) => {
  await openData(page)
  const sheet = (title: string, name: string) => ({
    name,
    rows: [[title, null, null], ['区', '2024年', '2025年'], ['密云区', 25.6, 26.1], ['怀柔区', 20, 21]] as FixtureCell[][],
    merges: ['A1:C1'],
  })
  await choose(page, save('会员年鉴.xlsx', buildXlsx([sheet('各区工会会员人数（万人）', '会员'), sheet('各区职工人数（万人）', '职工')])))
  await expect(page.locator('[data-sheet="members"] td').nth(5)).toHaveText('4')
  await expect(page.locator('[data-report] [data-note="unpivoted"]')).toHaveCount(2)
  await applyAs(page, '会员年鉴')
  await page.locator('[data-nav="overview"]').click()
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('header [data-provenance]')).toHaveAttribute('data-provenance', 'imported')
})

test('a file needing a mapping is mapped once, by keyboard; a second file with the same headers lands without asking', async ({ page }) => {
  await openData(page)
  const csv = '\uFEFF地区,统计年,接待人次,办案量,挽回元\n密云,2025,10,2,300\n怀柔,2025,5,1,100\n'
  await choose(page, [save('a.csv', csv)])
  const step = page.locator('[data-mapping]')
  await expect(step).toBeVisible()
  await expect(step.locator('[data-map-column="地区"] select')).toHaveValue('district_code')
  await step.locator('[data-mapping-table]').selectOption('rights')
  await expect(step.locator('[data-map-column="地区"] select')).toHaveValue('district_code')
  // Text into a number column is refused at this step.
  await step.locator('[data-map-column="地区"] select').selectOption('cases')
  await expect(step.locator('[data-mapping-issues]')).toContainText('地区')
  await expect(step.locator('[data-action="confirm-mapping"]')).toBeDisabled()
  await step.locator('[data-map-column="地区"] select').selectOption('district_code')
  await step.locator('[data-map-column="统计年"] select').selectOption('year')
  // By keyboard: focus the select, choose with the keys, confirm with Enter.
  await step.locator('[data-map-column="接待人次"] select').focus()
  await step.locator('[data-map-column="接待人次"] select').selectOption('consultations')
  await step.locator('[data-map-column="办案量"] select').selectOption('cases')
  await step.locator('[data-map-column="挽回元"] select').selectOption('recovered_yuan')
  await step.locator('[data-action="confirm-mapping"]').focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('[data-mapping]')).toHaveCount(0)
  await expect(page.locator('[data-sheet="rights"] td').nth(4)).toHaveText('2')
  await applyAs(page, '映射后的维权')
  await expect(page.locator('[data-mapping-entry]')).toHaveCount(1)
  await choose(page, [save('b.csv', csv.replace('密云', '平谷'))])
  await expect(page.locator('[data-sheet="rights"]')).toBeVisible()
  await expect(page.locator('[data-mapping]')).toHaveCount(0)
  await expect(page.locator('[data-report] [data-note="mapped"]')).toBeVisible()
  // Remembered mappings can be deleted on #/data.
  await page.locator('[data-action="delete-mapping"]').click()
  await expect(page.locator('[data-mapping-entry]')).toHaveCount(0)
})

test('a 2026 file lands and the year filter offers 2026, its default', async ({ page }) => {
  await openData(page)
  await choose(page, [save('members-2026.csv', '区,年份,工会会员数,职工人数\n密云,2025,100,200\n密云,2026,110,210\n')])
  await expect(page.locator('[data-sheet="members"] td').nth(4)).toHaveText('2')
  await applyAs(page, '2026年会员')
  await page.locator('[data-nav="overview"]').click()
  expect(await settled(page)).toBe('ready')
  await expect(page.locator('[data-filter="to"]')).toContainText('2026')
})

test('sixteen district files at once are reported per file, merged, and fill the 报送进度 grid', async ({ page }) => {
  await openData(page)
  const { DISTRICTS } = await import('../fixtures/report')
  const paths = DISTRICTS.map((d, i) => save(`${d}2025.csv`, `区,年份,法律咨询,法律援助案件,挽回经济损失\n${d}总工会,2025,${10 + i},${i + 1},${1000 * (i + 1)}\n`))
  await choose(page, [...paths])
  await expect(page.locator('[data-sheet="rights"]')).toHaveCount(16)
  await applyAs(page, '2025年各区报送')
  const grid = page.locator('[data-progress]')
  await expect(grid.locator('[data-progress-year]')).toHaveValue('2025')
  await expect(grid.locator('td[data-reported="true"]')).toHaveCount(16)
  await expect(grid.locator('[data-progress-cell="110118:rights"]')).toHaveAttribute('data-reported', 'true')
  await expect(grid.locator('[data-progress-cell="110118:members"]')).toHaveAttribute('data-reported', 'false')
  const download = page.waitForEvent('download')
  await grid.locator('[data-progress-district="110118"] [data-action="prefilled"]').click()
  expect((await download).suggestedFilename()).toBe('2025年_密云区_rights.xlsx')
})
