import { Type } from '@fastify/type-provider-typebox'
import { sql } from 'kysely'
import type { RoutesPlugin } from './plugin.js'
import { problems } from './schemas.js'

export const systemRoutes: RoutesPlugin = async (app, { ctx }) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Whether the service and its database answer',
        response: {
          200: Type.Object({ status: Type.Literal('ok'), database: Type.String(), time: Type.String() }),
          ...problems(503),
        },
      },
    },
    async () => {
      await sql`select 1`.execute(ctx.db)
      return { status: 'ok' as const, database: ctx.dbKind, time: ctx.now().toISOString() }
    },
  )

  app.get(
    '/api/openapi.json',
    { config: { access: 'public' }, schema: { tags: ['system'], summary: 'This API as OpenAPI 3.1', hide: true } },
    async () => app.swagger(),
  )
}
