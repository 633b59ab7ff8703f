import { expect, it } from 'vitest'
import { createRecord } from '../../src/modules/catalogue/records.js'
import { describeInBrowser, openPage, withBrowserApp } from '../../src/test/browser.js'
import { buildItem, buildPatron, testPin } from '../../src/test/factories.js'
import { atTheDesk } from './at-the-desk.js'

const b = withBrowserApp()

/** A Facet member in Emmen; the title is only in Meppel (Bind); she picks it up in Beilen. She has one loan. */
async function story() {
  const avonden = await createRecord(b.db, {
    title: 'De avonden',
    authors: ['Reve, Gerard'],
    format: 'book',
    audience: 'adult',
    fiction: true,
    year: 1947,
    publisher: 'De Bezige Bij',
  })
  await buildItem(b.db, { record_id: avonden.id, organisation_id: 'bind', home_location_id: 'bind-meppel', shelf_code: 'R REVE' })
  const borrowed = await createRecord(b.db, {
    title: 'Het verdriet van België',
    authors: ['Claus, Hugo'],
    format: 'book',
    audience: 'adult',
    fiction: true,
  })
  const copy = await buildItem(b.db, { record_id: borrowed.id, organisation_id: 'facet', home_location_id: 'facet-emmen' })
  const member = await buildPatron(b.db, { organisation_id: 'facet', home_location_id: 'facet-emmen', first_name: 'Anouk' })
  // She borrowed it ten days ago, so renewing today gives a later due date.
  b.clock.advanceDays(-10)
  const lent = await (await atTheDesk(b, 'balie-emmen', 'facet-emmen')).lend(copy.barcode, member.card_number)
  b.clock.advanceDays(10)
  return { avonden, member, dueOn: lent.dueOn }
}

