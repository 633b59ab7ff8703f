import { describe, expect, it } from 'vitest'
import { assertTransition, buildRequestMessage, isFinalStatus, toIso18626Xml } from './national-ibl.js'

const facts = {
  requestingAgencyRequestId: 'naober-facet-17',
  requestingAgencyId: 'facet',
  title: 'Het <verloren> boek & meer',
  authors: ['Jansen, Piet'],
  isbns: ['9789012345678'],
  publisher: 'Querido',
  year: 2019,
  pickup: { name: 'Bibliotheek Beilen', street: 'Brinkstraat 1', postcode: '9411 KL', town: 'Beilen' },
  needBeforeDate: '2027-01-01',
  at: new Date('2026-11-23T09:00:00Z'),
}

describe('national IBL requests', () => {
  it('builds an ISO 18626 Request with the title and the pickup address, without the member', () => {
    const message = buildRequestMessage(facts)
    expect(message.request.header.requestingAgencyRequestId).toBe('naober-facet-17')
    expect(message.request.serviceInfo.serviceType).toBe('Loan')
    expect(message.request).not.toHaveProperty('patronInfo')
    expect(JSON.stringify(message)).not.toContain('card')
  })

  it('writes well-formed XML with escaped text and repeated identifiers', () => {
    const xml = toIso18626Xml(buildRequestMessage({ ...facts, isbns: ['1', '2'] }))
    expect(xml).toContain('<title>Het &lt;verloren&gt; boek &amp; meer</title>')
    expect(xml.match(/<bibliographicItemId>/g)).toHaveLength(2)
    expect(xml).toContain('<ISO18626Message xmlns="http://illtransactions.org/2013/iso18626" version="1.2"><request><header>')
  })

  it('follows the supplier status life cycle and refuses a jump back', () => {
    expect(() => assertTransition('sent', 'WillSupply')).not.toThrow()
    expect(() => assertTransition('Loaned', 'LoanCompleted')).not.toThrow()
    expect(() => assertTransition('LoanCompleted', 'Loaned')).toThrow(/cannot become Loaned/)
    expect(isFinalStatus('Unfilled')).toBe(true)
    expect(isFinalStatus('sent')).toBe(false)
  })
})
