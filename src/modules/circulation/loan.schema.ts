import { type Static, Type } from '@fastify/type-provider-typebox'
import { DateTime, IsoDate, Nullable, StringEnum } from '../../http/schemas.js'
import { transitReasons } from '../logistics/transit.tables.js'
import { movementKinds } from './item-movements.js'

const Barcode = Type.String({ pattern: '^[0-9A-Za-z-]{4,32}$', description: 'item barcode' })
const CardNumber = Type.String({ pattern: '^[0-9A-Za-z]{6,20}$', description: 'library card number' })
const LocationId = Type.String({ minLength: 2, maxLength: 60, description: 'defaults to the location of the session' })

export const CheckOutBody = Type.Object(
  { itemBarcode: Barcode, cardNumber: CardNumber, locationId: Type.Optional(LocationId) },
  { additionalProperties: false },
)
export type CheckOutBody = Static<typeof CheckOutBody>

export const CheckInBody = Type.Object({ itemBarcode: Barcode, locationId: Type.Optional(LocationId) }, { additionalProperties: false })
export type CheckInBody = Static<typeof CheckInBody>

export const RenewBody = Type.Union([
  Type.Object({ loanId: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
  Type.Object({ itemBarcode: Barcode }, { additionalProperties: false }),
])
export type RenewBody = Static<typeof RenewBody>

const ItemSummary = Type.Object({
  barcode: Type.String(),
  title: Type.String(),
  format: Type.String(),
  organisationId: Type.String(),
  homeLocationId: Type.String(),
  shelfCode: Nullable(Type.String()),
})

/** What staff see of a member at the desk: eligibility always, the name only within their own organisation. */
export const DeskPatron = Type.Object({
  organisationId: Type.String(),
  category: Type.String(),
  name: Nullable(Type.String({ description: 'only for staff of the member’s own organisation' })),
})

export const CheckOutResponse = Type.Object({
  loanId: Type.Integer(),
  item: ItemSummary,
  dueOn: IsoDate,
  locationId: Type.String(),
  patron: DeskPatron,
  filledHoldId: Nullable(Type.Integer()),
})
export type CheckOutResponse = Static<typeof CheckOutResponse>

export const CheckInAnswerSchema = Type.Object({
  action: StringEnum(['hold_shelf', 'send', 'shelve'] as const),
  reason: Nullable(StringEnum(['hold', 'home', 'floating'] as const)),
  message: Type.String({ description: 'what to do, in a sentence for the routing slip' }),
  toLocationId: Nullable(Type.String()),
  toLocationName: Nullable(Type.String()),
  holdId: Nullable(Type.Integer()),
  pickupDeadline: Nullable(IsoDate),
  pickupCode: Nullable(Type.String()),
  transitId: Nullable(Type.Integer()),
})

export const CheckInResponse = Type.Object({
  item: ItemSummary,
  answer: CheckInAnswerSchema,
  loan: Nullable(Type.Object({ dueOn: IsoDate, daysLate: Type.Integer(), fineCents: Type.Integer() })),
  receivedTransit: Type.Boolean(),
  foundAgain: Type.Boolean(),
})
export type CheckInResponse = Static<typeof CheckInResponse>

export const RenewalResponse = Type.Object({
  loanId: Type.Integer(),
  dueOn: IsoDate,
  renewals: Type.Integer(),
  renewalsLeft: Type.Integer(),
})

export const LoanSchema = Type.Object({
  id: Type.Integer(),
  barcode: Type.String(),
  recordId: Type.Integer(),
  title: Type.String(),
  authors: Type.Array(Type.String()),
  format: Type.String(),
  locationId: Type.String(),
  checkedOutAt: DateTime,
  dueOn: IsoDate,
  renewals: Type.Integer(),
  overdue: Type.Boolean(),
  returnedAt: Nullable(DateTime),
})
export type Loan = Static<typeof LoanSchema>

export const LoansQuery = Type.Object({ cardNumber: CardNumber, history: Type.Optional(Type.Boolean({ default: false })) })

export const ItemStateBody = Type.Object(
  {
    itemBarcode: Barcode,
    state: StringEnum(['lost', 'missing', 'damaged', 'withdrawn', 'available'] as const),
    note: Type.Optional(Type.String({ maxLength: 500 })),
    locationId: Type.Optional(LocationId),
  },
  { additionalProperties: false },
)
export type ItemStateBody = Static<typeof ItemStateBody>

export const ItemStateResponse = Type.Object({
  barcode: Type.String(),
  status: Type.String(),
  closedLoan: Type.Boolean(),
  chargedCents: Type.Integer(),
})

export const MovementSchema = Type.Object(
  {
    at: DateTime,
    kind: StringEnum(movementKinds),
    locationId: Type.String(),
    toLocationId: Nullable(Type.String({ description: 'transits: where the copy was sent' })),
    transitReason: Nullable(StringEnum(transitReasons)),
  },
  { additionalProperties: false, description: 'where and when; never which member' },
)
