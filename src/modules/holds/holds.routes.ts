import { Type } from '@fastify/type-provider-typebox'
import { patronActor } from '../../http/access-hook.js'
import type { RoutesPlugin } from '../../http/plugin.js'
import { IdParams, problems, SlugParams } from '../../http/schemas.js'
import { staff, staffOrPatron } from '../access/actor.js'
import { localDate } from '../circulation/dates.js'
import { circulationPolicy } from '../circulation/policy-cache.js'
import {
  HoldFeeQuery,
  HoldFeeQuoteSchema,
  HoldSchema,
  HoldShelfEntry,
  HopelessEntry,
  PlaceHoldBody,
  PlaceHoldResponse,
  PullListEntry,
  SuspendBody,
  TargetingRunResponse,
} from './hold.schema.js'
import { quoteHoldFee } from './hold-fee.js'
import {
  cancelHoldFor,
  getHold,
  holdShelfOf,
  holdsOfCard,
  hopelessList,
  myHolds,
  notOnShelf,
  placeHoldFor,
  pullListOf,
  suspendHoldFor,
} from './holds.js'
import { runTargeting } from './run-targeting.js'

const tags = ['holds']
const deskStaff = staff('desk', 'organisation_admin', 'network_admin', 'logistics_planner')
const memberOrDesk = staffOrPatron('desk', 'organisation_admin')
const ClosedQuery = Type.Object({ closed: Type.Optional(Type.Boolean({ default: false, description: 'include closed holds' })) })

export const holdRoutes: RoutesPlugin = async (app, { ctx }) => {
  const policy = () => circulationPolicy(ctx.db, ctx.now())

  app.post(
    '/api/holds',
    {
      config: { access: memberOrDesk },
      schema: {
        tags,
        summary: 'Place a hold for pickup at any location that allows pickups; the engine chooses a copy at once',
        description:
          'A member places their own; staff give the cardNumber. When the hold would go to IBL and the work is also an e-book or audiobook, the answer lists it; if the member’s library asks for confirmation, 409 confirm_ibl until confirmIbl is true.',
        body: PlaceHoldBody,
        response: { 201: PlaceHoldResponse, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await placeHoldFor(ctx.db, request.actor, request.body, await policy(), ctx.now())),
  )

  app.get(
    '/api/me/hold-fee',
    {
      config: { access: 'patron' },
      schema: {
        tags,
        summary: 'What a hold on this record would cost me, before I place it',
        querystring: HoldFeeQuery,
        response: { 200: HoldFeeQuoteSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => quoteHoldFee(ctx.db, patronActor(request), request.query.recordId, await policy()),
  )

  app.get(
    '/api/me/holds',
    {
      config: { access: 'patron' },
      schema: {
        tags,
        summary: 'My holds: where each request is, queue position, pickup deadline',
        querystring: ClosedQuery,
        response: { 200: Type.Array(HoldSchema), ...problems(401, 403) },
      },
    },
    async (request) => myHolds(ctx.db, request.actor, patronActor(request).patronId, request.query.closed ?? false),
  )

  app.get(
    '/api/holds',
    {
      config: { access: staff('desk', 'organisation_admin') },
      schema: {
        tags,
        summary: "A member's holds, for staff of the member's own organisation",
        querystring: Type.Object({ cardNumber: Type.String({ pattern: '^[0-9A-Za-z]{6,20}$' }), ...ClosedQuery.properties }),
        response: { 200: Type.Array(HoldSchema), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => holdsOfCard(ctx.db, request.actor, request.query.cardNumber, request.query.closed ?? false),
  )

  app.get(
    '/api/holds/hopeless',
    {
      config: { access: staff('desk', 'organisation_admin', 'network_admin', 'collection_specialist', 'logistics_planner') },
      schema: {
        tags,
        summary: 'Holds no copy in the province (nor national IBL) can fill: for staff to follow up',
        response: { 200: Type.Array(HopelessEntry), ...problems(401, 403) },
      },
    },
    async (request) => hopelessList(ctx.db, request.actor),
  )

  app.get(
    '/api/holds/:id',
    {
      config: { access: staffOrPatron('desk', 'organisation_admin', 'network_admin', 'logistics_planner') },
      schema: {
        tags,
        summary: 'One hold; staff also see why its copy was chosen',
        params: IdParams,
        response: { 200: HoldSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => getHold(ctx.db, request.actor, request.params.id),
  )

  app.post(
    '/api/holds/:id/cancel',
    {
      config: { access: memberOrDesk },
      schema: {
        tags,
        summary: 'Cancel a hold (a member: until the copy is pulled)',
        params: IdParams,
        response: { 200: HoldSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => cancelHoldFor(ctx.db, request.actor, request.params.id, ctx.now()),
  )

  app.post(
    '/api/holds/:id/suspend',
    {
      config: { access: memberOrDesk },
      schema: {
        tags,
        summary: 'Suspend a hold until a date (null resumes it)',
        params: IdParams,
        body: SuspendBody,
        response: { 200: HoldSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => suspendHoldFor(ctx.db, request.actor, request.params.id, request.body.until, ctx.now()),
  )

  app.post(
    '/api/holds/targeting',
    {
      config: { access: staff('network_admin', 'logistics_planner') },
      schema: {
        tags,
        summary: 'Run the IBL engine over every waiting hold now (it also runs as a scheduled job)',
        response: { 200: TargetingRunResponse, ...problems(401, 403) },
      },
    },
    async () => runTargeting(ctx.db, await policy(), ctx.now()),
  )

  app.get(
    '/api/locations/:id/pull-list',
    {
      config: { access: deskStaff },
      schema: {
        tags,
        summary: 'Pull list (kastlijst): copies to take from the shelves for holds, in shelf order',
        params: SlugParams,
        response: { 200: Type.Array(PullListEntry), ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      ;(await policy()).location(request.params.id)
      return pullListOf(ctx.db, request.params.id)
    },
  )

  app.post(
    '/api/locations/:id/pull-list/not-on-shelf',
    {
      config: { access: staff('desk', 'organisation_admin', 'network_admin') },
      schema: {
        tags,
        summary: 'A copy on the pull list is not on the shelf: mark it missing and choose another copy',
        params: SlugParams,
        body: Type.Object({ itemBarcode: Type.String({ pattern: '^[0-9A-Za-z-]{4,32}$' }) }, { additionalProperties: false }),
        response: { 200: HoldSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => notOnShelf(ctx.db, request.actor, request.params.id, request.body.itemBarcode, await policy(), ctx.now()),
  )

  app.get(
    '/api/locations/:id/hold-shelf',
    {
      config: { access: deskStaff },
      schema: {
        tags,
        summary: 'Hold shelf (afhaalplank): copies waiting for members, with pickup code, deadline and what happens after it',
        params: SlugParams,
        response: { 200: Type.Array(HoldShelfEntry), ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      ;(await policy()).location(request.params.id)
      return holdShelfOf(ctx.db, request.params.id, localDate(ctx.now()))
    },
  )
}
