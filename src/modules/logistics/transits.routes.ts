import { Type } from '@fastify/type-provider-typebox'
import type { RoutesPlugin } from '../../http/plugin.js'
import { DateTime, Nullable, problems, StringEnum, withPaging } from '../../http/schemas.js'
import { staff } from '../access/actor.js'
import { sendTransits } from './send-transits.js'
import { listTransits } from './transit.repository.js'
import { transitReasons } from './transit.tables.js'

const tags = ['transits']
const TransitSchema = Type.Object({
  id: Type.Integer(),
  itemId: Type.Integer(),
  barcode: Type.String(),
  title: Type.String(),
  fromLocationId: Type.String(),
  toLocationId: Type.String(),
  reason: StringEnum(transitReasons),
  holdId: Nullable(Type.Integer()),
  createdAt: DateTime,
  sentAt: Nullable(DateTime),
  receivedAt: Nullable(DateTime),
  receivedLocationId: Nullable(Type.String()),
  cancelledAt: Nullable(DateTime),
})
const TransitQuery = Type.Object({
  fromLocationId: Type.Optional(Type.String({ minLength: 2, maxLength: 60 })),
  toLocationId: Type.Optional(Type.String({ minLength: 2, maxLength: 60 })),
  open: Type.Optional(Type.Boolean({ description: 'only transits not yet received' })),
})
const staffWhoMove = staff('desk', 'organisation_admin', 'network_admin', 'logistics_planner')

/** Transits as circulation creates them; crates and van runs come with the logistics module. */
export const transitRoutes: RoutesPlugin = async (app, { ctx }) => {
  app.get(
    '/api/transits',
    {
      config: { access: staffWhoMove },
      schema: {
        tags,
        summary: 'Copies on their way between locations',
        querystring: withPaging(TransitQuery),
        response: { 200: Type.Array(TransitSchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query
      const rows = await listTransits(ctx.db, filter, pageSize, (page - 1) * pageSize)
      return rows.map((row) => ({
        id: row.id,
        itemId: row.item_id,
        barcode: row.barcode,
        title: row.title,
        fromLocationId: row.from_location_id,
        toLocationId: row.to_location_id,
        reason: row.reason,
        holdId: row.hold_id,
        createdAt: row.created_at,
        sentAt: row.sent_at,
        receivedAt: row.received_at,
        receivedLocationId: row.received_location_id,
        cancelledAt: row.cancelled_at,
      }))
    },
  )

  app.post(
    '/api/transits/sent',
    {
      config: { access: staffWhoMove },
      schema: {
        tags,
        summary: 'The van took these transits: members see their hold as "in the van"',
        body: Type.Object(
          { transitIds: Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: 1000 }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ sent: Type.Integer() }), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const now = ctx.now()
      const sent = await ctx.db.transaction().execute((trx) => sendTransits(trx, request.body.transitIds, now))
      return { sent }
    },
  )
}
