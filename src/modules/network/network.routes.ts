import { Type } from '@fastify/type-provider-typebox'
import { toColumns } from '../../db/columns.js'
import { NotFoundError } from '../../errors.js'
import type { RoutesPlugin } from '../../http/plugin.js'
import { offsetOf, Page, problems, SlugParams, withPaging } from '../../http/schemas.js'
import { staff } from '../access/actor.js'
import * as closedDays from './closed-days.js'
import * as locations from './locations.js'
import { toMunicipality, toOrganisation, toPlace } from './network.mapping.js'
import * as repo from './network.repository.js'
import {
  ClosedDayBody,
  ClosedDaySchema,
  CreateLocationBody,
  DateRangeQuery,
  LocationQuery,
  LocationSchema,
  MunicipalitySchema,
  OrganisationSchema,
  PlaceQuery,
  PlaceSchema,
  UpdateLocationBody,
  UpdateOrganisationBody,
  WeekHoursSchema,
} from './network.schema.js'
import { addDays } from './opening-hours.js'

const tags = ['network']
const managers = staff('network_admin', 'organisation_admin')

export const networkRoutes: RoutesPlugin = async (app, { ctx }) => {
  const { db } = ctx

  app.get(
    '/api/organisations',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'The library organisations and the POI', response: { 200: Type.Array(OrganisationSchema) } },
    },
    async () => (await repo.listOrganisations(db)).map(toOrganisation),
  )

  app.get(
    '/api/organisations/:id',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'One organisation', params: SlugParams, response: { 200: OrganisationSchema, ...problems(404) } },
    },
    async (request) => {
      const row = await repo.findOrganisation(db, request.params.id)
      if (!row) throw new NotFoundError('organisation', { id: request.params.id })
      return toOrganisation(row)
    },
  )

  app.patch(
    '/api/organisations/:id',
    {
      config: { access: staff('network_admin') },
      schema: {
        tags,
        summary: 'Change an organisation’s name or website',
        params: SlugParams,
        body: UpdateOrganisationBody,
        response: { 200: OrganisationSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const row = await repo.updateOrganisation(db, request.params.id, toColumns(request.body))
      if (!row) throw new NotFoundError('organisation', { id: request.params.id })
      return toOrganisation(row)
    },
  )

  app.get(
    '/api/municipalities',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'The municipalities of the province', response: { 200: Type.Array(MunicipalitySchema) } },
    },
    async () => (await repo.listMunicipalities(db)).map(toMunicipality),
  )

  app.get(
    '/api/municipalities/:code',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'One municipality by CBS code',
        params: Type.Object({ code: Type.String({ pattern: '^GM[0-9]{4}$' }) }),
        response: { 200: MunicipalitySchema, ...problems(400, 404) },
      },
    },
    async (request) => {
      const row = await repo.findMunicipality(db, request.params.code)
      if (!row) throw new NotFoundError('municipality', { code: request.params.code })
      return toMunicipality(row)
    },
  )

  app.get(
    '/api/places',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Populated places, largest first',
        querystring: withPaging(PlaceQuery),
        response: { 200: Page(PlaceSchema), ...problems(400) },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query
      const { rows, total } = await repo.listPlaces(db, filter, offsetOf(request.query), pageSize)
      return { items: rows.map(toPlace), page, pageSize, total }
    },
  )

  app.get(
    '/api/locations',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The public locations of the network, with staffed and self-service hours',
        querystring: LocationQuery,
        response: { 200: Type.Array(LocationSchema), ...problems(400) },
      },
    },
    async (request) => locations.listLocations(db, request.query),
  )

  app.get(
    '/api/locations/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'One location with its hours',
        params: SlugParams,
        response: { 200: LocationSchema, ...problems(400, 404) },
      },
    },
    async (request) => locations.getLocation(db, request.params.id),
  )

  app.post(
    '/api/locations',
    {
      config: { access: managers },
      schema: {
        tags,
        summary: 'Add a location to an organisation',
        body: CreateLocationBody,
        response: { 201: LocationSchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await locations.createLocation(db, request.actor, request.body)),
  )

  app.patch(
    '/api/locations/:id',
    {
      config: { access: managers },
      schema: {
        tags,
        summary: 'Change a location',
        params: SlugParams,
        body: UpdateLocationBody,
        response: { 200: LocationSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => locations.updateLocation(db, request.actor, request.params.id, request.body),
  )

  app.delete(
    '/api/locations/:id',
    {
      config: { access: managers },
      schema: {
        tags,
        summary: 'Remove a location that nothing refers to any more',
        params: SlugParams,
        response: { 204: Type.Null(), ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await locations.deleteLocation(db, request.actor, request.params.id)
      return reply.status(204).send(null)
    },
  )

  app.put(
    '/api/locations/:id/hours',
    {
      config: { access: managers },
      schema: {
        tags,
        summary: 'Replace the weekly staffed and self-service hours',
        params: SlugParams,
        body: WeekHoursSchema,
        response: { 200: LocationSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => locations.setLocationHours(db, request.actor, request.params.id, request.body),
  )

  app.get(
    '/api/locations/:id/closed-days',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Days the location is closed (its own and the network’s), default the coming year',
        params: SlugParams,
        querystring: DateRangeQuery,
        response: { 200: Type.Array(ClosedDaySchema), ...problems(400, 404) },
      },
    },
    async (request) => {
      const from = request.query.from ?? ctx.now().toISOString().slice(0, 10)
      return closedDays.listClosedDays(db, request.params.id, from, request.query.to ?? addDays(from, 365))
    },
  )

  app.post(
    '/api/locations/:id/closed-days',
    {
      config: { access: managers },
      schema: {
        tags,
        summary: 'Close a location on a day',
        params: SlugParams,
        body: ClosedDayBody,
        response: { 201: ClosedDaySchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await closedDays.addClosedDay(db, request.actor, request.params.id, request.body)),
  )

  app.post(
    '/api/closed-days',
    {
      config: { access: staff('network_admin') },
      schema: {
        tags,
        summary: 'Close the whole network on a day (a public holiday)',
        body: ClosedDayBody,
        response: { 201: ClosedDaySchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await closedDays.addClosedDay(db, request.actor, null, request.body)),
  )

  app.delete(
    '/api/closed-days/:id',
    {
      config: { access: managers },
      schema: {
        tags,
        summary: 'Open again on a day that was closed',
        params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
        response: { 204: Type.Null(), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await closedDays.removeClosedDay(db, request.actor, request.params.id)
      return reply.status(204).send(null)
    },
  )
}
