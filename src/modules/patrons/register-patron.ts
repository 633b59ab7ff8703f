import type { Db, Executor } from '../../db/database.js'
import { ValidationError } from '../../errors.js'
import type { Actor } from '../access/actor.js'
import { hashSecret } from '../access/passwords.js'
import { findLocationsByIds } from '../network/network.repository.js'
import { formatCardNumber } from './card-number.js'
import { reserveCardSerials } from './card-series.repository.js'
import { toPatron } from './patron.mapping.js'
import { cardNumberTaken, insertPatron, listCategories } from './patron.repository.js'
import type { Patron, RegisterPatron } from './patron.schema.js'
import { audit, type StaffPatronAccess, staffPatronAccess } from './patron-access.js'
import { insertAccessLog } from './patron-access-log.repository.js'
import { checkPatronFacts, type PatronFacts } from './patron-rules.js'
import { normalisePostcode } from './postcode.js'

/** Checks the facts against the rules and the database; gives the category to store. */
export async function assertPatronFacts(db: Executor, access: StaffPatronAccess, facts: Omit<PatronFacts, 'homeLocation'>, now: Date) {
  const [categories, [homeLocation]] = await Promise.all([
    listCategories(db),
    findLocationsByIds(db, facts.homeLocationId ? [facts.homeLocationId] : []),
  ])
  const checked = checkPatronFacts({ ...facts, homeLocation }, access.organisationId, categories, now.getUTCFullYear())
  if (checked.problems.length || checked.category === null) throw new ValidationError(checked.problems)
  return checked.category
}

/** A new member at the desk: a card from the organisation's series unless a pre-printed one is given. */
export async function registerPatron(db: Db, actor: Actor, input: RegisterPatron, now: Date): Promise<Patron> {
  const access = staffPatronAccess(actor)
  const { pin, cardNumber, postcode, ...details } = input
  const homeLocationId = input.homeLocationId ?? access.staff.currentLocationId ?? undefined
  const category = await assertPatronFacts(db, access, { ...input, homeLocationId }, now)
  const pinHash = await hashSecret(pin)
  return db.transaction().execute(async (trx) => {
    const row = await insertPatron(trx, {
      organisation_id: access.organisationId,
      card_number: cardNumber ?? (await nextCardNumber(trx, access.organisationId)),
      pin_hash: pinHash,
      first_name: details.firstName,
      last_name: details.lastName,
      birth_year: details.birthYear,
      municipality_code: details.municipalityCode,
      home_location_id: homeLocationId ?? '',
      category,
      email: details.email ?? null,
      phone: details.phone ?? null,
      street_address: details.streetAddress ?? null,
      postcode: postcode ? normalisePostcode(postcode) : null,
      town: details.town ?? null,
      keep_history: details.keepHistory ?? false,
      expires_on: details.expiresOn ?? null,
      ...(details.preferredLanguage && { preferred_language: details.preferredLanguage }),
    })
    await insertAccessLog(trx, [audit(access, row.id, 'create')], now)
    return toPatron(row)
  })
}

/** The next number of the series that no card has yet (a pre-printed card may have taken one). */
async function nextCardNumber(db: Executor, organisationId: string): Promise<string> {
  for (;;) {
    const { prefix, first } = await reserveCardSerials(db, organisationId, 1)
    const cardNumber = formatCardNumber(prefix, first)
    if (!(await cardNumberTaken(db, cardNumber))) return cardNumber
  }
}
