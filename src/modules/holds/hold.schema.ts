import { type Static, Type } from '@fastify/type-provider-typebox'
import { DateTime, IsoDate, Nullable, StringEnum } from '../../http/schemas.js'
import { holdStatuses, nationalIblStatuses, targetTiers } from './holds.tables.js'

export const holdStages = ['placed', 'copy_chosen', 'pulled', 'in_van', 'ready', 'fulfilled', 'cancelled', 'expired'] as const
export type HoldStage = (typeof holdStages)[number]

export const PlaceHoldBody = Type.Object(
  {
    cardNumber: Type.Optional(Type.String({ pattern: '^[0-9A-Za-z]{6,20}$', description: 'staff only: whose hold' })),
    recordId: Type.Optional(Type.Integer({ minimum: 1, description: 'a title-level hold on this record' })),
    itemBarcode: Type.Optional(Type.String({ pattern: '^[0-9A-Za-z-]{4,32}$', description: 'an item-level hold on this copy' })),
    pickupLocationId: Type.String({ minLength: 2, maxLength: 60 }),
    anyEdition: Type.Optional(Type.Boolean({ description: 'title level: any edition of the work in the same format (default true)' })),
    expiresOn: Type.Optional(IsoDate),
    confirmIbl: Type.Optional(Type.Boolean({ description: 'go ahead with IBL although an e-book or audiobook exists' })),
  },
  { additionalProperties: false },
)
export type PlaceHoldBody = Static<typeof PlaceHoldBody>

const TargetReasonSchema = Type.Object(
  {
    tier: Nullable(StringEnum(targetTiers)),
    summary: Type.String(),
    eligible: Type.Integer(),
    available: Type.Integer(),
    tied: Type.Integer(),
    tieBreak: Nullable(Type.String()),
    excluded: Type.Record(Type.String(), Type.Integer()),
    chosen: Nullable(
      Type.Object({
        itemId: Type.Integer(),
        barcode: Type.String(),
        locationId: Type.String(),
        organisationId: Type.String(),
        km: Type.Number(),
        minutes: Type.Number(),
        euros: Type.Number(),
      }),
    ),
  },
  { description: 'why this copy was chosen (staff only)' },
)

export const HoldSchema = Type.Object({
  id: Type.Integer(),
  level: StringEnum(['title', 'item'] as const),
  recordId: Type.Integer(),
  title: Type.String(),
  authors: Type.Array(Type.String()),
  format: Type.String(),
  pickupLocationId: Type.String(),
  status: StringEnum(holdStatuses),
  stage: StringEnum(holdStages, { description: 'placed → copy_chosen → pulled → in_van → ready' }),
  placedAt: DateTime,
  expiresOn: IsoDate,
  suspendedUntil: Nullable(IsoDate),
  queuePosition: Nullable(Type.Integer()),
  pickupDeadline: Nullable(IsoDate),
  pickupCode: Nullable(Type.String()),
  canCancel: Type.Boolean(),
  ibl: Nullable(StringEnum(targetTiers)),
  staff: Type.Optional(
    Type.Object({
      patronOrganisationId: Type.String(),
      targetBarcode: Nullable(Type.String()),
      targetLocationId: Nullable(Type.String()),
      targetShelfCode: Nullable(Type.String()),
      targetReason: Nullable(TargetReasonSchema),
      hopelessSince: Nullable(DateTime),
      transitId: Nullable(Type.Integer()),
    }),
  ),
})
export type Hold = Static<typeof HoldSchema>

export const PlaceHoldResponse = Type.Object({
  hold: HoldSchema,
  expectedFeeCents: Type.Integer(),
  digitalAlternatives: Type.Array(
    Type.Object({ recordId: Type.Integer(), title: Type.String(), format: Type.String(), onlineUrl: Nullable(Type.String()) }),
  ),
})

export const HoldFeeQuery = Type.Object({ recordId: Type.Integer({ minimum: 1 }) })
export const HoldFeeQuoteSchema = Type.Object(
  {
    ownLibraryCents: Type.Integer({ description: 'when a copy of my own organisation fills it' }),
    provincialCents: Type.Integer({ description: 'when it comes from another organisation in the network' }),
    nationalCents: Type.Integer({ description: 'when it comes from outside the network' }),
  },
  { description: 'which one applies is known once a copy is chosen; the placed hold says it (expectedFeeCents)' },
)

export const SuspendBody = Type.Object({ until: Nullable(IsoDate) }, { additionalProperties: false })

export const PullListEntry = Type.Object({
  holdId: Type.Integer(),
  barcode: Type.String(),
  shelfCode: Nullable(Type.String()),
  title: Type.String(),
  authors: Type.Array(Type.String()),
  pickupLocationId: Type.String(),
  tier: Nullable(StringEnum(targetTiers)),
  targetedAt: Nullable(DateTime),
  reason: Type.String(),
})

export const HoldShelfEntry = Type.Object({
  holdId: Nullable(Type.Integer()),
  barcode: Type.String(),
  title: Type.String(),
  pickupCode: Nullable(Type.String()),
  readyAt: Nullable(DateTime),
  pickupDeadline: Nullable(IsoDate),
  expired: Type.Boolean({ description: 'past its deadline or no longer wanted: check it in to route it on' }),
  afterDeadline: StringEnum(['next_member', 'return_home', 'stay_here'] as const),
})

export const HopelessEntry = Type.Object({
  holdId: Type.Integer(),
  recordId: Type.Integer(),
  title: Type.String(),
  format: Type.String(),
  pickupLocationId: Type.String(),
  patronOrganisationId: Type.String(),
  placedAt: DateTime,
  hopelessSince: DateTime,
  reason: Type.String(),
})

export const TargetingRunResponse = Type.Object({
  holds: Type.Integer(),
  targeted: Type.Integer(),
  waiting: Type.Integer(),
  national: Type.Integer(),
  hopeless: Type.Integer(),
  seconds: Type.Number(),
})

export const NationalRequestSchema = Type.Object({
  id: Type.Integer(),
  holdId: Type.Integer(),
  requestingAgencyRequestId: Type.String(),
  requestingAgencyId: Type.String(),
  status: StringEnum(nationalIblStatuses),
  supplyingAgencyId: Nullable(Type.String()),
  pickupLocationId: Type.String(),
  recordId: Type.Integer(),
  createdAt: DateTime,
  updatedAt: DateTime,
})

export const NationalStatusBody = Type.Object(
  {
    status: StringEnum(nationalIblStatuses),
    note: Type.Optional(Type.String({ maxLength: 500 })),
    supplyingAgencyId: Type.Optional(Type.String({ maxLength: 60 })),
  },
  { additionalProperties: false },
)
