import type { FastifyInstance, FastifyRequest } from 'fastify'
import { ForbiddenError, UnauthenticatedError } from '../errors.js'
import { type Access, type Actor, anonymous, type PatronActor, refusal, type StaffActor } from '../modules/access/actor.js'
import { findSession } from '../modules/access/session.repository.js'
import { recallSession, rememberSession } from '../modules/access/session-cache.js'
import type { AppContext } from './context.js'

export const sessionCookie = 'naober_session'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route. Required: a route without it does not start. */
    access?: Access
  }
  interface FastifyRequest {
    actor: Actor
    sessionToken: string | null
  }
}

export interface DeclaredRoute {
  method: string
  url: string
  access: Access
}

/**
 * Sign-in and rights in one place: every route must declare its access, the session is resolved
 * before anything else runs, and a caller without the right role is refused before validation.
 */
export function registerAccess(app: FastifyInstance, ctx: AppContext, declared: DeclaredRoute[]): void {
  app.decorateRequest<Actor | null>('actor', null)
  app.decorateRequest('sessionToken', null)

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, access: 'public' }
    const access = route.config?.access
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no access`)
    for (const method of [route.method].flat()) if (method !== 'HEAD') declared.push({ method, url: route.url, access })
  })

  app.addHook('onRequest', async (request) => {
    request.actor = anonymous
    const access = request.routeOptions.config.access
    if (!access) return // no such route: the 404 handler answers
    const token = request.cookies[sessionCookie]
    if (token) {
      request.actor = await actorOfSession(ctx, token)
      if (request.actor.kind !== 'anonymous') request.sessionToken = token
    }
    assertAllowed(request, access)
  })
}

async function actorOfSession(ctx: AppContext, token: string): Promise<Actor> {
  const now = ctx.now()
  const recalled = recallSession(ctx.db, token, now)
  if (recalled) return recalled
  const session = await findSession(ctx.db, token, now)
  if (!session) return anonymous
  rememberSession(ctx.db, token, session)
  return session.actor
}

function assertAllowed(request: FastifyRequest, access: Access): void {
  switch (refusal(access, request.actor)) {
    case null:
      return
    case 'unauthenticated':
      throw new UnauthenticatedError()
    case 'role_not_allowed':
      throw new ForbiddenError('role_not_allowed', 'Your role may not do this.')
  }
}

/** Narrows the actor of a route whose access admits only staff. */
export function staffActor(request: FastifyRequest): StaffActor {
  if (request.actor.kind !== 'staff') throw new ForbiddenError('role_not_allowed', 'Only staff may do this.')
  return request.actor
}

/** Narrows the actor of a route whose access admits only members. */
export function patronActor(request: FastifyRequest): PatronActor {
  if (request.actor.kind !== 'patron') throw new ForbiddenError('role_not_allowed', 'Only a signed-in member may do this.')
  return request.actor
}
