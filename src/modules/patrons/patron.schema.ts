import { type Static, Type } from '@fastify/type-provider-typebox'
import { DateTime, IsoDate, Nullable, StringEnum } from '../../http/schemas.js'

const languages = ['nl', 'en'] as const
const Name = Type.String({ minLength: 1, maxLength: 100 })
const Pin = Type.String({ pattern: '^[0-9]{4,8}$', description: '4 to 8 digits' })
const CardNumber = (description: string) =>
  Type.String({ pattern: '^2[0-9]{13}$', description: `14 digits (2, the organisation's prefix, a serial, a check digit): ${description}` })
const MunicipalityCode = Nullable(Type.String({ pattern: '^GM[0-9]{4}$', description: 'CBS code; null when living outside the province' }))
const Reason = Type.String({ minLength: 3, maxLength: 500 })

/** The contact fields staff and the member themselves may change. */
const contactFields = {
  email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 200 }))),
  phone: Type.Optional(Nullable(Type.String({ pattern: '^\\+?[0-9][0-9 ()-]{5,19}$', description: 'digits, spaces, ( ) and -' }))),
  streetAddress: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200 }))),
  postcode: Type.Optional(Nullable(Type.String({ minLength: 4, maxLength: 10 }))),
  town: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 100 }))),
  preferredLanguage: Type.Optional(StringEnum(languages)),
  keepHistory: Type.Optional(Type.Boolean({ description: 'keep the list of returned loans (off unless the member chooses it)' })),
}

export const AccommodationsSchema = Type.Object(
  {
    extraLoans: Type.Integer({ minimum: 0, maximum: 100, description: 'loans on top of the category’s maximum' }),
    extraLoanDays: Type.Integer({ minimum: 0, maximum: 365, description: 'days on top of every loan period' }),
    note: Nullable(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
)
export type Accommodations = Static<typeof AccommodationsSchema>

export const PatronSchema = Type.Object({
  id: Type.Integer(),
  organisationId: Type.String(),
  cardNumber: Type.String(),
  firstName: Type.String(),
  lastName: Type.String(),
  birthYear: Type.Integer(),
  category: Type.String(),
  municipalityCode: Nullable(Type.String()),
  homeLocationId: Type.String(),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  streetAddress: Nullable(Type.String()),
  postcode: Nullable(Type.String()),
  town: Nullable(Type.String()),
  preferredLanguage: StringEnum(languages),
  keepHistory: Type.Boolean(),
  accommodations: AccommodationsSchema,
  blocked: Nullable(Type.Object({ reason: Type.String(), since: DateTime })),
  expiresOn: Nullable(IsoDate),
  createdAt: DateTime,
})
export type Patron = Static<typeof PatronSchema>

/** What a search shows: enough to tell members apart, no contact details or accommodations. */
export const PatronListItemSchema = Type.Object({
  id: Type.Integer(),
  cardNumber: Type.String(),
  firstName: Type.String(),
  lastName: Type.String(),
  birthYear: Type.Integer(),
  category: Type.String(),
  postcode: Nullable(Type.String()),
  town: Nullable(Type.String()),
  homeLocationId: Type.String(),
  blocked: Type.Boolean(),
})
export type PatronListItem = Static<typeof PatronListItemSchema>

export const PatronQuery = Type.Object({
  name: Type.Optional(Type.String({ minLength: 2, maxLength: 100, description: 'words that start words of the name' })),
  cardNumber: Type.Optional(Type.String({ minLength: 6, maxLength: 20 })),
  postcode: Type.Optional(Type.String({ minLength: 4, maxLength: 10, description: 'a postcode or its first part' })),
  blocked: Type.Optional(Type.Boolean()),
})
export type PatronQuery = Static<typeof PatronQuery>

export const RegisterPatronBody = Type.Object(
  {
    cardNumber: Type.Optional(CardNumber('a pre-printed card; generated when left out')),
    pin: Pin,
    firstName: Name,
    lastName: Name,
    birthYear: Type.Integer({ minimum: 1900, maximum: 2100 }),
    municipalityCode: MunicipalityCode,
    homeLocationId: Type.Optional(Type.String({ minLength: 1, maxLength: 60, description: 'default: the desk’s location' })),
    category: Type.Optional(Type.String({ minLength: 2, maxLength: 30, description: 'default: youth or adult by age' })),
    expiresOn: Type.Optional(Nullable(IsoDate)),
    ...contactFields,
  },
  { additionalProperties: false },
)
export type RegisterPatron = Static<typeof RegisterPatronBody>

export const UpdatePatronBody = Type.Object(
  {
    cardNumber: Type.Optional(CardNumber('a new card, e.g. for a lost one')),
    firstName: Type.Optional(Name),
    lastName: Type.Optional(Name),
    birthYear: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2100 })),
    municipalityCode: Type.Optional(MunicipalityCode),
    homeLocationId: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    category: Type.Optional(Type.String({ minLength: 2, maxLength: 30 })),
    expiresOn: Type.Optional(Nullable(IsoDate)),
    ...contactFields,
  },
  { additionalProperties: false, minProperties: 1 },
)
export type UpdatePatron = Static<typeof UpdatePatronBody>

export const UpdateOwnAccountBody = Type.Object(contactFields, { additionalProperties: false, minProperties: 1 })
export type UpdateOwnAccount = Static<typeof UpdateOwnAccountBody>

export const ReasonBody = Type.Object({ reason: Reason }, { additionalProperties: false })
export const SetPinBody = Type.Object({ pin: Pin }, { additionalProperties: false })
export const ChangePinBody = Type.Object(
  { currentPin: Type.String({ minLength: 1, maxLength: 20 }), newPin: Pin },
  { additionalProperties: false },
)

export const AccessLogEntrySchema = Type.Object({
  id: Type.Integer(),
  at: DateTime,
  action: StringEnum(['read', 'search', 'create', 'update', 'erase'] as const),
  detail: Nullable(Type.String()),
  locationId: Nullable(Type.String()),
  staffUser: Type.Object({ id: Type.Integer(), username: Type.String(), displayName: Type.String() }),
})

export const PatronCategorySchema = Type.Object({
  code: Type.String(),
  nameNl: Type.String(),
  nameEn: Type.String(),
  minAge: Nullable(Type.Integer()),
  maxAge: Nullable(Type.Integer()),
})

export const ErasedSchema = Type.Object({ id: Type.Integer(), erasedAt: DateTime })
