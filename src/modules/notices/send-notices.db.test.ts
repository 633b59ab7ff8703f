import { describe, expect, it } from 'vitest'
import { buildPatron } from '../../test/factories.js'
import { withTestDatabase } from '../../test/test-app.js'
import { queueNotices } from './queue-notice.js'
import { sendNotices } from './send-notices.js'
import type { OutgoingMail } from './sender.js'

const t = withTestDatabase()
const now = new Date('2026-11-23T09:00:00Z')

describe('the notices outbox', () => {
  it('sends each notice once, in the member’s language, and keeps a failure to retry later', async () => {
    const reader = await buildPatron(t.db, {
      organisation_id: 'bind',
      home_location_id: 'bind-meppel',
      email: 'lezer@example.nl',
      first_name: 'Fenna',
    })
    const silent = await buildPatron(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel', email: null })
    const values = { title: 'Het Achterhuis', locationName: 'Bibliotheek Meppel', date: '2026-11-30', pickupCode: 'AB23' }
    await queueNotices(
      t.db,
      [
        { patronId: reader.id, kind: 'hold_ready', values, dedupeKey: `test:${reader.id}` },
        { patronId: reader.id, kind: 'hold_ready', values, dedupeKey: `test:${reader.id}` },
        { patronId: silent.id, kind: 'hold_ready', values, dedupeKey: `test:${silent.id}` },
      ],
      now,
    )
    let down = true
    const sent: OutgoingMail[] = []
    const sender = {
      async send(mail: OutgoingMail) {
        if (down) throw new Error('SMTP server not reachable')
        sent.push(mail)
      },
    }
    expect(await sendNotices(t.db, sender, now)).toEqual({ sent: 0, failed: 1, noAddress: 1 })
    down = false
    expect(await sendNotices(t.db, sender, now)).toEqual({ sent: 1, failed: 0, noAddress: 0 })
    expect(await sendNotices(t.db, sender, now)).toEqual({ sent: 0, failed: 0, noAddress: 0 })
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ to: 'lezer@example.nl', subject: 'Uw reservering ligt klaar: Het Achterhuis' })
    expect(sent[0]?.text).toContain('Beste Fenna')
  })
})
