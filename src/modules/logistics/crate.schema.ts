import { type Static, Type } from '@fastify/type-provider-typebox'
import { DateTime, IsoDate, Nullable, Slug, StringEnum } from '../../http/schemas.js'
import { CheckInResponse } from '../circulation/loan.schema.js'
import { crateStatuses } from './crate.tables.js'
import { transitReasons } from './transit.tables.js'

const Barcodes = Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { minItems: 1, maxItems: 500 })
export const CrateCode = Type.String({ pattern: '^[A-Z0-9][A-Z0-9-]{2,39}$', description: 'the code on the crate label, e.g. K000042' })
export const CrateParams = Type.Object({ code: CrateCode })

export const PackBody = Type.Object(
  {
    locationId: Type.Optional(Slug),
    toLocationId: Slug,
    itemBarcodes: Barcodes,
    code: Type.Optional(CrateCode),
    label: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    runDate: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
)
export type PackBody = Static<typeof PackBody>

export const SendBody = Type.Object({ runDate: Type.Optional(IsoDate) }, { additionalProperties: false })
export const ReceiveBody = Type.Object(
  { locationId: Type.Optional(Slug), itemBarcodes: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 500 }) },
  { additionalProperties: false },
)

const Place = Type.Object({ id: Type.String(), name: Type.String() })
export const CrateManifestSchema = Type.Object({
  code: Type.String(),
  label: Nullable(Type.String()),
  from: Place,
  to: Place,
  status: StringEnum(crateStatuses),
  runDate: Nullable(IsoDate),
  packedAt: DateTime,
  sentAt: Nullable(DateTime),
  receivedAt: Nullable(DateTime),
  items: Type.Array(
    Type.Object({
      barcode: Type.String(),
      title: Type.String(),
      author: Nullable(Type.String()),
      shelfCode: Nullable(Type.String()),
      reason: StringEnum(transitReasons),
      holdId: Nullable(Type.Integer()),
      received: Type.Boolean(),
    }),
  ),
})

export const StopManifestSchema = Type.Object({
  location: Place,
  runDate: IsoDate,
  crates: Type.Array(CrateManifestSchema),
  totalCrates: Type.Integer(),
  totalItems: Type.Integer(),
})

export const ReceiptSchema = Type.Object({
  crate: CrateManifestSchema,
  checkedIn: Type.Array(CheckInResponse),
  missing: Type.Array(Type.Object({ barcode: Type.String(), title: Type.String() })),
  unexpected: Type.Array(Type.String()),
})

export const CratesQuery = Type.Object({
  fromLocationId: Type.Optional(Slug),
  toLocationId: Type.Optional(Slug),
  status: Type.Optional(StringEnum(crateStatuses)),
  runDate: Type.Optional(IsoDate),
})

export const ToPackSchema = Type.Array(
  Type.Object({
    toLocationId: Type.String(),
    toLocationName: Type.String(),
    items: Type.Array(Type.Object({ barcode: Type.String(), title: Type.String(), reason: StringEnum(transitReasons), since: DateTime })),
  }),
)

export type CrateManifestResponse = Static<typeof CrateManifestSchema>
export type StopManifestResponse = Static<typeof StopManifestSchema>
