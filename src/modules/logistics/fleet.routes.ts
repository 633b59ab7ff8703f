import { Type } from '@fastify/type-provider-typebox'
import { toColumns } from '../../db/columns.js'
import { NotFoundError } from '../../errors.js'
import type { RoutesPlugin } from '../../http/plugin.js'
import { problems } from '../../http/schemas.js'
import { transportPlanners, transportReaders } from './transport.access.js'
import { toDepot, toVan } from './transport.mapping.js'
import * as repo from './transport.repository.js'
import { CreateDepotBody, CreateVanBody, DepotSchema, UpdateDepotBody, UpdateVanBody, VanSchema } from './transport.schema.js'
import * as model from './transport-model.js'

const tags = ['logistics']
const IdParams = Type.Object({ id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,39}$' }) })

/** The fleet: the depots the vans leave from, and the vans. */
export const fleetRoutes: RoutesPlugin = async (app, { ctx }) => {
  const { db } = ctx
  const read = { access: transportReaders }
  const edit = { access: transportPlanners }

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
}
