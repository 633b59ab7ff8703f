import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { AppContext } from './context.js'

/** The shape of every module's routes: a Fastify plugin that gets the app context. */
export type RoutesPlugin = FastifyPluginAsyncTypebox<{ ctx: AppContext }>
