import type { Browser, Page } from 'playwright-core'
import { demoStaffPassword } from '../../src/demo/staff.seed.js'
import { scan } from './desk.js'

/**
 * The desk pages for the screenshots script, as balie-meppel at Meppel. It lends one available
 * Meppel copy to the demo member Gerrit Hoving and takes it back in, so the pages have something to show.
 */
export async function shootDesk(browser: Browser, baseURL: string, shoot: (page: Page, name: string) => Promise<void>) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 })
  await context.addInitScript(`localStorage.setItem('naober.language', 'nl')`)
  const page = await context.newPage()
  await page.goto('/balie')
  await page.getByLabel('Gebruikersnaam').waitFor()
  await shoot(page, '09-balie-inloggen')
  await page.getByLabel('Gebruikersnaam').fill('balie-meppel')
  await page.getByLabel('Wachtwoord').fill(demoStaffPassword)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await page.getByLabel('Vestiging waar u nu werkt').selectOption('bind-meppel')
  await page.getByRole('button', { name: 'Kies deze vestiging' }).click()
  await page.getByText(/U werkt in:/).waitFor()
  await shoot(page, '10-balie')

  const available = await page.request.get('/api/items?locationId=bind-meppel&status=available&pageSize=1')
  const barcode = ((await available.json()) as { items: { barcode: string }[] }).items[0]?.barcode
  if (!barcode) throw new Error('no available copy in Meppel')
  await page.goto('/balie/uitlenen')
  await scan(page, '21001000000011')
  await scan(page, barcode)
  await page.locator('.scan-log li').waitFor()
  await shoot(page, '11-balie-uitlenen')
  await page.goto('/balie/innemen')
  await page.getByLabel('Barcode exemplaar').waitFor()
  await scan(page, barcode)
  await page.locator('.routing-slip').waitFor()
  await shoot(page, '12-balie-innemen')
  for (const [path, name] of [
    ['/balie/kastlijst', '13-balie-kastlijst'],
    ['/balie/afhaalplank', '14-balie-afhaalplank'],
  ] as const) {
    await page.goto(path)
    await page.locator('h1').waitFor()
    await shoot(page, name)
  }
  await page.goto('/balie/exemplaar')
  await page.getByLabel('Barcode exemplaar').waitFor()
  await scan(page, barcode)
  await page.locator('table').waitFor()
  await shoot(page, '15-balie-exemplaar')
  await context.close()
}
