import { type Static, Type } from '@fastify/type-provider-typebox'
import { Nullable, StringEnum } from '../../http/schemas.js'
import { staffRoles } from './access.tables.js'

export const StaffSignInBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 40 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
    locationId: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  },
  { additionalProperties: false },
)

export const PatronSignInBody = Type.Object(
  {
    cardNumber: Type.String({ minLength: 1, maxLength: 20 }),
    pin: Type.String({ minLength: 1, maxLength: 20 }),
  },
  { additionalProperties: false },
)

export const ChooseLocationBody = Type.Object({ locationId: Type.String({ minLength: 1, maxLength: 60 }) }, { additionalProperties: false })

export const ActorSchema = Type.Union([
  Type.Object({ kind: Type.Literal('anonymous') }),
  Type.Object({ kind: Type.Literal('patron'), patronId: Type.Integer(), organisationId: Type.String() }),
  Type.Object({
    kind: Type.Literal('staff'),
    staffUserId: Type.Integer(),
    username: Type.String(),
    role: StringEnum(staffRoles),
    organisationId: Nullable(Type.String()),
    municipalityCode: Nullable(Type.String()),
    locationIds: Type.Array(Type.String()),
    currentLocationId: Nullable(Type.String()),
  }),
])
export type ActorResponse = Static<typeof ActorSchema>
