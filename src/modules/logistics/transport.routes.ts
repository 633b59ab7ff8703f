import { Type } from '@fastify/type-provider-typebox'
import { toColumns } from '../../db/columns.js'
import { NotFoundError } from '../../errors.js'
import type { RoutesPlugin } from '../../http/plugin.js'
import { problems, SlugParams } from '../../http/schemas.js'
import { staffRoles } from '../access/access.tables.js'
import { staff } from '../access/actor.js'
import { toDepot, toVan } from './transport.mapping.js'
import * as repo from './transport.repository.js'
import {
  CreateDepotBody,
  CreateVanBody,
  DepotSchema,
  LocationTransportSchema,
  MatrixSummarySchema,
  UpdateDepotBody,
  UpdateLocationTransportBody,
  UpdateVanBody,
  VanSchema,
} from './transport.schema.js'
import * as model from './transport-model.js'

const tags = ['logistics']
export const transportReaders = staff(...staffRoles)
export const transportPlanners = staff('logistics_planner', 'network_admin')
const IdParams = Type.Object({ id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,39}$' }) })

/** The transport model as data: depots, vans, what each location needs, the distance matrix. */
export const transportRoutes: RoutesPlugin = async (app, { ctx }) => {
  const { db } = ctx
  const read = { access: transportReaders }
  const edit = { access: transportPlanners }
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: 20 * 1024 * 1024 }, (_request, body, done) => done(null, body))

  app.get(
    '/api/logistics/depots',
    {
      config: read,
      schema: { tags, summary: 'The depots the vans leave from', response: { 200: Type.Array(DepotSchema), ...problems(401, 403) } },
    },
    async () => (await repo.listDepots(db)).map(toDepot),
  )

  app.post(
    '/api/logistics/depots',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Add a depot at a location',
        body: CreateDepotBody,
        response: { 201: DepotSchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(toDepot(await repo.insertDepot(db, toColumns(request.body)))),
  )

  app.patch(
    '/api/logistics/depots/:id',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Rename a depot or move it to another location',
        params: IdParams,
        body: UpdateDepotBody,
        response: { 200: DepotSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const row = await repo.updateDepot(db, request.params.id, toColumns(request.body))
      if (!row) throw new NotFoundError('depot', { id: request.params.id })
      return toDepot(row)
    },
  )

  app.get(
    '/api/logistics/vans',
    { config: read, schema: { tags, summary: 'The vans, active or not', response: { 200: Type.Array(VanSchema), ...problems(401, 403) } } },
    async () => (await repo.listVans(db)).map(toVan),
  )

  app.post(
    '/api/logistics/vans',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Add a van; energy use and CO2 default to the reference figures for its fuel',
        body: CreateVanBody,
        response: { 201: VanSchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await model.createVan(db, request.body)),
  )

  app.patch(
    '/api/logistics/vans/:id',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Change a van',
        params: IdParams,
        body: UpdateVanBody,
        response: { 200: VanSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => model.updateVan(db, request.params.id, request.body),
  )

  app.delete(
    '/api/logistics/vans/:id',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Remove a van (or PATCH it inactive to keep it)',
        params: IdParams,
        response: { 204: Type.Null(), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      if (!(await repo.deleteVan(db, request.params.id))) throw new NotFoundError('van', { id: request.params.id })
      return reply.status(204).send(null)
    },
  )

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
