import type { Executor } from '../../db/database.js'
import { DomainError } from '../../errors.js'

/** After this many failed sign-ins within the window, the card or username waits. A PIN has only 10,000 values. */
export const throttle = { maxFailures: 5, windowMinutes: 15 } as const

export class TooManySignInAttemptsError extends DomainError {
  readonly code = 'too_many_attempts'
  readonly status = 429
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`, { retryAfterSeconds })
  }
}

export async function assertNotThrottled(db: Executor, subject: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - throttle.windowMinutes * 60_000)
  const failures = await db
    .selectFrom('sign_in_failures')
    .where('subject', '=', subject)
    .where('at', '>', since)
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min<Date>('at').as('first')])
    .executeTakeFirstOrThrow()
  if (failures.count < throttle.maxFailures) return
  const retryAt = (failures.first?.getTime() ?? now.getTime()) + throttle.windowMinutes * 60_000
  throw new TooManySignInAttemptsError(Math.max(1, Math.round((retryAt - now.getTime()) / 1000)))
}

export async function recordSignInFailure(db: Executor, subject: string, now: Date): Promise<void> {
  await db.insertInto('sign_in_failures').values({ subject, at: now }).execute()
}

export async function clearSignInFailures(db: Executor, subject: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('subject', '=', subject).execute()
}
