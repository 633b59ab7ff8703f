import { Type } from '@fastify/type-provider-typebox'
import type { RoutesPlugin } from '../../http/plugin.js'
import { IdParams, Page, PagingQuery, problems, withPaging } from '../../http/schemas.js'
import { staff } from '../access/actor.js'
import { CreateRecordBody, RecordQuery, RecordSchema, UpdateRecordBody, WorkSchema } from './catalogue.schema.js'
import * as records from './records.js'
import * as works from './works.js'

const tags = ['catalogue']
/** The union catalogue is the network's: the POI and collection specialists keep it. */
const cataloguers = staff('network_admin', 'collection_specialist')

export const recordRoutes: RoutesPlugin = async (app, { ctx }) => {
  const { db } = ctx

  app.get(
    '/api/records',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Records of the union catalogue, by ISBN, 001, work or format',
        querystring: withPaging(RecordQuery),
        response: { 200: Page(RecordSchema), ...problems(400) },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query
      return records.listRecords(db, filter, { page, pageSize })
    },
  )

  app.get(
    '/api/records/:id',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'One record', params: IdParams, response: { 200: RecordSchema, ...problems(400, 404) } },
    },
    async (request) => records.getRecord(db, request.params.id),
  )

  app.post(
    '/api/records',
    {
      config: { access: cataloguers },
      schema: {
        tags,
        summary: 'Add a record (it joins the work of its title and first author)',
        body: CreateRecordBody,
        response: { 201: RecordSchema, ...problems(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await records.createRecord(db, request.body)),
  )

  app.patch(
    '/api/records/:id',
    {
      config: { access: cataloguers },
      schema: {
        tags,
        summary: 'Change a record',
        params: IdParams,
        body: UpdateRecordBody,
        response: { 200: RecordSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => records.updateRecord(db, request.params.id, request.body),
  )

  app.delete(
    '/api/records/:id',
    {
      config: { access: cataloguers },
      schema: {
        tags,
        summary: 'Remove a record that has no copies',
        params: IdParams,
        response: { 204: Type.Null(), ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await records.deleteRecord(db, request.params.id)
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/api/records/:id/qr.svg',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'QR code (SVG) of the online edition’s link',
        params: IdParams,
        produces: ['image/svg+xml'],
        response: { 200: Type.String(), ...problems(400, 404) },
      },
    },
    async (request, reply) => reply.type('image/svg+xml').send(await works.onlineQrCode(db, request.params.id)),
  )

  app.get(
    '/api/works',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Works (editions and formats grouped), by title',
        querystring: PagingQuery,
        response: {
          200: Page(Type.Object({ id: Type.Integer(), title: Type.String(), author: Type.Union([Type.String(), Type.Null()]) })),
          ...problems(400),
        },
      },
    },
    async (request) => works.listWorks(db, request.query),
  )

  app.get(
    '/api/works/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'A title page: the work, its editions and formats, and where each can be had',
        params: IdParams,
        response: { 200: WorkSchema, ...problems(400, 404) },
      },
    },
    async (request) => works.getWork(db, request.params.id),
  )
}
