import { type Static, Type } from '@fastify/type-provider-typebox'
import { Nullable, StringEnum } from '../../http/schemas.js'
import { recordFormats } from '../catalogue/record-fields.js'
import { captureKeys, digitalAlternativePolicies } from './circulation.tables.js'

const Cents = Type.Integer({ minimum: 0, maximum: 100_000 })

const ruleFields = {
  patronCategory: Nullable(Type.String({ pattern: '^[a-z_]{2,30}$', description: 'null: any category' })),
  format: Nullable(StringEnum(recordFormats, { description: 'null: any format' })),
  collection: Nullable(Type.String({ pattern: '^[a-z0-9_-]{1,30}$', description: 'null: any collection' })),
  loanDays: Type.Integer({ minimum: 1, maximum: 365 }),
  renewals: Type.Integer({ minimum: 0, maximum: 50 }),
  maxLoans: Type.Integer({ minimum: 0, maximum: 500 }),
  maxHolds: Type.Integer({ minimum: 0, maximum: 200 }),
  holdable: Type.Boolean(),
  travels: Type.Boolean({ description: 'may go to members of other organisations (IBL)' }),
  holdFeeLocalCents: Cents,
  holdFeeProvincialCents: Cents,
  holdFeeNationalCents: Cents,
  overdueFineCentsPerDay: Type.Integer({ minimum: 0, maximum: 1000, description: '0: fine-free' }),
  maxOverdueFineCents: Cents,
  lostItemChargeCents: Nullable(Type.Integer({ minimum: 0, maximum: 100_000, description: "null: the item's price" })),
}

export const RuleSchema = Type.Object({ id: Type.Integer(), organisationId: Type.String(), ...ruleFields })
export type RuleResponse = Static<typeof RuleSchema>

export const CreateRuleBody = Type.Object(
  { organisationId: Type.String({ minLength: 2, maxLength: 40 }), ...ruleFields },
  { additionalProperties: false },
)
export type CreateRuleBody = Static<typeof CreateRuleBody>

export const UpdateRuleBody = Type.Partial(Type.Object(ruleFields), { additionalProperties: false, minProperties: 1 })
export type UpdateRuleBody = Static<typeof UpdateRuleBody>

export const RulesQuery = Type.Object({ organisationId: Type.Optional(Type.String({ minLength: 2, maxLength: 40 })) })

const settingsFields = {
  suppliesIbl: Type.Boolean({ description: 'false: its copies never go to members of other organisations' }),
  windowDays: Type.Integer({ minimum: 0, maximum: 730, description: 'a copy younger than this stays with its own members' }),
  floatingCollections: Type.Array(Type.String({ pattern: '^[a-z0-9_-]{1,30}$' }), { maxItems: 50, uniqueItems: true }),
  holdShelfDays: Type.Integer({ minimum: 1, maximum: 60 }),
  holdExpiryDays: Type.Integer({ minimum: 1, maximum: 1095 }),
  captureOrder: Type.Array(StringEnum(captureKeys), { minItems: 1, maxItems: 5, uniqueItems: true }),
  digitalAlternative: StringEnum(digitalAlternativePolicies, {
    description: 'when a hold would go to IBL and an e-book or audiobook exists',
  }),
  nationalIbl: Type.Boolean(),
  maxOwedCents: Type.Integer({ minimum: 0, maximum: 100_000 }),
}

export const SettingsSchema = Type.Object({ organisationId: Type.String(), ...settingsFields })
export type SettingsResponse = Static<typeof SettingsSchema>
export const UpdateSettingsBody = Type.Partial(Type.Object(settingsFields), { additionalProperties: false, minProperties: 1 })
export type UpdateSettingsBody = Static<typeof UpdateSettingsBody>
