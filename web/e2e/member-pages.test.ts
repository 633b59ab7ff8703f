import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { beforeAll, expect, it } from 'vitest'
import { createRecord } from '../../src/modules/catalogue/records.js'
import { type BrowserApp, describeInBrowser, openPage, withBrowserApp } from '../../src/test/browser.js'
import { buildItem, buildPatron, testPin } from '../../src/test/factories.js'
import { atTheDesk } from './at-the-desk.js'

const b = withBrowserApp()

interface Fixture {
  workId: number
  recordId: number
  cardNumber: string
}
let fixture: Fixture

/** A work with a book in Meppel and an e-book edition (QR code); a member with a loan and a hold. */
beforeAll(async () => {
  const book = await createRecord(b.db, {
    title: 'Het Bittere Kruid',
    authors: ['Minco, Marga'],
    format: 'book',
    audience: 'adult',
    fiction: true,
    year: 1957,
    subjects: ['Tweede Wereldoorlog'],
  })
  await createRecord(b.db, {
    title: 'Het Bittere Kruid',
    authors: ['Minco, Marga'],
    format: 'ebook',
    audience: 'adult',
    fiction: true,
    year: 2015,
    onlineUrl: 'https://www.onlinebibliotheek.nl/catalogus/het-bittere-kruid',
  })
  await buildItem(b.db, { record_id: book.id, organisation_id: 'bind', home_location_id: 'bind-meppel', shelf_code: 'R MINC' })
  const loaned = await buildItem(b.db, { organisation_id: 'bind', home_location_id: 'bind-meppel' })
  const member = await buildPatron(b.db, { organisation_id: 'bind', home_location_id: 'bind-meppel', first_name: 'Gerrit' })
  const desk = await atTheDesk(b, 'balie-meppel', 'bind-meppel')
  await desk.lend(loaned.barcode, member.card_number)
  await desk.placeHold(book.id, member.card_number, 'bind-beilen')
  if (!book.workId) throw new Error('the record has no work')
  fixture = { workId: book.workId, recordId: book.id, cardNumber: member.card_number }
})

interface MemberPage {
  path: () => string
  signedIn: boolean
}
const pages: MemberPage[] = [
  { path: () => '/', signedIn: false },
  { path: () => '/zoeken?q=bittere+kruid', signedIn: false },
  { path: () => `/titel/${fixture.workId}`, signedIn: false },
  { path: () => '/inloggen', signedIn: false },
  { path: () => `/reserveren/${fixture.recordId}`, signedIn: false },
  { path: () => `/reserveren/${fixture.recordId}`, signedIn: true },
  { path: () => '/mijn', signedIn: true },
  { path: () => '/vestigingen', signedIn: false },
  { path: () => '/vestigingen/bind-meppel', signedIn: false },
  { path: () => '/bestaat-niet', signedIn: false },
]
const name = (p: MemberPage) => `${p.path()}${p.signedIn ? ' (signed in)' : ''}`

async function signIn(page: Page) {
  const response = await page.request.post('/api/auth/member', { data: { cardNumber: fixture.cardNumber, pin: testPin } })
  expect(response.status()).toBe(200)
}

/** Goes to the page and waits until its content is there (the h1, and no loading line left). */
async function visit(page: Page, path: string) {
  await page.goto(path)
  await page.locator('h1').waitFor()
  await page.waitForLoadState('networkidle')
  await expect.poll(() => page.getByText(/Bezig met laden|Loading/).count()).toBe(0)
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

async function scanAll(b: BrowserApp, language: 'nl' | 'en') {
  const findings: Record<string, string[]> = {}
  for (const signedIn of [false, true]) {
    const { page, context, problems } = await openPage(b, { language })
    if (signedIn) await signIn(page)
    for (const p of pages.filter((p) => p.signedIn === signedIn)) {
      await visit(page, p.path())
      expect(await page.evaluate(() => document.documentElement.lang), name(p)).toBe(language)
      const found = [...(await seriousViolations(page)), ...problems.splice(0)]
      // The unknown address is meant to be "not found" for the app, but it is served (200) like every page.
      if (found.length > 0) findings[name(p)] = found
    }
    await context.close()
  }
  return findings
}

describeInBrowser('every member page, in Dutch and in English', () => {
  it('has no serious or critical axe violations, console errors or failed requests in Dutch', async () => {
    expect(await scanAll(b, 'nl')).toEqual({})
  })

  it('has no serious or critical axe violations, console errors or failed requests in English', async () => {
    expect(await scanAll(b, 'en')).toEqual({})
  })

  it('fits a phone and 200 % zoom without scrolling sideways', async () => {
    const overflowing: string[] = []
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 640, height: 450 },
    ]) {
      const { page, context } = await openPage(b, { viewport })
      await signIn(page)
      for (const p of pages) {
        await visit(page, p.path())
        const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth])
        if ((scroll ?? 0) > (client ?? 0)) overflowing.push(`${name(p)} at ${viewport.width}px: ${scroll} > ${client}`)
      }
      await context.close()
    }
    expect(overflowing).toEqual([])
  })

  it('can be used by keyboard: the skip link first, focus on the h1 after a navigation, the language switch', async () => {
    const { page, problems } = await openPage(b)
    await visit(page, '/')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')

    await page.getByRole('link', { name: 'Vestigingen' }).first().focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Vestigingen' }).waitFor()
    expect(await page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.textContent])).toEqual(['H1', 'Vestigingen'])
    expect(await page.title()).toBe('Vestigingen · Bibliotheken Drenthe')

    await page.getByRole('button', { name: 'Switch to English' }).press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Locations' }).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Locations' }).waitFor()
    expect(problems).toEqual([])
  })

  it('shows the title page with where the copies are, the e-book link and its QR code', async () => {
    const { page, problems } = await openPage(b)
    await visit(page, `/titel/${fixture.workId}`)
    expect(await page.getByRole('row').filter({ hasText: 'Meppel' }).textContent()).toContain('R MINC')
    const qr = page.getByRole('img', { name: 'QR-code voor Het Bittere Kruid' })
    expect(await qr.evaluate((img) => (img as HTMLImageElement).naturalWidth > 0)).toBe(true)
    expect(await page.getByRole('link', { name: 'Openen in de online bibliotheek' }).getAttribute('href')).toBe(
      'https://www.onlinebibliotheek.nl/catalogus/het-bittere-kruid',
    )
    expect(problems).toEqual([])
  })
})
