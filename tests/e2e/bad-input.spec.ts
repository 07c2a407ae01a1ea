import { expect, settled, test } from './support'

test('a corrupt Parquet file is named in an alert and the shell stays usable', async ({ page }) => {
  await page.route(/\/workshops-[\w-]+\.parquet$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from('this is not parquet at all'.repeat(8)) }),
  )
  await page.goto('/')
  expect(await settled(page)).toBe('error')
  const alert = page.getByRole('alert').filter({ hasText: 'workshops.parquet' })
  await expect(alert).toBeVisible()
  // Cards that do not depend on the broken file still show their figures; the dependent ones say why not.
  await expect(page.locator('[data-kpi="rights_recovered_yuan"]')).toHaveAttribute('data-value', /^\d+(\.\d+)?$/)
  await expect(page.locator('[data-kpi="training_person_times"]')).toHaveAttribute('data-value', /^\d+(\.\d+)?$/)
  // The file's failure is the alert above; the family that needs it says calmly, in one line, that its data is absent.
  await expect(page.locator('[data-family="workshops"] [data-absent]')).toBeVisible()
  await expect(page.locator('[data-kpi="workshops_active"]')).toHaveCount(0)
  // The navigation still works.
  await page.locator('[data-nav="trends"]').click()
  await expect(page.locator('[data-nav="trends"]')).toHaveClass(/active/)
  await expect(page.locator('h1')).toBeVisible()
})

test('a missing Parquet file is named in an alert', async ({ page }) => {
  await page.route(/\/rights-[\w-]+\.parquet$/, (route) => route.fulfill({ status: 404, body: 'not found' }))
  await page.goto('/')
  expect(await settled(page)).toBe('error')
  await expect(page.getByRole('alert').filter({ hasText: 'rights.parquet' })).toBeVisible()
  await expect(page.locator('nav [data-nav]')).toHaveCount(10)
})
