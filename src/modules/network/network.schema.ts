import { type Static, Type } from '@fastify/type-provider-typebox'
import { Nullable, Slug, StringEnum, Time } from '../../http/schemas.js'

export const locationTypes = ['branch', 'service_point', 'mobile_library', 'school_library', 'pickup_locker', 'office'] as const
export const accessibilityFeatures = [
  'step_free_entrance',
  'lift',
  'accessible_toilet',
  'hearing_loop',
  'disabled_parking',
  'low_shelves',
  'reading_aids',
  'quiet_space',
] as const

export const OrganisationSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  shortName: Type.String(),
  kind: StringEnum(['library', 'support'] as const, { description: "'support' is the POI" }),
  website: Nullable(Type.String()),
})
export type Organisation = Static<typeof OrganisationSchema>

export const UpdateOrganisationBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    shortName: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    website: Type.Optional(Nullable(Type.String({ format: 'uri', maxLength: 300 }))),
  },
  { additionalProperties: false, minProperties: 1 },
)

export const MunicipalitySchema = Type.Object({
  code: Type.String({ description: 'CBS code, e.g. GM0106' }),
  name: Type.String(),
  seat: Nullable(Type.String()),
  organisationId: Nullable(Type.String()),
  population: Nullable(Type.Integer()),
  populationDate: Nullable(Type.String()),
  areaKm2: Nullable(Type.Number()),
  centroid: Nullable(Type.Object({ latitude: Type.Number(), longitude: Type.Number() })),
})
export type Municipality = Static<typeof MunicipalitySchema>

export const PlaceSchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  municipalityCode: Type.String(),
  latitude: Type.Number(),
  longitude: Type.Number(),
  population: Nullable(Type.Integer()),
})
export type Place = Static<typeof PlaceSchema>

export const PlaceQuery = Type.Object({
  municipalityCode: Type.Optional(Type.String({ pattern: '^GM[0-9]{4}$' })),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'start of the place name' })),
})

const DaySpanSchema = Type.Object(
  { weekday: Type.Integer({ minimum: 1, maximum: 7, description: '1 = Monday' }), opens: Time, closes: Time },
  { additionalProperties: false },
)
export const WeekHoursSchema = Type.Object(
  {
    staffed: Type.Array(DaySpanSchema, { maxItems: 21 }),
    selfService: Type.Array(DaySpanSchema, { maxItems: 21, description: 'Open+ hours without staff' }),
  },
  { additionalProperties: false },
)

export const LocationSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  organisationId: Type.String(),
  type: StringEnum(locationTypes),
  town: Type.String(),
  municipalityCode: Type.String(),
  streetAddress: Nullable(Type.String()),
  postcode: Nullable(Type.String()),
  latitude: Type.Number(),
  longitude: Type.Number(),
  pickupAllowed: Type.Boolean(),
  public: Type.Boolean(),
  accessibility: Type.Array(StringEnum(accessibilityFeatures)),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  note: Nullable(Type.String()),
  hours: WeekHoursSchema,
})
export type Location = Static<typeof LocationSchema>

const locationFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  type: StringEnum(locationTypes),
  town: Type.String({ minLength: 1, maxLength: 100 }),
  municipalityCode: Type.String({ pattern: '^GM[0-9]{4}$' }),
  streetAddress: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  postcode: Type.Optional(Nullable(Type.String({ pattern: '^[1-9][0-9]{3} ?[A-Z]{2}$', description: 'Dutch postcode, 1234 AB' }))),
  latitude: Type.Number({ minimum: -90, maximum: 90 }),
  longitude: Type.Number({ minimum: -180, maximum: 180 }),
  pickupAllowed: Type.Optional(Type.Boolean()),
  public: Type.Optional(Type.Boolean()),
  accessibility: Type.Optional(Type.Array(StringEnum(accessibilityFeatures), { uniqueItems: true })),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 200 }))),
  note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
}

export const CreateLocationBody = Type.Object(
  { id: Slug, organisationId: Type.String({ minLength: 1, maxLength: 40 }), ...locationFields, hours: Type.Optional(WeekHoursSchema) },
  { additionalProperties: false },
)
export type CreateLocation = Static<typeof CreateLocationBody>

export const UpdateLocationBody = Type.Partial(Type.Object(locationFields), { additionalProperties: false, minProperties: 1 })
export type UpdateLocation = Static<typeof UpdateLocationBody>

export const LocationQuery = Type.Object({
  organisationId: Type.Optional(Type.String({ maxLength: 40 })),
  municipalityCode: Type.Optional(Type.String({ pattern: '^GM[0-9]{4}$' })),
  type: Type.Optional(StringEnum(locationTypes)),
  pickupAllowed: Type.Optional(Type.Boolean()),
})

export const ClosedDaySchema = Type.Object({
  id: Type.Integer(),
  locationId: Nullable(Type.String({ description: 'null: the whole network is closed' })),
  date: Type.String({ format: 'date' }),
  reason: Type.String(),
})
export type ClosedDay = Static<typeof ClosedDaySchema>

export const ClosedDayBody = Type.Object(
  { date: Type.String({ format: 'date' }), reason: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
)

export const DateRangeQuery = Type.Object({
  from: Type.Optional(Type.String({ format: 'date' })),
  to: Type.Optional(Type.String({ format: 'date' })),
})
