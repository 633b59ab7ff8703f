import { Type } from '@fastify/type-provider-typebox'
import { patronActor } from '../../http/access-hook.js'
import type { RoutesPlugin } from '../../http/plugin.js'
import { IdParams, problems } from '../../http/schemas.js'
import { staff } from '../access/actor.js'
import { ChargeBody, FeeSchema, LedgerQuery, LedgerSchema, PaymentBody } from './fee.schema.js'
import { chargeByHand, feesOfCard, feesOfPatron, ledger, payOrWaive } from './fees.js'

const tags = ['fees']
const deskOrAdmin = staff('desk', 'organisation_admin')

export const feeRoutes: RoutesPlugin = async (app, { ctx }) => {
  app.get(
    '/api/me/fees',
    {
      config: { access: 'patron' },
      schema: { tags, summary: 'What I owe, and what I paid', response: { 200: Type.Array(FeeSchema), ...problems(401, 403) } },
    },
    async (request) => feesOfPatron(ctx.db, patronActor(request).patronId),
  )

  app.get(
    '/api/fees',
    {
      config: { access: deskOrAdmin },
      schema: {
        tags,
        summary: "A member's fees, for staff of the member's own organisation",
        querystring: Type.Object({ cardNumber: Type.String({ pattern: '^[0-9A-Za-z]{6,20}$' }) }),
        response: { 200: Type.Array(FeeSchema), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => feesOfCard(ctx.db, request.actor, request.query.cardNumber),
  )

  app.post(
    '/api/fees',
    {
      config: { access: deskOrAdmin },
      schema: {
        tags,
        summary: 'Charge a member by hand (damage, other), with a note',
        body: ChargeBody,
        response: { 201: FeeSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => reply.status(201).send(await chargeByHand(ctx.db, request.actor, request.body, ctx.now())),
  )

  app.post(
    '/api/fees/:id/payments',
    {
      config: { access: deskOrAdmin },
      schema: {
        tags,
        summary: 'Record a payment, or waive a fee (who and why are kept)',
        params: IdParams,
        body: PaymentBody,
        response: { 200: FeeSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => payOrWaive(ctx.db, request.actor, request.params.id, request.body, ctx.now()),
  )

  app.get(
    '/api/fees/ledger',
    {
      config: { access: staff('organisation_admin', 'network_admin') },
      schema: {
        tags,
        summary: 'An organisation’s fees ledger for a period',
        querystring: LedgerQuery,
        response: { 200: LedgerSchema, ...problems(400, 401, 403) },
      },
    },
    async (request) => ledger(ctx.db, request.actor, request.query.organisationId, request.query.from, request.query.to),
  )
}
