import type { Patron, PatronListItem } from './patron.schema.js'
import type { PatronCategoryRow, PatronRow } from './patron.tables.js'
import type { listAccessLog } from './patron-access-log.repository.js'

export const toPatron = (row: PatronRow): Patron => ({
  id: row.id,
  organisationId: row.organisation_id,
  cardNumber: row.card_number,
  firstName: row.first_name,
  lastName: row.last_name,
  birthYear: row.birth_year,
  category: row.category,
  municipalityCode: row.municipality_code,
  homeLocationId: row.home_location_id,
  email: row.email,
  phone: row.phone,
  streetAddress: row.street_address,
  postcode: row.postcode,
  town: row.town,
  preferredLanguage: row.preferred_language,
  keepHistory: row.keep_history,
  accommodations: { extraLoans: row.extra_loans, extraLoanDays: row.extra_loan_days, note: row.accommodation_note },
  blocked: row.blocked_reason && row.blocked_at ? { reason: row.blocked_reason, since: row.blocked_at } : null,
  expiresOn: row.expires_on,
  createdAt: row.created_at,
})

export const toPatronListItem = (row: PatronRow): PatronListItem => ({
  id: row.id,
  cardNumber: row.card_number,
  firstName: row.first_name,
  lastName: row.last_name,
  birthYear: row.birth_year,
  category: row.category,
  postcode: row.postcode,
  town: row.town,
  homeLocationId: row.home_location_id,
  blocked: row.blocked_at !== null,
})

type AccessLogRow = Awaited<ReturnType<typeof listAccessLog>>['rows'][number]

export const toAccessLogEntry = (row: AccessLogRow) => ({
  id: row.id,
  at: row.at,
  action: row.action,
  detail: row.detail,
  locationId: row.location_id,
  staffUser: { id: row.staff_user_id, username: row.username, displayName: row.display_name },
})

export const toPatronCategory = (row: PatronCategoryRow) => ({
  code: row.code,
  nameNl: row.name_nl,
  nameEn: row.name_en,
  minAge: row.min_age,
  maxAge: row.max_age,
})
