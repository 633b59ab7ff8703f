import type { Db } from '../../db/database.js'
import { DomainError, ForbiddenError } from '../../errors.js'
import { findPatronCredentials } from '../patrons/patron-credentials.repository.js'
import type { Actor, StaffActor } from './actor.js'
import { unknownUserHash, verifySecret } from './passwords.js'
import { findSessionActor, insertSession, setSessionLocation } from './session.repository.js'
import { assertNotThrottled, clearSignInFailures, recordSignInFailure } from './sign-in-throttle.js'
import { findStaffUserForSignIn } from './staff-user.repository.js'

export const sessionHours = { staff: 12, patron: 4 } as const

/** Deliberately the same for an unknown name and a wrong secret: it must not tell which part was wrong. */
export class SignInFailedError extends DomainError {
  readonly code = 'sign_in_failed'
  readonly status = 401
  constructor(what: 'staff' | 'patron') {
    super(what === 'staff' ? 'Username or password is not right.' : 'Card number or PIN is not right.')
  }
}

export interface SignedIn {
  token: string
  expiresAt: Date
  actor: Actor
}

const hoursFrom = (now: Date, hours: number) => new Date(now.getTime() + hours * 3_600_000)

export interface StaffSignIn {
  username: string
  password: string
  locationId?: string | undefined
}

export async function signInStaff(db: Db, input: StaffSignIn, now: Date): Promise<SignedIn> {
  const subject = `user:${input.username.toLowerCase()}`
  await assertNotThrottled(db, subject, now)
  const user = await findStaffUserForSignIn(db, input.username.toLowerCase())
  const valid = await verifySecret(input.password, user?.password_hash ?? unknownUserHash)
  if (!user || !valid) {
    await recordSignInFailure(db, subject, now)
    throw new SignInFailedError('staff')
  }
  await clearSignInFailures(db, subject)
  const locationId = input.locationId ?? (user.location_ids.length === 1 ? user.location_ids[0] : null)
  if (locationId && !user.location_ids.includes(locationId)) throw notYourLocation(locationId)
  const expiresAt = hoursFrom(now, sessionHours.staff)
  const token = await insertSession(db, { staffUserId: user.id, locationId, expiresAt })
  return { token, expiresAt, actor: await actorOf(db, token, now) }
}

export interface PatronSignIn {
  cardNumber: string
  pin: string
}

export async function signInPatron(db: Db, input: PatronSignIn, now: Date): Promise<SignedIn> {
  const subject = `card:${input.cardNumber}`
  await assertNotThrottled(db, subject, now)
  const patron = await findPatronCredentials(db, input.cardNumber)
  const valid = await verifySecret(input.pin, patron?.pin_hash ?? unknownUserHash)
  if (!patron || !valid) {
    await recordSignInFailure(db, subject, now)
    throw new SignInFailedError('patron')
  }
  await clearSignInFailures(db, subject)
  const expiresAt = hoursFrom(now, sessionHours.patron)
  const token = await insertSession(db, { patronId: patron.id, expiresAt })
  return { token, expiresAt, actor: await actorOf(db, token, now) }
}

/** A desk user picks the location they work at; it must be one of theirs. */
export async function chooseDeskLocation(db: Db, actor: StaffActor, token: string, locationId: string): Promise<StaffActor> {
  if (!actor.locationIds.includes(locationId)) throw notYourLocation(locationId)
  await setSessionLocation(db, token, locationId)
  return { ...actor, currentLocationId: locationId }
}

async function actorOf(db: Db, token: string, now: Date): Promise<Actor> {
  const actor = await findSessionActor(db, token, now)
  if (!actor) throw new Error('a session just created cannot be found')
  return actor
}

const notYourLocation = (locationId: string) =>
  new ForbiddenError('location_not_allowed', `You do not work at location ${locationId}.`, { locationId })
