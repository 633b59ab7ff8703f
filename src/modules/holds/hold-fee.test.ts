import { describe, expect, it } from 'vitest'
import { buildPatron, buildRecord, testPin } from '../../test/factories.js'
import { signInMember, signInStaff, withTestApp } from '../../test/test-app.js'

const t = withTestApp()

describe('the hold fee a member sees before reserving', () => {
  it('gives the fee of the rule for the member and the format: own library, province, national', async () => {
    const admin = await signInStaff(t.app, 'bind-beheer')
    const rule = await t.app.inject({
      method: 'POST',
      url: '/api/circulation-rules',
      headers: { cookie: admin },
      payload: {
        organisationId: 'bind',
        patronCategory: 'adult',
        format: 'dvd',
        collection: null,
        loanDays: 7,
        renewals: 1,
        maxLoans: 5,
        maxHolds: 5,
        holdable: true,
        travels: true,
        holdFeeLocalCents: 50,
        holdFeeProvincialCents: 150,
        holdFeeNationalCents: 450,
        overdueFineCentsPerDay: 0,
        maxOverdueFineCents: 0,
        lostItemChargeCents: 2500,
      },
    })
    expect(rule.statusCode).toBe(201)
    const dvd = await buildRecord(t.db, { format: 'dvd' })
    const member = await buildPatron(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel', category: 'adult' })
    const cookie = await signInMember(t.app, member.card_number, testPin)
    const quote = await t.app.inject({ url: `/api/me/hold-fee?recordId=${dvd.id}`, headers: { cookie } })
    expect(quote.statusCode).toBe(200)
    expect(quote.json()).toEqual({ ownLibraryCents: 50, provincialCents: 150, nationalCents: 450 })

    // Another organisation's member is not charged by Bind's rule.
    const facetMember = await buildPatron(t.db, { organisation_id: 'facet', home_location_id: 'facet-emmen', category: 'adult' })
    const facetQuote = await t.app.inject({
      url: `/api/me/hold-fee?recordId=${dvd.id}`,
      headers: { cookie: await signInMember(t.app, facetMember.card_number, testPin) },
    })
    expect(facetQuote.json()).not.toEqual({ ownLibraryCents: 50, provincialCents: 150, nationalCents: 450 })
  })

  it('answers 404 for a record that does not exist and 400 for a bad record id', async () => {
    const member = await buildPatron(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel' })
    const cookie = await signInMember(t.app, member.card_number, testPin)
    const missing = await t.app.inject({ url: '/api/me/hold-fee?recordId=99999999', headers: { cookie } })
    expect(missing.statusCode).toBe(404)
    const bad = await t.app.inject({ url: '/api/me/hold-fee?recordId=abc', headers: { cookie } })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors[0].field).toContain('recordId')
  })
})
