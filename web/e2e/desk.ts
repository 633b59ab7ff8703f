import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { demoStaffPassword } from '../../src/demo/staff.seed.js'
import { type BrowserApp, openPage, type PageOptions } from '../../src/test/browser.js'

/** Signs a demo staff user in within the page's browser context (the cookie is the page's). */
export async function signInDesk(page: Page, username: string, locationId?: string) {
  const response = await page.request.post('/api/auth/staff', {
    data: { username, password: demoStaffPassword, ...(locationId && { locationId }) },
  })
  expect(response.status()).toBe(200)
}

/** Types a scan the way a scanner does: the characters, then Enter, into whatever has the focus. */
export async function scan(page: Page, text: string) {
  await page.keyboard.type(text)
  await page.keyboard.press('Enter')
}

/** openPage, with waits that fail within the test's time and name what they waited for. */
export async function openDeskPage(b: BrowserApp, options: PageOptions = {}) {
  const opened = await openPage(b, options)
  opened.page.setDefaultTimeout(15_000)
  return opened
}
