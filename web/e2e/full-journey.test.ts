import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { demoStaffPassword } from '../../src/demo/staff.seed.js'
import { createRecord } from '../../src/modules/catalogue/records.js'
import { describeInBrowser, withBrowserApp } from '../../src/test/browser.js'
import { buildItem, testPin } from '../../src/test/factories.js'
import { openDeskPage, scan } from './desk.js'
import { focused } from './page-checks.js'

const b = withBrowserApp()

/** The demo member of the README: Anouk Lubbers, Facet, lives in Emmen. */
const anouk = { card: '21002000000019', firstName: 'Anouk', lastName: 'Lubbers' }

/** Signs in at the desk the way staff do: the form, then (for a desk with more than one) the location. */
async function signInAtDesk(page: Page, username: string, locationName?: string) {
  await page.goto('/balie')
  await page.getByLabel('Gebruikersnaam').fill(username)
  await page.getByLabel('Wachtwoord').fill(demoStaffPassword)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  if (locationName) {
    await page.getByLabel('Vestiging waar u nu werkt').selectOption({ label: locationName })
    await page.getByRole('button', { name: 'Kies deze vestiging' }).click()
  }
  await page.getByText(/U werkt in:/).waitFor()
}

async function checkIn(page: Page, barcode: string) {
  await page.getByRole('link', { name: 'Innemen' }).click()
  await page.getByRole('heading', { level: 1, name: 'Innemen' }).waitFor()
  expect(await focused(page)).toBe('input#Barcode exemplaar')
  await scan(page, barcode)
  return page.getByRole('region', { name: 'Routeringsbriefje' })
}

describeInBrowser('the full journey, in the browser', () => {
  it('a Facet member reserves a title only Meppel has for pickup in Beilen; Meppel pulls and sends it, Beilen shelves and lends it; she renews it', async () => {
    const record = await createRecord(b.db, {
      title: 'De avonden',
      authors: ['Reve, Gerard'],
      format: 'book',
      audience: 'adult',
      fiction: true,
      year: 1947,
    })
    const copy = await buildItem(b.db, {
      record_id: record.id,
      organisation_id: 'bind',
      home_location_id: 'bind-meppel',
      shelf_code: 'R REVE',
    })

    // The member searches, opens the title and reserves it for pickup in Beilen.
    const member = await openDeskPage(b)
    const m = member.page
    await m.goto('/')
    await m.getByLabel('Wat zoekt u?').fill('avonden')
    await m.getByRole('button', { name: 'Zoeken', exact: true }).click()
    await m.getByRole('link', { name: 'De avonden' }).click()
    await m.getByRole('heading', { level: 1, name: 'De avonden' }).waitFor()
    expect(await m.getByRole('row').filter({ hasText: 'Meppel' }).getByText('1 van 1 beschikbaar').count()).toBe(1)
    await m.getByRole('link', { name: 'Boek reserveren' }).click()
    await m.getByLabel('Pasnummer').fill(anouk.card)
    await m.getByLabel('Pincode').fill(testPin)
    await m.getByRole('button', { name: 'Inloggen' }).click()
    await m.getByRole('group', { name: 'Waar wilt u het ophalen?' }).waitFor()
    // Beilen is not among the six nearest to Emmen: she opens the whole list.
    await m.getByRole('button', { name: 'Alle vestigingen tonen' }).click()
    await m.getByRole('radio', { name: /Beilen/ }).check()
    await m.getByRole('button', { name: 'Reservering plaatsen' }).click()
    await m.getByRole('status').filter({ hasText: 'Gelukt!' }).waitFor()

    // Meppel: the copy is on the pull list; checking it in says "send to Beilen", with the slip.
    const meppel = await openDeskPage(b)
    await signInAtDesk(meppel.page, 'balie-meppel', 'Bibliotheek Meppel')
    await meppel.page.getByRole('link', { name: 'Kastlijst' }).click()
    const pull = meppel.page.getByRole('row').filter({ hasText: copy.barcode })
    await pull.waitFor()
    expect(await pull.textContent()).toContain('R REVE')
    expect(await pull.textContent()).toContain('Bibliotheek Beilen')
    await meppel.page.getByRole('link', { name: 'Balie' }).click()
    const sendSlip = await checkIn(meppel.page, copy.barcode)
    await sendSlip.waitFor()
    expect(await sendSlip.textContent()).toContain('Verzenden naar Bibliotheek Beilen — voor een reservering')
    expect(await focused(meppel.page)).toBe('input#Barcode exemplaar')

    // Beilen: checking it in puts it on the hold shelf with her pickup code, not her name.
    const beilen = await openDeskPage(b)
    await signInAtDesk(beilen.page, 'balie-beilen')
    const shelfSlip = await checkIn(beilen.page, copy.barcode)
    await shelfSlip.waitFor()
    const slipText = (await shelfSlip.textContent()) ?? ''
    expect(slipText).toContain('Op de afhaalplank — voor een reservering')
    const code = (await shelfSlip.locator('.slip-code strong').textContent()) ?? ''
    expect(code).toMatch(/^[A-Z0-9-]{3,}$/)
    expect(slipText).not.toContain(anouk.firstName)
    expect(slipText).not.toContain(anouk.lastName)
    await beilen.page.getByRole('link', { name: 'Balie' }).click()
    await beilen.page.getByRole('link', { name: 'Afhaalplank' }).click()
    expect(await beilen.page.getByRole('row').filter({ hasText: 'De avonden' }).textContent()).toContain(code)

    // The member sees it is ready, with the same code.
    await m.goto('/mijn')
    const hold = m.locator('.hold').filter({ hasText: 'De avonden' })
    await hold.getByText('Ligt klaar om op te halen').waitFor()
    expect(await hold.textContent()).toContain(code)

    // Beilen lends it to her: a member of another organisation, so the desk sees no name.
    await beilen.page.getByRole('link', { name: 'Balie' }).click()
    await beilen.page.getByRole('link', { name: 'Uitlenen' }).click()
    await beilen.page.getByRole('heading', { level: 1, name: 'Uitlenen' }).waitFor()
    await scan(beilen.page, anouk.card)
    await scan(beilen.page, copy.barcode)
    const lent = beilen.page.locator('.scan-feedback').filter({ hasText: 'Uitgeleend: De avonden' })
    await lent.waitFor()
    expect(await lent.textContent()).toContain('Deze reservering is nu opgehaald.')
    expect(await beilen.page.locator('main').textContent()).not.toContain(anouk.lastName)

    // In My account she sees the loan and renews it.
    await m.reload()
    const loan = m.locator('.loan').filter({ hasText: 'De avonden' })
    await loan.getByRole('button', { name: 'De avonden verlengen' }).click()
    await m.getByText(/De avonden is verlengd tot/).waitFor()
    const renewed = await b.db
      .selectFrom('loans')
      .select(['renewals', 'location_id'])
      .where('item_id', '=', copy.id)
      .where('returned_at', 'is', null)
      .executeTakeFirstOrThrow()
    expect(renewed).toEqual({ renewals: 1, location_id: 'bind-beilen' })

    expect([...member.problems, ...meppel.problems, ...beilen.problems]).toEqual([])
  }, 180_000)
})
