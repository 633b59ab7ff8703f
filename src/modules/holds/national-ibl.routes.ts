import { Type } from '@fastify/type-provider-typebox'
import { NotFoundError } from '../../errors.js'
import type { RoutesPlugin } from '../../http/plugin.js'
import { DateTime, IdParams, Nullable, problems, StringEnum, withPaging } from '../../http/schemas.js'
import { staff } from '../access/actor.js'
import { NationalRequestSchema, NationalStatusBody } from './hold.schema.js'
import { nationalIblStatuses } from './holds.tables.js'
import { assertTransition, toIso18626Xml } from './national-ibl.js'
import * as repo from './national-ibl.repository.js'

const tags = ['national IBL']
const poi = staff('network_admin', 'logistics_planner')

const toRequest = (row: Awaited<ReturnType<typeof repo.listNationalRequests>>[number]) => ({
  id: row.id,
  holdId: row.hold_id,
  requestingAgencyRequestId: row.requesting_agency_request_id,
  requestingAgencyId: row.requesting_agency_id,
  status: row.status,
  supplyingAgencyId: row.supplying_agency_id,
  pickupLocationId: row.pickup_location_id,
  recordId: row.record_id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
})

/** The outbox of national IBL requests, for the POI and for a connector that sends them on. */
export const nationalIblRoutes: RoutesPlugin = async (app, { ctx }) => {
  app.get(
    '/api/national-ibl-requests',
    {
      config: { access: poi },
      schema: {
        tags,
        summary: 'National IBL requests (ISO 18626), newest first',
        querystring: withPaging(Type.Object({ status: Type.Optional(StringEnum(nationalIblStatuses)) })),
        response: { 200: Type.Array(NationalRequestSchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { status, page, pageSize } = request.query
      return (await repo.listNationalRequests(ctx.db, status, pageSize, (page - 1) * pageSize)).map(toRequest)
    },
  )

  app.get(
    '/api/national-ibl-requests/:id',
    {
      config: { access: poi },
      schema: {
        tags,
        summary: 'One request with its ISO 18626 message (JSON and XML) and its status history',
        params: IdParams,
        response: {
          200: Type.Object({
            id: Type.Integer(),
            status: StringEnum(nationalIblStatuses),
            message: Type.Record(Type.String(), Type.Unknown()),
            xml: Type.String(),
            history: Type.Array(Type.Object({ status: Type.String(), note: Nullable(Type.String()), at: DateTime })),
          }),
          ...problems(401, 403, 404),
        },
      },
    },
    async (request) => {
      const row = await repo.findNationalRequest(ctx.db, request.params.id)
      if (!row) throw new NotFoundError('national IBL request', { id: request.params.id })
      return {
        id: row.id,
        status: row.status,
        message: row.message,
        xml: toIso18626Xml(row.message),
        history: await repo.statusHistory(ctx.db, row.id),
      }
    },
  )

  app.post(
    '/api/national-ibl-requests/:id/status',
    {
      config: { access: poi },
      schema: {
        tags,
        summary: 'Record a status: sent by the connector, or the supplier’s ISO 18626 status (RequestReceived … LoanCompleted)',
        params: IdParams,
        body: NationalStatusBody,
        response: {
          200: Type.Object({ id: Type.Integer(), status: StringEnum(nationalIblStatuses) }),
          ...problems(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => {
      const { id } = request.params
      await ctx.db.transaction().execute(async (trx) => {
        const row = await repo.lockNationalRequest(trx, id)
        if (!row) throw new NotFoundError('national IBL request', { id })
        assertTransition(row.status, request.body.status)
        await repo.setNationalStatus(trx, id, {
          status: request.body.status,
          note: request.body.note ?? null,
          supplyingAgencyId: request.body.supplyingAgencyId,
          at: ctx.now(),
        })
      })
      return { id, status: request.body.status }
    },
  )
}
