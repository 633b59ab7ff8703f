import { type Static, Type } from '@fastify/type-provider-typebox'
import { DateTime, IsoDate, Nullable, StringEnum } from '../../http/schemas.js'

const feeKinds = ['overdue', 'lost', 'hold_local', 'hold_provincial', 'hold_national', 'damage', 'other'] as const

export const FeeSchema = Type.Object({
  id: Type.Integer(),
  organisationId: Type.String(),
  kind: StringEnum(feeKinds),
  amountCents: Type.Integer(),
  paidCents: Type.Integer(),
  waivedCents: Type.Integer(),
  balanceCents: Type.Integer(),
  note: Nullable(Type.String()),
  chargedAt: DateTime,
  payments: Type.Array(
    Type.Object({
      kind: StringEnum(['payment', 'waiver'] as const),
      amountCents: Type.Integer(),
      reason: Nullable(Type.String()),
      staffUserId: Nullable(Type.Integer()),
      at: DateTime,
    }),
  ),
})
export type Fee = Static<typeof FeeSchema>

export const ChargeBody = Type.Object(
  {
    cardNumber: Type.String({ pattern: '^[0-9A-Za-z]{6,20}$' }),
    kind: StringEnum(['damage', 'other'] as const),
    amountCents: Type.Integer({ minimum: 1, maximum: 100_000 }),
    note: Type.String({ minLength: 3, maxLength: 500, description: 'what the charge is for' }),
  },
  { additionalProperties: false },
)
export type ChargeBody = Static<typeof ChargeBody>

export const PaymentBody = Type.Object(
  {
    kind: StringEnum(['payment', 'waiver'] as const),
    amountCents: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, description: 'default: the whole balance' })),
    reason: Type.Optional(Type.String({ minLength: 3, maxLength: 500, description: 'required for a waiver' })),
  },
  { additionalProperties: false },
)
export type PaymentBody = Static<typeof PaymentBody>

export const LedgerQuery = Type.Object({ organisationId: Type.String({ minLength: 2, maxLength: 40 }), from: IsoDate, to: IsoDate })

export const LedgerSchema = Type.Object({
  organisationId: Type.String(),
  from: IsoDate,
  to: IsoDate,
  kinds: Type.Array(
    Type.Object({
      kind: Type.String(),
      count: Type.Integer(),
      chargedCents: Type.Integer(),
      paidCents: Type.Integer(),
      waivedCents: Type.Integer(),
    }),
  ),
  totals: Type.Object({ chargedCents: Type.Integer(), paidCents: Type.Integer(), waivedCents: Type.Integer(), openCents: Type.Integer() }),
})