describeInBrowser('a member in the browser', () => {
  it('searches, opens the title, reserves for pickup elsewhere, sees the hold with its stage and renews a loan', async () => {
    const { avonden, member, dueOn } = await story()
    const { page, problems } = await openPage(b)

    await page.goto('/')
    await page.getByLabel('Wat zoekt u?').fill('avonden')
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click()
    await expect.poll(() => page.getByRole('heading', { name: /resultaten voor "avonden"/ }).count()).toBe(1)
    const hit = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'De avonden' }) })
    await expect.poll(() => hit.getByText('In Drenthe').count()).toBe(1)
    await hit.getByRole('link', { name: 'De avonden' }).click()

    await page.getByRole('heading', { level: 1, name: 'De avonden' }).waitFor()
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    expect(await page.getByRole('row').filter({ hasText: 'Meppel' }).getByText('1 van 1 beschikbaar').count()).toBe(1)
    await page.getByRole('link', { name: 'Boek reserveren' }).click()

    // Not signed in yet: the reserve page asks for the card first.
    await page.getByLabel('Pasnummer').fill(member.card_number)
    await page.getByLabel('Pincode').fill(testPin)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.getByRole('group', { name: 'Waar wilt u het ophalen?' }).waitFor()
    // Nearest first: her own library in Emmen is chosen and on top.
    const options = page.getByRole('radio')
    expect(await options.first().isChecked()).toBe(true)
    expect(await page.locator('.pickup-option').first().textContent()).toContain('Emmen')
    // Beilen is not among the nearest to Emmen: the member asks for all locations.
    expect(await page.getByRole('radio', { name: /Beilen/ }).count()).toBe(0)
    await page.getByRole('button', { name: 'Alle vestigingen tonen' }).click()
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('radio')
    await page.getByRole('radio', { name: /Beilen/ }).check()
    await page.getByRole('button', { name: 'Reservering plaatsen' }).click()

    const done = page.getByRole('status').filter({ hasText: 'Gelukt!' })
    await done.waitFor()
    expect(await done.textContent()).toContain('U bent de eerste in de rij.')
    expect(await done.textContent()).toContain('Beilen')
    expect(await done.textContent()).toMatch(/Kosten: €\s?\d+,\d\d/)
    await page.getByRole('link', { name: 'Bekijk uw reserveringen' }).click()

    await page.getByRole('heading', { level: 1, name: 'Mijn bibliotheek' }).waitFor()
    const hold = page.locator('.hold').filter({ hasText: 'De avonden' })
    await hold.waitFor()
    expect(await hold.textContent()).toContain('Exemplaar gevonden')
    expect(await hold.textContent()).toContain('Beilen')
    const held = await b.db.selectFrom('holds').select(['pickup_location_id', 'record_id']).where('patron_id', '=', member.id).execute()
    expect(held).toEqual([{ pickup_location_id: 'bind-beilen', record_id: avonden.id }])

    const loan = page.locator('.loan').filter({ hasText: 'Het verdriet van België' })
    await loan.getByRole('button', { name: 'Het verdriet van België verlengen' }).click()
    await page.getByText(/Het verdriet van België is verlengd tot/).waitFor()
    const renewed = await b.db
      .selectFrom('loans')
      .select(['due_on', 'renewals'])
      .where('patron_id', '=', member.id)
      .executeTakeFirstOrThrow()
    expect(renewed.renewals).toBe(1)
    expect(renewed.due_on > dueOn).toBe(true)

    expect(problems).toEqual([])
  })

  it('says in the page that the card or PIN is wrong, puts the focus on the PIN, and signs nobody in', async () => {
    const member = await buildPatron(b.db, { organisation_id: 'bind', home_location_id: 'bind-meppel' })
    const { page } = await openPage(b)
    await page.goto('/inloggen')
    await page.getByLabel('Pasnummer').fill(member.card_number)
    await page.getByLabel('Pincode').fill('9999')
    await page.getByRole('button', { name: 'Inloggen' }).click()
    const alert = page.getByRole('alert')
    await alert.filter({ hasText: 'klopt niet' }).waitFor()
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('pin')
    expect(await page.evaluate(() => fetch('/api/auth/me').then((r) => r.json()))).toEqual({ kind: 'anonymous' })

    // An unknown card gets the same words: the page does not tell which part was wrong.
    await page.getByLabel('Pasnummer').fill('29999000000000')
    await page.getByLabel('Pincode').fill(testPin)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await alert.filter({ hasText: 'klopt niet' }).waitFor()
    // Empty fields are named before anything is sent.
    await page.getByLabel('Pasnummer').fill('')
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.getByText('Vul dit in.').first().waitFor()
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('cardNumber')
  })

  it('shows a blocked member why, in English too, and refuses the reservation in the page', async () => {
    const record = await createRecord(b.db, {
      title: 'Max Havelaar',
      authors: ['Multatuli'],
      format: 'book',
      audience: 'adult',
      fiction: true,
    })
    await buildItem(b.db, { record_id: record.id, organisation_id: 'bind', home_location_id: 'bind-meppel' })
    const member = await buildPatron(b.db, {
      organisation_id: 'bind',
      home_location_id: 'bind-meppel',
      blocked_reason: 'Openstaand bedrag',
      blocked_at: new Date('2026-11-01T10:00:00Z'),
    })
    const { page, problems } = await openPage(b, { language: 'en' })
    await page.goto(`/reserveren/${record.id}`)
    await page.getByLabel('Card number').fill(member.card_number)
    await page.getByLabel('PIN').fill(testPin)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('button', { name: 'Place reservation' }).click()
    const alert = page.getByRole('alert').filter({ hasText: 'Your card is blocked' })
    await alert.waitFor()
    expect(await alert.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await b.db.selectFrom('holds').select('id').where('patron_id', '=', member.id).execute()).toEqual([])
    // The refusal (403) is the only failed answer, and the console only reports that answer.
    expect(problems.filter((p) => !p.includes('403'))).toEqual([])

    await page.getByRole('link', { name: 'My library' }).click()
    await page.getByRole('heading', { name: 'Your card is blocked' }).waitFor()
    expect(await page.getByText('Reason: Openstaand bedrag').count()).toBe(1)
  })

  it('pauses, resumes and cancels a hold from my library, and keeps the reading history choice', async () => {
    const record = await createRecord(b.db, {
      title: 'Kaas',
      authors: ['Elsschot, Willem'],
      format: 'book',
      audience: 'adult',
      fiction: true,
    })
    await buildItem(b.db, { record_id: record.id, organisation_id: 'hgv', home_location_id: 'hgv-hoogeveen' })
    const member = await buildPatron(b.db, { organisation_id: 'bind', home_location_id: 'bind-meppel' })
    const placed = await (await atTheDesk(b, 'balie-meppel', 'bind-meppel')).placeHold(record.id, member.card_number, 'bind-meppel')
    const holdId = placed.hold.id
    const holdRow = () => b.db.selectFrom('holds').select(['status', 'suspended_until']).where('id', '=', holdId).executeTakeFirstOrThrow()

    const { page, problems } = await openPage(b)
    await page.goto('/mijn')
    await page.getByLabel('Pasnummer').fill(member.card_number)
    await page.getByLabel('Pincode').fill(testPin)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    const hold = page.locator('.hold').filter({ hasText: 'Kaas' })
    await hold.getByLabel('Pauzeren tot').fill('2026-12-20')
    await hold.getByRole('button', { name: 'Reservering Kaas pauzeren' }).click()
    await page.getByText('De reservering van Kaas is gepauzeerd tot 20 december 2026.').waitFor()
    expect(String((await holdRow()).suspended_until)).toContain('2026-12-20')

    await hold.getByRole('button', { name: 'Reservering Kaas weer laten doorgaan' }).click()
    await page.getByText('De reservering van Kaas gaat weer door.').waitFor()
    expect((await holdRow()).suspended_until).toBeNull()

    await hold.getByRole('button', { name: 'Reservering Kaas annuleren' }).click()
    await page.getByText('De reservering van Kaas is geannuleerd.').waitFor()
    expect((await holdRow()).status).toBe('cancelled')

    const history = page.getByLabel('Bewaar wat ik heb geleend (mijn leesgeschiedenis)')
    expect(await history.isChecked()).toBe(false)
    await history.check()
    await page.getByText('Opgeslagen.').waitFor()
    const saved = await b.db.selectFrom('patrons').select('keep_history').where('id', '=', member.id).executeTakeFirstOrThrow()
    expect(saved.keep_history).toBe(true)
    expect(problems).toEqual([])
  })
})
