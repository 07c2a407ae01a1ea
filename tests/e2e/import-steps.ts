import type { Page } from '@playwright/test'
import { expect, settled } from './support'

// The steps every import test takes on #/data, as a steward does them.

/** Opens #/data and waits for it to be ready. */
export async function openData(page: Page) {
  await page.goto('/#/data')
  expect(await settled(page)).toBe('ready')
}

/** Chooses files (paths or in-memory files) and waits for the check's report or its refusal. */
export async function choose(page: Page, files: Parameters<Page['setInputFiles']>[1]) {
  await page.setInputFiles('[data-file-input]', files)
  await expect(page.locator('[data-report], [data-import-error]').first()).toBeVisible()
}

/** Names the dataset and applies the import; resolves once it says it is done. */
export async function applyAs(page: Page, name: string) {
  await page.locator('[data-dataset-name] input').fill(name)
  await page.locator('[data-action="apply"]').click()
  await expect(page.locator('[data-import-done]')).toContainText(name)
}
