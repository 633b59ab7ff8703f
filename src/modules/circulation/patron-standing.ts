import { PatronBlockedError } from './circulation.errors.js'

/** Blocked, expired, or owing too much: each refuses a loan, a renewal or a hold with its own reason. */
export function assertInGoodStanding(
  patron: { blocked_reason: string | null; expires_on: string | null },
  owedCents: number,
  maxOwedCents: number,
  today: string,
): void {
  if (patron.blocked_reason) throw new PatronBlockedError({ code: 'patron_blocked', reason: patron.blocked_reason })
  if (patron.expires_on && patron.expires_on < today) throw new PatronBlockedError({ code: 'card_expired', expiredOn: patron.expires_on })
  if (owedCents >= maxOwedCents && maxOwedCents > 0) throw new PatronBlockedError({ code: 'fees_owed', owedCents, maxCents: maxOwedCents })
}
