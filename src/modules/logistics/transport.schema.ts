import { type Static, Type } from '@fastify/type-provider-typebox'
import { DateTime, Nullable, Slug, StringEnum, Time } from '../../http/schemas.js'
import { WeekPlanSchema } from './planner/week-plan.schema.js'

const Fuel = StringEnum(['diesel', 'electric'] as const)
const ShortId = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,39}$', description: 'a short lowercase id, e.g. bus-1' })

export const DepotSchema = Type.Object({ id: Type.String(), name: Type.String(), locationId: Type.String() })
export type Depot = Static<typeof DepotSchema>

export const CreateDepotBody = Type.Object(
  { id: ShortId, name: Type.String({ minLength: 1, maxLength: 200 }), locationId: Slug },
  { additionalProperties: false },
)
export const UpdateDepotBody = Type.Partial(Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }), locationId: Slug }), {
  additionalProperties: false,
  minProperties: 1,
})

const vanFields = {
  name: Type.String({ minLength: 1, maxLength: 100 }),
  depotId: ShortId,
  capacityCrates: Type.Integer({ minimum: 1, maximum: 1000 }),
  shiftStart: Time,
  shiftMinutes: Type.Integer({ minimum: 60, maximum: 720, description: 'the longest a route may take, depot to depot' }),
  averageSpeedKmh: Type.Number({ minimum: 10, maximum: 130 }),
  fuel: Fuel,
  energyPerKm: Type.Number({ exclusiveMinimum: 0, maximum: 5, description: 'litres of diesel or kWh per km' }),
  co2KgPerKm: Type.Number({ minimum: 0, maximum: 5, description: 'well-to-wheel kg CO2 per km' }),
  active: Type.Boolean(),
}

export const VanSchema = Type.Object({ id: Type.String(), ...vanFields })
export type Van = Static<typeof VanSchema>

export const CreateVanBody = Type.Object(
  {
    id: ShortId,
    name: vanFields.name,
    depotId: vanFields.depotId,
    capacityCrates: vanFields.capacityCrates,
    fuel: vanFields.fuel,
    shiftStart: Type.Optional(vanFields.shiftStart),
    shiftMinutes: Type.Optional(vanFields.shiftMinutes),
    averageSpeedKmh: Type.Optional(vanFields.averageSpeedKmh),
    energyPerKm: Type.Optional({ ...vanFields.energyPerKm, description: 'default: the reference figure for the fuel' }),
    co2KgPerKm: Type.Optional({ ...vanFields.co2KgPerKm, description: 'default: the reference figure for the fuel' }),
    active: Type.Optional(vanFields.active),
  },
  { additionalProperties: false },
)
export type CreateVan = Static<typeof CreateVanBody>
export const UpdateVanBody = Type.Partial(Type.Object(vanFields), { additionalProperties: false, minProperties: 1 })
export type UpdateVan = Static<typeof UpdateVanBody>

const Weekday = Type.Integer({ minimum: 1, maximum: 7, description: '1 = Monday' })
const WindowKind = StringEnum(['opening_hours', 'key_access'] as const, {
  description: "'opening_hours': while open (staffed or Open+); 'key_access': the driver has a key",
})

export const LocationTransportSchema = Type.Object({
  locationId: Type.String(),
  name: Type.String(),
  visitsPerWeek: Type.Integer(),
  weekdays: Type.Array(Weekday),
  deliveryWindow: WindowKind,
  serviceMinutes: Type.Integer(),
  cratesPerVisit: Type.Integer(),
  cratesEstimated: Type.Boolean({ description: 'true: estimated from the location (later: its transit volume)' }),
  windows: Type.Array(Type.Object({ weekday: Weekday, opens: Time, closes: Time })),
  note: Nullable(Type.String()),
})
export type LocationTransport = Static<typeof LocationTransportSchema>

export const UpdateLocationTransportBody = Type.Partial(
  Type.Object({
    visitsPerWeek: Type.Integer({ minimum: 0, maximum: 5 }),
    weekdays: Type.Array(Weekday, { minItems: 1, maxItems: 7, uniqueItems: true }),
    deliveryWindow: WindowKind,
    serviceMinutes: Type.Integer({ minimum: 1, maximum: 120 }),
    // null first: with type coercion on, Ajv would otherwise turn a null into 0 or ''
    cratesPerVisit: Nullable(Type.Integer({ minimum: 0, maximum: 500, description: 'null: estimate it' })),
    note: Nullable(Type.String({ maxLength: 500 })),
  }),
  { additionalProperties: false, minProperties: 1 },
)
export type UpdateLocationTransport = Static<typeof UpdateLocationTransportBody>

export const MatrixSummarySchema = Type.Object({
  pairs: Type.Integer({ description: 'ordered location pairs with a distance and time' }),
})

export const PlanRequestBody = Type.Object(
  {
    vans: Type.Optional(Type.Integer({ minimum: 1, maximum: 10, description: 'what if: plan with this many vans' })),
    electric: Type.Optional(Type.Boolean({ description: 'what if: every van electric' })),
    visits: Type.Optional(Type.Integer({ minimum: 1, maximum: 5, description: 'what if: every location this many visits a week' })),
    distances: Type.Optional(
      StringEnum(['estimate', 'matrix'] as const, {
        default: 'estimate',
        description: 'great-circle × road factor, or the imported matrix',
      }),
    ),
    roadFactor: Type.Optional(
      Type.Number({ minimum: 1, maximum: 2, description: 'road km per great-circle km for the estimate (default 1.3)' }),
    ),
    seconds: Type.Optional(Type.Number({ minimum: 1, maximum: 60, default: 8, description: 'time limit for the solver' })),
    seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 2 ** 31 - 1, default: 1 })),
  },
  { additionalProperties: false },
)
export type PlanRequest = Static<typeof PlanRequestBody>

export const PlanSchema = Type.Object({
  id: Type.Integer(),
  status: StringEnum(['running', 'done', 'failed'] as const),
  parameters: PlanRequestBody,
  error: Nullable(Type.String()),
  createdAt: DateTime,
  finishedAt: Nullable(DateTime),
  adoptedAt: Nullable(DateTime),
  result: Type.Optional(WeekPlanSchema),
})
export type Plan = Static<typeof PlanSchema>

const FloatingChoiceSchema = Type.Record(
  Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,39}$' }),
  Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 50 }),
  {
    description: 'per organisation the collections that float; "*" floats all of them',
  },
)
export const FloatingWhatIfBody = Type.Object(
  {
    weeks: Type.Optional(Type.Integer({ minimum: 1, maximum: 26, description: 'weeks of returns to replay (default 6)' })),
    seconds: Type.Optional(Type.Number({ minimum: 0.5, maximum: 30, description: 'solver time per policy (default 2)' })),
    seed: Type.Optional(Type.Integer({ minimum: 0 })),
    custom: Type.Optional(FloatingChoiceSchema),
  },
  { additionalProperties: false },
)
export const FloatingWhatIfSchema = Type.Object({
  weeks: Type.Integer(),
  since: DateTime,
  returnsAway: Type.Integer(),
  policies: Type.Array(
    Type.Object({
      policy: StringEnum(['none', 'as_configured', 'all', 'custom'] as const),
      floating: FloatingChoiceSchema,
      transits: Type.Integer(),
      transitsPerWeek: Type.Number(),
      crates: Type.Integer(),
      cratesPerWeek: Type.Number(),
      kmPerWeek: Nullable(Type.Number()),
      co2KgPerWeek: Nullable(Type.Number()),
      clashes: Type.Array(Type.String()),
    }),
  ),
})
