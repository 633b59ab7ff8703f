import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { formatCardNumber } from '../modules/patrons/card-number.js'
import { demoCardPrefixes, demoMembers } from './demo-members.js'

describe('the well-known demo members', () => {
  it('have the first card numbers of their organisation’s series, in order', () => {
    const issued = new Map<string, number>()
    for (const { cardNumber, row } of demoMembers) {
      const serial = (issued.get(row.organisation_id) ?? 0) + 1
      issued.set(row.organisation_id, serial)
      expect(cardNumber).toBe(formatCardNumber(demoCardPrefixes[row.organisation_id] ?? 0, serial))
    }
  })

  it('are all listed in the README with their card number', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8')
    for (const { cardNumber, row } of demoMembers) expect(readme).toContain(`| \`${cardNumber}\` | ${row.first_name} ${row.last_name} |`)
  })
})
