import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'

/** OpenAPI 3.1, generated from the same JSON schemas that validate the routes. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'naober API',
        version: '0.1.0',
        description:
          'The shared system of a provincial public-library network. Errors are RFC 9457 problem+json with a stable `code`. ' +
          'Sign in with POST /api/auth/staff or /api/auth/member; the session is an httpOnly cookie.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'naober_session' } },
      },
    },
    // Route-level `config.access` becomes a readable line in the docs, and the security requirement.
    transform: ({ schema, route }) => {
      const access = route.config?.access
      const who = access === 'public' ? 'anyone' : access === 'patron' ? 'a signed-in member' : describeStaff(access)
      const transformed = { ...(schema ?? {}), description: [schema?.description, `Who may call: ${who}.`].filter(Boolean).join('\n\n') }
      return { schema: access === 'public' ? transformed : { ...transformed, security: [{ session: [] }] }, url: route.url }
    },
  })
  await app.register(swaggerUi, { routePrefix: '/api/docs' })
}

function describeStaff(access: { staff: readonly string[]; patron?: boolean } | undefined): string {
  if (!access) return 'nobody'
  const roles = access.staff.join(', ')
  return access.patron ? `a signed-in member, or staff with role ${roles}` : `staff with role ${roles}`
}
