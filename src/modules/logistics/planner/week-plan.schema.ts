import { Type } from '@fastify/type-provider-typebox'
import { StringEnum } from '../../../http/schemas.js'

const Fuel = StringEnum(['diesel', 'electric'] as const)
const Clock = Type.String({ pattern: '^[0-9]{2}:[0-9]{2}$', description: 'HH:MM' })

const StopVisitSchema = Type.Object({
  locationId: Type.String(),
  name: Type.String(),
  arrival: Clock,
  start: Clock,
  leave: Clock,
  window: Type.String({ description: "the delivery window that day, or 'key access'" }),
  cratesOff: Type.Integer(),
  cratesOn: Type.Integer(),
  loadAfter: Type.Integer({ description: 'crates in the van when it drives on' }),
})

const Co2Schema = Type.Object(
  { van: Type.Number(), diesel: Type.Number(), electric: Type.Number() },
  { description: 'kg CO2 well-to-wheel: with the van that drives it, and were it diesel or electric' },
)

const RoutePlanSchema = Type.Object({
  van: Type.Object({ id: Type.String(), name: Type.String(), fuel: Fuel }),
  departure: Clock,
  return: Clock,
  stops: Type.Array(StopVisitSchema),
  km: Type.Number(),
  drivingMinutes: Type.Integer(),
  durationMinutes: Type.Integer(),
  maxLoad: Type.Integer(),
  co2Kg: Co2Schema,
})

const DayPlanSchema = Type.Object({
  weekday: Type.Integer({ minimum: 1, maximum: 7 }),
  day: Type.String(),
  visits: Type.Integer(),
  crates: Type.Integer(),
  km: Type.Number(),
  drivingMinutes: Type.Integer(),
  routes: Type.Array(RoutePlanSchema),
})

const NormCheckSchema = Type.Object({
  locationId: Type.String(),
  name: Type.String(),
  required: Type.Integer(),
  planned: Type.Integer(),
  weekdays: Type.Array(Type.Integer()),
  met: Type.Boolean(),
})

const ClashSchema = Type.Object({
  kind: StringEnum(['no_visit_days', 'unreachable', 'crates_exceed_van', 'day_overloaded', 'no_vans'] as const),
  locationId: Type.Optional(Type.String()),
  weekday: Type.Optional(Type.Integer()),
  message: Type.String(),
})

/** A computed week: the whole plan, or the clashes that make the week impossible. */
export const WeekPlanSchema = Type.Union([
  Type.Object({
    feasible: Type.Literal(true),
    days: Type.Array(DayPlanSchema),
    totals: Type.Object({
      km: Type.Number(),
      drivingMinutes: Type.Integer(),
      routes: Type.Integer(),
      visits: Type.Integer(),
      crates: Type.Integer(),
      co2Kg: Type.Object({ fleet: Type.Number(), allDiesel: Type.Number(), allElectric: Type.Number() }),
    }),
    norm: Type.Array(NormCheckSchema),
    normMet: Type.Boolean(),
    seconds: Type.Number(),
  }),
  Type.Object({ feasible: Type.Literal(false), clashes: Type.Array(ClashSchema), seconds: Type.Number() }),
])
