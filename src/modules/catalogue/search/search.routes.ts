import type { RoutesPlugin } from '../../../http/plugin.js'
import { problems } from '../../../http/schemas.js'
import { searchCatalogue } from './search.js'
import { SearchQuerySchema, SearchResultSchema } from './search.schema.js'
import { defaultSearchesAtOnce, SearchQueue } from './search-queue.js'

export const searchRoutes: RoutesPlugin = async (app, { ctx }) => {
  const queue = new SearchQueue(ctx.searchesAtOnce ?? defaultSearchesAtOnce)
  app.get(
    '/api/search',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalogue'],
        summary: 'Search the whole network’s catalogue, with facets and availability per hit',
        querystring: SearchQuerySchema,
        response: { 200: SearchResultSchema, ...problems(400, 503) },
      },
    },
    async (request) => queue.run(() => searchCatalogue(ctx.db, request.actor, request.query)),
  )
}
