import type { Page } from 'playwright-core'
import { beforeAll, expect, it } from 'vitest'
import { createRecord } from '../../src/modules/catalogue/records.js'
import { describeInBrowser, withBrowserApp } from '../../src/test/browser.js'
import { buildItem, buildPatron } from '../../src/test/factories.js'
import { signInStaff } from '../../src/test/test-app.js'
import { openDeskPage, scan, signInDesk } from './desk.js'
import { focused, seriousViolations, visit } from './page-checks.js'

const b = withBrowserApp()

interface Fixture {
  memberId: number
  card: string
  blockedCard: string
  /** available in Meppel */
  free: string
  /** lent in Meppel */
  onLoan: string
  /** on Meppel's pull list for a hold in Beilen */
  pulled: string
}
let f: Fixture

/** Meppel's desk with something on every list: a copy to pull, one on the hold shelf, one on loan, one free. */
beforeAll(async () => {
  const book = (title: string) => createRecord(b.db, { title, authors: ['Reve, Gerard'], format: 'book', audience: 'adult', fiction: true })
  const meppelCopy = async (title: string, shelf: string) =>
    buildItem(b.db, { record_id: (await book(title)).id, organisation_id: 'bind', home_location_id: 'bind-meppel', shelf_code: shelf })
  const member = await buildPatron(b.db, {
    organisation_id: 'bind',
    home_location_id: 'bind-meppel',
    first_name: 'Roelof',
    last_name: 'Tiesinga',
  })
  const blocked = await buildPatron(b.db, {
    organisation_id: 'bind',
    home_location_id: 'bind-meppel',
    blocked_reason: 'Pas gestolen gemeld',
    blocked_at: new Date('2026-11-01T10:00:00Z'),
  })
  const toPull = await meppelCopy('De avonden', 'R REVE')
  const toShelf = await meppelCopy('Werther Nieland', 'R REVE')
  const lent = await meppelCopy('Op weg naar het einde', 'R REVE')
  const free = await meppelCopy('Nader tot U', 'R REVE')
  const desk = await signInStaff(b.app, 'balie-meppel', 'bind-meppel')
  const post = async (url: string, payload: object, status: number) => {
    const response = await b.app.inject({ method: 'POST', url, headers: { cookie: desk }, payload })
    expect(response.statusCode, response.body).toBe(status)
  }
  await post('/api/holds', { recordId: toPull.record_id, cardNumber: member.card_number, pickupLocationId: 'bind-beilen' }, 201)
  await post('/api/holds', { recordId: toShelf.record_id, cardNumber: member.card_number, pickupLocationId: 'bind-meppel' }, 201)
  await post('/api/returns', { itemBarcode: toShelf.barcode }, 200)
  await post('/api/loans', { itemBarcode: lent.barcode, cardNumber: member.card_number }, 201)
  f = {
    memberId: member.id,
    card: member.card_number,
    blockedCard: blocked.card_number,
    free: free.barcode,
    onLoan: lent.barcode,
    pulled: toPull.barcode,
  }
})

const openLoans = (barcode: string) =>
  b.db
    .selectFrom('loans')
    .innerJoin('items', 'items.id', 'loans.item_id')
    .select('loans.id')
    .where('items.barcode', '=', barcode)
    .where('returned_at', 'is', null)
    .execute()

