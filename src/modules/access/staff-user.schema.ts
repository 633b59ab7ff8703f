import { type Static, Type } from '@fastify/type-provider-typebox'
import { Nullable, StringEnum } from '../../http/schemas.js'
import { staffRoles } from './access.tables.js'

const Username = Type.String({ pattern: '^[a-z0-9._-]{3,40}$', description: '3–40 lowercase letters, digits, dot, dash' })
const Password = Type.String({ minLength: 10, maxLength: 200, description: 'at least 10 characters' })
const LocationIds = Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 100, uniqueItems: true })

export const StaffUserSchema = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  role: StringEnum(staffRoles),
  organisationId: Nullable(Type.String()),
  municipalityCode: Nullable(Type.String()),
  locationIds: Type.Array(Type.String()),
  active: Type.Boolean(),
})
export type StaffUser = Static<typeof StaffUserSchema>

export const CreateStaffUserBody = Type.Object(
  {
    username: Username,
    password: Password,
    displayName: Type.String({ minLength: 1, maxLength: 100 }),
    role: StringEnum(staffRoles),
    organisationId: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 40 }))),
    municipalityCode: Type.Optional(Nullable(Type.String({ pattern: '^GM[0-9]{4}$' }))),
    locationIds: Type.Optional(LocationIds),
  },
  { additionalProperties: false },
)
export type CreateStaffUser = Static<typeof CreateStaffUserBody>

export const UpdateStaffUserBody = Type.Object(
  {
    password: Type.Optional(Password),
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    role: Type.Optional(StringEnum(staffRoles)),
    active: Type.Optional(Type.Boolean()),
    locationIds: Type.Optional(LocationIds),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type UpdateStaffUser = Static<typeof UpdateStaffUserBody>

export const StaffUserQuery = Type.Object({
  organisationId: Type.Optional(Type.String({ maxLength: 40 })),
  role: Type.Optional(StringEnum(staffRoles)),
})
