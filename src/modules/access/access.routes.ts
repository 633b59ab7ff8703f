import type { FastifyReply } from 'fastify'
import { sessionCookie, staffActor } from '../../http/access-hook.js'
import type { RoutesPlugin } from '../../http/plugin.js'
import { problems } from '../../http/schemas.js'
import { ActorSchema, ChooseLocationBody, PatronSignInBody, StaffSignInBody } from './access.schema.js'
import { staff } from './actor.js'
import { deleteSession } from './session.repository.js'
import { chooseDeskLocation, type SignedIn, signInPatron, signInStaff } from './sign-in.js'

export const accessRoutes: RoutesPlugin = async (app, { ctx }) => {
  const setCookie = (reply: FastifyReply, signedIn: SignedIn) =>
    reply.setCookie(sessionCookie, signedIn.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.secureCookies,
      expires: signedIn.expiresAt,
    })

  app.post(
    '/api/auth/staff',
    {
      config: { access: 'public' },
      schema: {
        tags: ['sign-in'],
        summary: 'Staff sign in with username and password',
        body: StaffSignInBody,
        response: { 200: ActorSchema, ...problems(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const signedIn = await signInStaff(ctx.db, request.body, ctx.now())
      setCookie(reply, signedIn)
      return signedIn.actor
    },
  )

  app.post(
    '/api/auth/member',
    {
      config: { access: 'public' },
      schema: {
        tags: ['sign-in'],
        summary: 'A member signs in with card number and PIN',
        body: PatronSignInBody,
        response: { 200: ActorSchema, ...problems(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const signedIn = await signInPatron(ctx.db, request.body, ctx.now())
      setCookie(reply, signedIn)
      return signedIn.actor
    },
  )

  app.post(
    '/api/auth/sign-out',
    { config: { access: 'public' }, schema: { tags: ['sign-in'], summary: 'End the session', response: { 204: {} } } },
    async (request, reply) => {
      const token = request.cookies[sessionCookie]
      if (token) await deleteSession(ctx.db, token)
      reply.clearCookie(sessionCookie, { path: '/' })
      return reply.status(204).send()
    },
  )

  app.get(
    '/api/auth/me',
    {
      config: { access: 'public' },
      schema: { tags: ['sign-in'], summary: 'Who is signed in (anonymous if nobody)', response: { 200: ActorSchema } },
    },
    async (request) => request.actor,
  )

  app.put(
    '/api/auth/location',
    {
      config: { access: staff('desk') },
      schema: {
        tags: ['sign-in'],
        summary: 'Choose the location this desk session works at',
        body: ChooseLocationBody,
        response: { 200: ActorSchema, ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      return chooseDeskLocation(ctx.db, staffActor(request), request.sessionToken ?? '', request.body.locationId)
    },
  )
}
