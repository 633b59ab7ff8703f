import { describe, expect, it } from 'vitest'
import { noticeKinds } from './notice.tables.js'
import { renderNotice } from './templates.js'

describe('notice templates', () => {
  it('writes a hold-ready notice in Dutch with the location, the deadline and the pickup code', () => {
    const notice = renderNotice('hold_ready', 'nl', {
      firstName: 'Anna',
      title: 'De avonden',
      locationName: 'Bibliotheek Beilen',
      date: '2026-12-01',
      pickupCode: 'K7Q2',
    })
    expect(notice.subject).toBe('Uw reservering ligt klaar: De avonden')
    expect(notice.body).toContain('Bibliotheek Beilen')
    expect(notice.body).toContain('dinsdag 1 december')
    expect(notice.body).toContain('K7Q2')
  })

  it('has every kind in Dutch and English', () => {
    for (const kind of noticeKinds) {
      for (const language of ['nl', 'en'] as const) {
        const notice = renderNotice(kind, language, {
          firstName: 'Sam',
          title: 'Boek',
          locationName: 'Assen',
          date: '2026-12-01',
          pickupCode: 'AB12',
        })
        expect(notice.subject).toContain('Boek')
        expect(notice.body).toContain('Sam')
      }
    }
  })
})
