/**
 * Dutch screenshots of the main member and desk pages into docs/screenshots/ (npm run screenshots).
 * Runs naober on the demo database (./.naober, as npm start; stop npm start first), or drives a
 * running server: npm run screenshots -- --url http://localhost:3000
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type Page } from 'playwright-core'
import { readConfig } from '../../src/config.js'
import { openDatabase } from '../../src/db/open.js'
import { demoMemberPin, demoMembers } from '../../src/demo/demo-members.js'
import { isEmpty, seedDemo } from '../../src/demo/seed.js'
import { buildServer } from '../../src/http/server.js'
import { chromiumArgs, chromiumPath } from '../../src/test/chromium.js'
import { shootDesk } from './desk-screenshots.js'

const outDir = path.resolve(import.meta.dirname, '../../docs/screenshots')
const { values } = parseArgs({ options: { url: { type: 'string' } } })

async function startServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (values.url) return { url: values.url.replace(/\/$/, ''), stop: async () => {} }
  const database = await openDatabase(readConfig())
  if (await isEmpty(database.db)) await seedDemo(database.db, new Date())
  const { app } = await buildServer({ db: database.db, dbKind: database.kind, now: () => new Date(), secureCookies: false })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  if (!address || typeof address === 'string') throw new Error('no port')
  return {
    url: `http://127.0.0.1:${address.port}`,
    stop: async () => {
      await app.close()
      await database.close()
    },
  }
}

async function shoot(page: Page, name: string) {
  await page.waitForLoadState('networkidle')
  // Let the last answers render (the names of locations arrive after the page itself).
  await page.waitForTimeout(800)
  await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true })
  console.log(`docs/screenshots/${name}.png`)
}

const server = await startServer()
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
try {
  await mkdir(outDir, { recursive: true })
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 })
  await context.addInitScript(`localStorage.setItem('naober.language', 'nl'); localStorage.setItem('naober.location', 'facet-emmen')`)
  const page = await context.newPage()

  await page.goto('/zoeken?q=schip')
  await page.locator('.hit').first().waitFor()
  await shoot(page, '01-zoeken')

  const workLink = page.locator('.hit-title a').first()
  await workLink.click()
  await page.locator('.edition').first().waitFor()
  await shoot(page, '02-titel')

  const anouk = demoMembers[0]
  if (!anouk) throw new Error('no demo member')
  await page.goto('/inloggen')
  await page.getByLabel('Pasnummer').fill(anouk.cardNumber)
  await page.getByLabel('Pincode').fill('0000')
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await page.getByRole('alert').filter({ hasText: 'klopt niet' }).waitFor()
  await shoot(page, '03-inloggen-fout')
  await page.getByLabel('Pincode').fill(demoMemberPin)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await page.locator('.account-grid').waitFor()
  await shoot(page, '04-mijn-bibliotheek')

  await page.goBack()
  await page.goto('/zoeken?q=schip&format=book')
  await page.locator('.hit-title a').first().click()
  await page
    .getByRole('link', { name: /reserveren/ })
    .first()
    .click()
  await page.getByRole('group').first().waitFor()
  await shoot(page, '05-reserveren')

  await page.goto('/vestigingen')
  await page.locator('.location-map').waitFor()
  await shoot(page, '06-vestigingen')
  await page.goto('/vestigingen/bind-meppel')
  await page.locator('.hours-table').first().waitFor()
  await shoot(page, '07-vestiging')

  const phone = await browser.newContext({ baseURL: server.url, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 })
  const phonePage = await phone.newPage()
  await phonePage.goto('/zoeken?q=schip')
  await phonePage.locator('.hit').first().waitFor()
  await phonePage.waitForTimeout(800)
  await phonePage.screenshot({ path: path.join(outDir, '08-telefoon.png') })
  console.log('docs/screenshots/08-telefoon.png')
  await shootDesk(browser, server.url, shoot)
} finally {
  await browser.close()
  await server.stop()
}
