import type { RoutesPlugin } from '../../../http/plugin.js'
import { problems } from '../../../http/schemas.js'
import { searchCatalogue } from './search.js'
import { SearchQuerySchema, SearchResultSchema } from './search.schema.js'

export const searchRoutes: RoutesPlugin = async (app, { ctx }) => {
  app.get(
    '/api/search',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalogue'],
        summary: 'Search the whole network’s catalogue, with facets and availability per hit',
        querystring: SearchQuerySchema,
        response: { 200: SearchResultSchema, ...problems(400) },
      },
    },
    async (request) => searchCatalogue(ctx.db, request.actor, request.query),
  )
}
