import { Type } from '@fastify/type-provider-typebox'
import type { RoutesPlugin } from '../../http/plugin.js'
import { problems, SlugParams } from '../../http/schemas.js'
import { transportPlanners, transportReaders } from './transport.access.js'
import * as repo from './transport.repository.js'
import { LocationTransportSchema, MatrixSummarySchema, UpdateLocationTransportBody } from './transport.schema.js'
import * as model from './transport-model.js'

const tags = ['logistics']

/** What each location needs from the vans, and the imported distance matrix. */
export const transportRoutes: RoutesPlugin = async (app, { ctx }) => {
  const { db } = ctx
  const read = { access: transportReaders }
  const edit = { access: transportPlanners }
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: 20 * 1024 * 1024 }, (_request, body, done) => done(null, body))

  app.get(
    '/api/logistics/locations',
    {
      config: read,
      schema: {
        tags,
        summary: 'What every location needs from the vans: visits, weekdays, delivery window, service time, crates',
        response: { 200: Type.Array(LocationTransportSchema), ...problems(401, 403) },
      },
    },
    async () => model.listLocationTransport(db),
  )

  app.get(
    '/api/logistics/locations/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'What one location needs from the vans',
        params: SlugParams,
        response: { 200: LocationTransportSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => model.getLocationTransport(db, request.params.id),
  )

  app.patch(
    '/api/logistics/locations/:id',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Change what a location needs from the vans',
        params: SlugParams,
        body: UpdateLocationTransportBody,
        response: { 200: LocationTransportSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => model.updateLocationTransport(db, request.params.id, request.body),
  )

  app.get(
    '/api/logistics/distance-matrix',
    {
      config: read,
      schema: {
        tags,
        summary: 'How many pairs the imported distance matrix holds',
        response: { 200: MatrixSummarySchema, ...problems(401, 403) },
      },
    },
    async () => ({ pairs: await repo.countDistanceMatrix(db) }),
  )

  app.put(
    '/api/logistics/distance-matrix',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Replace the distance matrix with a CSV (from,to,km,minutes) covering every pair of the depot and the served locations',
        consumes: ['text/csv'],
        body: Type.String({ minLength: 1 }),
        response: { 200: MatrixSummarySchema, ...problems(400, 401, 403, 415) },
      },
    },
    async (request) => model.importDistanceMatrix(db, request.body),
  )

  app.delete(
    '/api/logistics/distance-matrix',
    {
      config: edit,
      schema: { tags, summary: 'Drop the matrix: plans use the estimate again', response: { 204: Type.Null(), ...problems(401, 403) } },
    },
    async (_request, reply) => {
      await repo.replaceDistanceMatrix(db, [])
      return reply.status(204).send(null)
    },
  )
}
