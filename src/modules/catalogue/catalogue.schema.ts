import { type Static, Type } from '@fastify/type-provider-typebox'
import { IsoDate, Nullable, StringEnum } from '../../http/schemas.js'
import { audiences, recordFormats } from './record-fields.js'

export const itemStatuses = [
  'available',
  'on_loan',
  'in_transit',
  'on_hold_shelf',
  'lost',
  'missing',
  'damaged',
  'withdrawn',
  'in_processing',
] as const
/** Statuses a cataloguer may set; the others belong to circulation and logistics. */
export const cataloguingStatuses = ['available', 'in_processing', 'lost', 'missing', 'damaged', 'withdrawn'] as const

const Language = Type.String({ pattern: '^[a-z]{3}$', description: 'MARC language code, e.g. dut, eng, ger, fry' })
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max })

export const RecordSchema = Type.Object({
  id: Type.Integer(),
  workId: Nullable(Type.Integer()),
  controlNumber: Nullable(Type.String()),
  title: Type.String(),
  subtitle: Nullable(Type.String()),
  authors: Type.Array(Type.String()),
  isbns: Type.Array(Type.String({ description: 'ISBN-13' })),
  publisher: Nullable(Type.String()),
  year: Nullable(Type.Integer()),
  language: Type.String(),
  format: StringEnum(recordFormats),
  audience: StringEnum(audiences),
  fiction: Type.Boolean(),
  subjects: Type.Array(Type.String()),
  series: Nullable(Type.String()),
  seriesNumber: Nullable(Type.String()),
  onlineUrl: Nullable(Type.String()),
})
export type CatalogueRecord = Static<typeof RecordSchema>

const recordFields = {
  controlNumber: Type.Optional(Nullable(Text(60))),
  title: Text(1000),
  subtitle: Type.Optional(Nullable(Text(1000))),
  authors: Type.Optional(Type.Array(Text(200), { maxItems: 50 })),
  isbns: Type.Optional(Type.Array(Type.String({ pattern: '^[0-9Xx -]{10,17}$' }), { maxItems: 20, description: 'ISBN-10 or -13' })),
  publisher: Type.Optional(Nullable(Text(200))),
  year: Type.Optional(Nullable(Type.Integer({ minimum: 1000, maximum: 2200 }))),
  language: Type.Optional(Language),
  format: StringEnum(recordFormats),
  audience: StringEnum(audiences),
  fiction: Type.Boolean(),
  subjects: Type.Optional(Type.Array(Text(200), { maxItems: 50 })),
  series: Type.Optional(Nullable(Text(300))),
  seriesNumber: Type.Optional(Nullable(Text(20))),
  onlineUrl: Type.Optional(Nullable(Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 }))),
}
export const CreateRecordBody = Type.Object(recordFields, { additionalProperties: false })
export type CreateRecord = Static<typeof CreateRecordBody>
export const UpdateRecordBody = Type.Partial(Type.Object(recordFields), { additionalProperties: false, minProperties: 1 })
export type UpdateRecord = Static<typeof UpdateRecordBody>

export const RecordQuery = Type.Object({
  isbn: Type.Optional(Type.String({ pattern: '^[0-9Xx -]{10,17}$' })),
  controlNumber: Type.Optional(Text(60)),
  workId: Type.Optional(Type.Integer({ minimum: 1 })),
  format: Type.Optional(StringEnum(recordFormats)),
})

export const ItemSchema = Type.Object({
  id: Type.Integer(),
  barcode: Type.String(),
  recordId: Type.Integer(),
  organisationId: Type.String(),
  homeLocationId: Type.String(),
  currentLocationId: Type.String(),
  shelfCode: Nullable(Type.String()),
  collection: Type.String(),
  status: StringEnum(itemStatuses),
  acquiredOn: Type.String(),
  priceCents: Nullable(Type.Integer()),
})
export type Item = Static<typeof ItemSchema>

const Barcode = Type.String({ pattern: '^[0-9A-Za-z-]{4,32}$', description: '4–32 letters, digits or dashes' })
const itemFields = {
  homeLocationId: Text(60),
  shelfCode: Type.Optional(Nullable(Text(60))),
  collection: Type.Optional(Type.String({ pattern: '^[a-z0-9_-]{1,30}$' })),
  status: Type.Optional(StringEnum(cataloguingStatuses)),
  acquiredOn: Type.Optional(IsoDate),
  priceCents: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 10_000_000 }))),
}
export const CreateItemBody = Type.Object(
  { barcode: Barcode, recordId: Type.Integer({ minimum: 1 }), ...itemFields },
  { additionalProperties: false },
)
export type CreateItem = Static<typeof CreateItemBody>
export const UpdateItemBody = Type.Partial(Type.Object(itemFields), { additionalProperties: false, minProperties: 1 })
export type UpdateItem = Static<typeof UpdateItemBody>

export const ItemQuery = Type.Object({
  recordId: Type.Optional(Type.Integer({ minimum: 1 })),
  organisationId: Type.Optional(Text(40)),
  locationId: Type.Optional(Type.String({ maxLength: 60, description: 'where the copies are now' })),
  status: Type.Optional(StringEnum(itemStatuses)),
})
export const BarcodeParams = Type.Object({ barcode: Barcode })

export const LocationAvailabilitySchema = Type.Object({
  locationId: Type.String(),
  locationName: Type.String(),
  organisationId: Type.String(),
  available: Type.Integer(),
  copies: Type.Integer(),
  shelfCodes: Type.Array(Type.String()),
})
export const EditionSchema = Type.Object({
  record: RecordSchema,
  copies: Type.Integer(),
  available: Type.Integer(),
  locations: Type.Array(LocationAvailabilitySchema, { description: 'where copies are now, most available first' }),
  online: Nullable(Type.Object({ url: Type.String(), qrCode: Type.String({ description: 'URL of an SVG QR code for the link' }) })),
})
export type Edition = Static<typeof EditionSchema>
export const WorkSchema = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  author: Nullable(Type.String()),
  formats: Type.Array(Type.String()),
  editions: Type.Array(EditionSchema),
})
export type Work = Static<typeof WorkSchema>
