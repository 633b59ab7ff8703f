import { Type } from '@fastify/type-provider-typebox'
import { patronActor } from '../../http/access-hook.js'
import type { RoutesPlugin } from '../../http/plugin.js'
import { IdParams, problems } from '../../http/schemas.js'
import { staff, staffOrPatron } from '../access/actor.js'
import { lendAtDesk, renewLoanFor, returnAtDesk } from './desk-circulation.js'
import { itemMovements } from './item-movements.js'
import { setItemState } from './item-states.js'
import {
  CheckInBody,
  CheckInResponse,
  CheckOutBody,
  CheckOutResponse,
  ItemStateBody,
  ItemStateResponse,
  LoanSchema,
  LoansQuery,
  MovementSchema,
  RenewalResponse,
  RenewBody,
} from './loan.schema.js'
import { loansOfPatron, resolvePatronInScope } from './loan-views.js'
import { circulationPolicy } from './policy-cache.js'

const tags = ['circulation']
const desk = staff('desk', 'organisation_admin', 'network_admin')

export const circulationRoutes: RoutesPlugin = async (app, { ctx }) => {
  const policy = () => circulationPolicy(ctx.db, ctx.now())

  app.post(
    '/api/loans',
    {
      config: { access: desk },
      schema: {
        tags,
        summary: 'Check out: lend a copy to a member at this desk',
        description:
          'Unknown barcode or card: 404 saying which. Copy on loan: 409 with where it was lent and when it is due. Member blocked, card expired, fees owed or loan limit: 403 with the reason. A refused check-out changes nothing.',
        body: CheckOutBody,
        response: { 201: CheckOutResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await lendAtDesk(ctx.db, request.actor, request.body, await policy(), ctx.now())),
  )

  app.post(
    '/api/returns',
    {
      config: { access: desk },
      schema: {
        tags,
        summary: 'Check in a copy at any location: the answer says hold shelf, send to a location, or shelve here',
        body: CheckInBody,
        response: { 200: CheckInResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => returnAtDesk(ctx.db, request.actor, request.body, await policy(), ctx.now()),
  )

  app.post(
    '/api/renewals',
    {
      config: { access: staffOrPatron('desk', 'organisation_admin', 'network_admin') },
      schema: {
        tags,
        summary: 'Renew a loan (by loan id, or by barcode at the desk); refused while others wait for the title',
        body: RenewBody,
        response: { 200: RenewalResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => renewLoanFor(ctx.db, request.actor, request.body, await policy(), ctx.now()),
  )

  app.get(
    '/api/me/loans',
    {
      config: { access: 'patron' },
      schema: {
        tags,
        summary: 'My loans, or with history=true my reading history (kept only if I chose so)',
        querystring: Type.Object({ history: Type.Optional(Type.Boolean({ default: false })) }),
        response: { 200: Type.Array(LoanSchema), ...problems(401, 403) },
      },
    },
    async (request) => loansOfPatron(ctx.db, patronActor(request).patronId, request.query.history ?? false, ctx.now()),
  )

  app.get(
    '/api/loans',
    {
      config: { access: staff('desk', 'organisation_admin') },
      schema: {
        tags,
        summary: "A member's loans, for staff of the member's own organisation",
        querystring: LoansQuery,
        response: { 200: Type.Array(LoanSchema), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const patron = await resolvePatronInScope(ctx.db, request.actor, request.query.cardNumber)
      return loansOfPatron(ctx.db, patron.id, request.query.history ?? false, ctx.now())
    },
  )

  app.post(
    '/api/item-states',
    {
      config: { access: desk },
      schema: {
        tags,
        summary: 'Mark a copy lost, missing, damaged, withdrawn, or available again',
        body: ItemStateBody,
        response: { 200: ItemStateResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => setItemState(ctx.db, request.actor, request.body, await policy(), ctx.now()),
  )

  app.get(
    '/api/items/:id/movements',
    {
      config: { access: staff('desk', 'organisation_admin', 'network_admin', 'collection_specialist', 'logistics_planner') },
      schema: {
        tags,
        summary: 'A copy’s movements, newest first: check-outs, check-ins and transits per location and date, never which member',
        params: IdParams,
        response: { 200: Type.Array(MovementSchema), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => itemMovements(ctx.db, request.params.id),
  )
}
