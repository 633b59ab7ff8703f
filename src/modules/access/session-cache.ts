import type { Db } from '../../db/database.js'
import type { Actor } from './actor.js'

/**
 * Actors behind session tokens, remembered for a few seconds. A desk scanning a copy every second
 * otherwise starts each request with the same session look-up: a round trip that was an eighth of
 * a check-out and check-in. Every write to sessions, staff users or their locations made through
 * this process forgets them all at once (the repositories call `forgetSessions`); a change made by
 * another process (a second server, the CLI) is seen within `freshForMs`.
 */
const freshForMs = 5_000
const maxRemembered = 10_000

export interface Session {
  actor: Actor
  expiresAt: Date
}

let remembered = new WeakMap<Db, Map<string, Session & { freshUntil: number }>>()

export function recallSession(db: Db, token: string, now: Date): Actor | undefined {
  const known = remembered.get(db)?.get(token)
  if (known && known.freshUntil > performance.now() && known.expiresAt > now) return known.actor
  return undefined
}

export function rememberSession(db: Db, token: string, session: Session): void {
  const sessions = remembered.get(db) ?? new Map()
  if (sessions.size >= maxRemembered) sessions.clear()
  sessions.set(token, { ...session, freshUntil: performance.now() + freshForMs })
  remembered.set(db, sessions)
}

export function forgetSessions(): void {
  remembered = new WeakMap()
}
