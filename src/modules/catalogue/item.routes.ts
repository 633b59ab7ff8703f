import { Type } from '@fastify/type-provider-typebox'
import type { RoutesPlugin } from '../../http/plugin.js'
import { IdParams, Page, problems, withPaging } from '../../http/schemas.js'
import { staff } from '../access/actor.js'
import { BarcodeParams, CreateItemBody, ItemQuery, ItemSchema, UpdateItemBody } from './catalogue.schema.js'
import * as items from './items.js'

const tags = ['catalogue']
const readers = staff('network_admin', 'organisation_admin', 'desk', 'collection_specialist', 'logistics_planner')
const editors = staff('network_admin', 'organisation_admin', 'collection_specialist')

export const itemRoutes: RoutesPlugin = async (app, { ctx }) => {
  const { db } = ctx

  app.get(
    '/api/items',
    {
      config: { access: readers },
      schema: {
        tags,
        summary: 'Copies, by record, organisation, current location or status',
        querystring: withPaging(ItemQuery),
        response: { 200: Page(ItemSchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query
      return items.listItems(db, filter, { page, pageSize })
    },
  )

  app.get(
    '/api/items/barcode/:barcode',
    {
      config: { access: readers },
      schema: {
        tags,
        summary: 'The copy with exactly this barcode (the desk’s scan)',
        params: BarcodeParams,
        response: { 200: ItemSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => items.getItemByBarcode(db, request.params.barcode),
  )

  app.get(
    '/api/items/:id',
    {
      config: { access: readers },
      schema: { tags, summary: 'One copy', params: IdParams, response: { 200: ItemSchema, ...problems(400, 401, 403, 404) } },
    },
    async (request) => items.getItem(db, request.params.id),
  )

  app.post(
    '/api/items',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'Add a copy; its organisation is that of its home location',
        body: CreateItemBody,
        response: { 201: ItemSchema, ...problems(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await items.createItem(db, request.actor, request.body)),
  )

  app.patch(
    '/api/items/:id',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'Change a copy’s home, shelf code, collection, status, date or price',
        params: IdParams,
        body: UpdateItemBody,
        response: { 200: ItemSchema, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) => items.updateItem(db, request.actor, request.params.id, request.body),
  )

  app.delete(
    '/api/items/:id',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'Remove a copy entered by mistake (withdraw it otherwise)',
        params: IdParams,
        response: { 204: Type.Null(), ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await items.deleteItem(db, request.actor, request.params.id)
      return reply.status(204).send(null)
    },
  )
}
