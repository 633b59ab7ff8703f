import { Type } from '@fastify/type-provider-typebox'
import type { RoutesPlugin } from '../../../http/plugin.js'
import { answerSru, type SruParams } from './sru.js'

export const sruRoutes: RoutesPlugin = async (app, { ctx }) => {
  app.get(
    '/sru',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalogue'],
        summary: 'SRU 2.0 (and 1.1/1.2): explain and searchRetrieve with CQL, MARCXML or Dublin Core',
        querystring: Type.Record(Type.String(), Type.String()),
        produces: ['application/sru+xml', 'text/xml'],
        response: { 200: Type.String() },
      },
    },
    async (request, reply) =>
      reply.type('text/xml; charset=utf-8').send(await answerSru(ctx.db, request.query as SruParams, request.headers.host ?? 'localhost')),
  )
}
