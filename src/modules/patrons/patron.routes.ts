import { Type } from '@fastify/type-provider-typebox'
import type { RoutesPlugin } from '../../http/plugin.js'
import { IdParams, Page, problems, withPaging } from '../../http/schemas.js'
import { staff } from '../access/actor.js'
import { blockPatron, unblockPatron } from './block-patron.js'
import { resetPin, setAccommodations, updatePatron } from './change-patron.js'
import { erasePatron } from './erase-patron.js'
import { erasureSteps } from './erasure-steps.js'
import { toPatronCategory } from './patron.mapping.js'
import { listCategories } from './patron.repository.js'
import {
  AccessLogEntrySchema,
  AccommodationsSchema,
  ErasedSchema,
  PatronCategorySchema,
  PatronListItemSchema,
  PatronQuery,
  PatronSchema,
  ReasonBody,
  RegisterPatronBody,
  SetPinBody,
  UpdatePatronBody,
} from './patron.schema.js'
import { getPatron, readAccessLog, searchPatrons } from './read-patrons.js'
import { registerPatron } from './register-patron.js'

const tags = ['members']
/** Members' personal data: their own organisation's desk staff and admins, never the POI. */
const memberStaff = staff('desk', 'organisation_admin')
const admin = staff('organisation_admin')

export const patronRoutes: RoutesPlugin = async (app, { ctx }) => {
  const { db } = ctx

  app.get(
    '/api/patron-categories',
    { config: { access: 'public' }, schema: { tags, summary: 'Member categories', response: { 200: Type.Array(PatronCategorySchema) } } },
    async () => (await listCategories(db)).map(toPatronCategory),
  )

  app.get(
    '/api/patrons',
    {
      config: { access: memberStaff },
      schema: {
        tags,
        summary: 'Find members of your organisation by name, card number or postcode (each one shown is logged)',
        querystring: withPaging(PatronQuery),
        response: { 200: Page(PatronListItemSchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { page, pageSize, ...query } = request.query
      return searchPatrons(db, request.actor, query, { page, pageSize }, ctx.now())
    },
  )

  app.post(
    '/api/patrons',
    {
      config: { access: memberStaff },
      schema: {
        tags,
        summary: 'Register a member (card number generated unless a pre-printed card is given)',
        body: RegisterPatronBody,
        response: { 201: PatronSchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await registerPatron(db, request.actor, request.body, ctx.now())),
  )

  app.get(
    '/api/patrons/:id',
    {
      config: { access: memberStaff },
      schema: {
        tags,
        summary: 'One member (the read is logged)',
        params: IdParams,
        response: { 200: PatronSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => getPatron(db, request.actor, request.params.id, ctx.now()),
  )

  app.patch(
    '/api/patrons/:id',
    {
      config: { access: memberStaff },
      schema: {
        tags,
        summary: 'Change a member’s details, contact, category, home location or card',
        params: IdParams,
        body: UpdatePatronBody,
        response: { 200: PatronSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updatePatron(db, request.actor, request.params.id, request.body, ctx.now()),
  )

  const reasonRoute = (summary: string) => ({
    config: { access: memberStaff },
    schema: { tags, summary, params: IdParams, body: ReasonBody, response: { 200: PatronSchema, ...problems(400, 401, 403, 404, 409) } },
  })
  app.post('/api/patrons/:id/block', reasonRoute('Block a member, with the reason they will be shown'), async (request) =>
    blockPatron(db, request.actor, request.params.id, request.body.reason, ctx.now()),
  )
  app.post('/api/patrons/:id/unblock', reasonRoute('Lift a block, saying why'), async (request) =>
    unblockPatron(db, request.actor, request.params.id, request.body.reason, ctx.now()),
  )

  app.put(
    '/api/patrons/:id/accommodations',
    {
      config: { access: memberStaff },
      schema: {
        tags,
        summary: 'Extra loans, extra loan days and a note (e.g. for a print disability)',
        params: IdParams,
        body: AccommodationsSchema,
        response: { 200: PatronSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => setAccommodations(db, request.actor, request.params.id, request.body, ctx.now()),
  )

  app.put(
    '/api/patrons/:id/pin',
    {
      config: { access: memberStaff },
      schema: {
        tags,
        summary: 'Set a new PIN for a member who forgot theirs (their sessions end)',
        params: IdParams,
        body: SetPinBody,
        response: { 204: {}, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await resetPin(db, request.actor, request.params.id, request.body.pin, ctx.now())
      return reply.status(204).send()
    },
  )

  app.delete(
    '/api/patrons/:id',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Erase a member on their request: anonymised, refused while loans or fees are open',
        params: IdParams,
        response: { 200: ErasedSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => erasePatron(db, request.actor, request.params.id, ctx.now(), erasureSteps),
  )

  app.get(
    '/api/patrons/:id/access-log',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Who read or changed this member’s data, newest first',
        params: IdParams,
        querystring: withPaging(Type.Object({})),
        response: { 200: Page(AccessLogEntrySchema), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => readAccessLog(db, request.actor, request.params.id, request.query, ctx.now()),
  )
}
