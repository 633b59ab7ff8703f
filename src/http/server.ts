import cookie from '@fastify/cookie'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import { accessRoutes } from '../modules/access/access.routes.js'
import { staffUserRoutes } from '../modules/access/staff-user.routes.js'
import { exportRoutes } from '../modules/catalogue/export/export.routes.js'
import { importJobRoutes } from '../modules/catalogue/import/import-job.routes.js'
import { itemRoutes } from '../modules/catalogue/item.routes.js'
import { recordRoutes } from '../modules/catalogue/record.routes.js'
import { searchRoutes } from '../modules/catalogue/search/search.routes.js'
import { sruRoutes } from '../modules/catalogue/sru/sru.routes.js'
import { circulationRoutes } from '../modules/circulation/circulation.routes.js'
import { feeRoutes } from '../modules/circulation/fees.routes.js'
import { rulesRoutes } from '../modules/circulation/rules.routes.js'
import { holdRoutes } from '../modules/holds/holds.routes.js'
import { nationalIblRoutes } from '../modules/holds/national-ibl.routes.js'
import { crateRoutes } from '../modules/logistics/crates.routes.js'
import { fleetRoutes } from '../modules/logistics/fleet.routes.js'
import { planRoutes } from '../modules/logistics/plan.routes.js'
import { transitRoutes } from '../modules/logistics/transits.routes.js'
import { transportRoutes } from '../modules/logistics/transport.routes.js'
import { networkRoutes } from '../modules/network/network.routes.js'
import { meRoutes } from '../modules/patrons/me.routes.js'
import { patronRoutes } from '../modules/patrons/patron.routes.js'
import { type DeclaredRoute, registerAccess } from './access-hook.js'
import type { AppContext } from './context.js'
import { registerOpenApi } from './openapi.js'
import { problem, toProblem } from './problem.js'
import { ProblemSchema } from './schemas.js'
import { systemRoutes } from './system.routes.js'
import { registerWebApp, webDist } from './web-app.js'

export interface BuiltServer {
  app: FastifyInstance
  /** Every route with the access it declares (the rights matrix test walks this). */
  routes: DeclaredRoute[]
}

/** `webRoot`: the built web app to serve at `/` (absent: the API alone). */
export async function buildServer(ctx: AppContext, options: FastifyServerOptions = {}, webRoot = webDist): Promise<BuiltServer> {
  const app = Fastify({
    logger: false,
    ...options,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: true, useDefaults: true } },
  }).withTypeProvider<TypeBoxTypeProvider>()
  const routes: DeclaredRoute[] = []

  app.addSchema(ProblemSchema)
  app.setErrorHandler((error, request, reply) => {
    const { problem: body, unexpected } = toProblem(error)
    if (unexpected) request.log.error({ err: error }, 'unexpected error')
    if (typeof body.retryAfterSeconds === 'number') reply.header('retry-after', String(body.retryAfterSeconds))
    reply
      .status(body.status)
      .type('application/problem+json')
      .send(JSON.stringify({ ...body, instance: request.url }))
  })
  app.setNotFoundHandler((request, reply) => {
    const body = problem(404, 'no_route', `There is no ${request.method} ${request.url.split('?')[0]}.`)
    reply
      .status(404)
      .type('application/problem+json')
      .send(JSON.stringify({ ...body, instance: request.url }))
  })

  await app.register(cookie)
  registerAccess(app, ctx, routes)
  await registerOpenApi(app)

  await app.register(systemRoutes, { ctx })
  await app.register(accessRoutes, { ctx })
  await app.register(staffUserRoutes, { ctx })
  await app.register(networkRoutes, { ctx })
  await app.register(patronRoutes, { ctx })
  await app.register(meRoutes, { ctx })
  await app.register(recordRoutes, { ctx })
  await app.register(itemRoutes, { ctx })
  await app.register(searchRoutes, { ctx })
  await app.register(exportRoutes, { ctx })
  await app.register(importJobRoutes, { ctx })
  await app.register(sruRoutes, { ctx })
  await app.register(circulationRoutes, { ctx })
  await app.register(holdRoutes, { ctx })
  await app.register(rulesRoutes, { ctx })
  await app.register(feeRoutes, { ctx })
  await app.register(transitRoutes, { ctx })
  await app.register(crateRoutes, { ctx })
  await app.register(nationalIblRoutes, { ctx })
  await app.register(fleetRoutes, { ctx })
  await app.register(transportRoutes, { ctx })
  await app.register(planRoutes, { ctx })
  await registerWebApp(app, webRoot)
  await app.ready()
  return { app, routes }
}