describeInBrowser('the staff desk in the browser', () => {
  it('signs in: a wrong password is said in the page with the focus back in the field, then the location is chosen', async () => {
    const { page, problems } = await openDeskPage(b)
    await visit(page, '/balie')
    await page.getByLabel('Gebruikersnaam').fill('balie-meppel')
    await page.getByLabel('Wachtwoord').fill('fout-wachtwoord')
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.getByRole('alert').filter({ hasText: 'Gebruikersnaam of wachtwoord klopt niet' }).waitFor()
    expect(await focused(page)).toBe('input#Wachtwoord')
    expect(await page.evaluate(() => fetch('/api/auth/me').then((r) => r.json()))).toEqual({ kind: 'anonymous' })

    await page.keyboard.type('naober-demo')
    await page.keyboard.press('Enter')
    // Meppel's desk also serves Nijeveen: it asks where she works today.
    await page.getByRole('heading', { level: 1, name: 'Kies uw vestiging' }).waitFor()
    await page.getByLabel('Vestiging waar u nu werkt').selectOption('bind-meppel')
    await page.getByRole('button', { name: 'Kies deze vestiging' }).click()
    await page.getByText('U werkt in: Bibliotheek Meppel').waitFor()
    await page.getByRole('link', { name: 'Uitlenen' }).click()
    await page.getByRole('heading', { level: 1, name: 'Uitlenen' }).waitFor()
    expect(await focused(page)).toBe('input#Pasnummer lid')
    // The wrong password is the only refused request (the browser logs it too).
    expect(problems.filter((p) => !p.startsWith('401 POST /api/auth/staff') && !p.includes('status of 401'))).toEqual([])
  })

  it('checks out by keyboard only: focus stays in the scan field, every refusal is said and changes nothing', async () => {
    const { page, problems } = await openDeskPage(b)
    await signInDesk(page, 'balie-meppel', 'bind-meppel')
    await visit(page, '/balie/uitlenen')
    const feedback = page.locator('.scan-feedback')

    await scan(page, f.card)
    expect(await focused(page)).toBe('input#Barcode exemplaar')
    await scan(page, f.free)
    await feedback.filter({ hasText: 'Uitgeleend: Nader tot U. Terug op' }).waitFor()
    expect(await page.getByText('Roelof Tiesinga').count()).toBe(1)
    expect(await focused(page)).toBe('input#Barcode exemplaar')
    expect(await openLoans(f.free)).toHaveLength(1)

    await scan(page, 'x!')
    await feedback.filter({ hasText: '"x!" is geen barcode' }).waitFor()
    expect(await focused(page)).toBe('input#Barcode exemplaar')

    await scan(page, 'ONBEKEND-123')
    await feedback.filter({ hasText: 'Barcode ONBEKEND-123 is onbekend' }).waitFor()
    expect(await focused(page)).toBe('input#Barcode exemplaar')

    // Already on loan: staff see where it was lent and until when, not to whom.
    await scan(page, f.onLoan)
    await feedback.filter({ hasText: 'al uitgeleend (in Bibliotheek Meppel, terug op' }).waitFor()
    expect(await focused(page)).toBe('input#Barcode exemplaar')
    expect(await openLoans(f.onLoan)).toHaveLength(1)

    // A blocked member: the reason, and the focus back on the card to scan another.
    await page.getByRole('button', { name: 'Ander lid' }).click()
    expect(await focused(page)).toBe('input#Pasnummer lid')
    await scan(page, f.blockedCard)
    await scan(page, f.pulled)
    await feedback.filter({ hasText: 'Dit lid mag niet lenen: Pas gestolen gemeld' }).waitFor()
    expect(await focused(page)).toBe('input#Pasnummer lid')
    expect(await openLoans(f.pulled)).toEqual([])

    // Every scan of the session is listed, newest first.
    expect(await page.locator('.scan-log li').count()).toBe(5)
    const expected = ['404 POST /api/loans', '409 POST /api/loans', '403 POST /api/loans']
    expect(problems.filter((p) => !expected.includes(p) && !/status of (403|404|409)/.test(p))).toEqual([])
  })

  it('checks in by keyboard: the answer, the slip to print (only the slip on paper), and the focus back to scan', async () => {
    const { page } = await openDeskPage(b)
    await signInDesk(page, 'balie-meppel', 'bind-meppel')
    await visit(page, '/balie/innemen')
    expect(await focused(page)).toBe('input#Barcode exemplaar')
    await scan(page, f.free)
    await page.locator('.scan-feedback').filter({ hasText: 'Terugzetten in de kast' }).waitFor()
    expect(await focused(page)).toBe('input#Barcode exemplaar')
    expect(await openLoans(f.free)).toEqual([])
    const slip = page.getByRole('region', { name: 'Routeringsbriefje' })
    expect(await slip.textContent()).toContain('Nader tot U')

    await page.emulateMedia({ media: 'print' })
    expect(await slip.isVisible()).toBe(true)
    expect(await page.getByLabel('Barcode exemplaar').isVisible()).toBe(false)
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    await page.emulateMedia({ media: 'screen' })
  })

  it('shows the pull list and hold shelf by shelf and pickup code, never the member’s name', async () => {
    const { page } = await openDeskPage(b)
    await signInDesk(page, 'balie-meppel', 'bind-meppel')
    await visit(page, '/balie/kastlijst')
    const row = page.getByRole('row').filter({ hasText: f.pulled })
    expect(await row.textContent()).toContain('R REVE')
    expect(await row.textContent()).toContain('Beilen')
    await visit(page, '/balie/afhaalplank')
    const shelf = page.getByRole('row').filter({ hasText: 'Werther Nieland' })
    expect(await shelf.textContent()).toMatch(/[A-Z0-9]{3,}/)
    expect(await page.locator('main').textContent()).not.toContain('Tiesinga')
  })

  it('has no serious or critical axe violations, console errors or failed requests on any desk page, in Dutch and English', async () => {
    const findings: Record<string, string[]> = {}
    for (const language of ['nl', 'en'] as const) {
      const check = async (page: Page, name: string, problems: string[]) => {
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language)
        const found = [...(await seriousViolations(page)), ...problems.splice(0)]
        if (found.length > 0) findings[`${language} ${name}`] = found
      }
      const anonymous = await openDeskPage(b, { language })
      await visit(anonymous.page, '/balie')
      await check(anonymous.page, 'sign in', anonymous.problems)
      await anonymous.context.close()

      const { page, context, problems } = await openDeskPage(b, { language })
      await signInDesk(page, 'balie-meppel')
      await visit(page, '/balie')
      await check(page, 'choose location', problems)
      await signInDesk(page, 'balie-meppel', 'bind-meppel')
      for (const path of ['/balie', '/balie/kastlijst', '/balie/afhaalplank', '/balie/leden/nieuw', `/balie/leden/${f.memberId}`]) {
        await visit(page, path)
        await check(page, path, problems)
      }
      await visit(page, '/balie/uitlenen')
      await scan(page, f.card)
      await scan(page, f.free)
      await page.locator('.scan-log li').waitFor()
      await check(page, 'check-out after a scan', problems)
      await visit(page, '/balie/innemen')
      await scan(page, f.free)
      await page.locator('.routing-slip').waitFor()
      await check(page, 'check-in with its slip', problems)
      await visit(page, '/balie/exemplaar')
      await scan(page, f.free)
      await page.locator('table').waitFor()
      await check(page, 'item with movements', problems)
      await visit(page, '/balie/leden')
      await page.getByLabel(language === 'nl' ? 'Naam' : 'Name').fill('Tiesinga')
      await page.keyboard.press('Enter')
      await page.getByRole('link', { name: /Roelof Tiesinga/ }).waitFor()
      await check(page, 'member search', problems)
      await context.close()
    }
    expect(findings).toEqual({})
  }, 300_000)
})
