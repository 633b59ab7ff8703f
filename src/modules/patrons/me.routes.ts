import { patronActor } from '../../http/access-hook.js'
import type { RoutesPlugin } from '../../http/plugin.js'
import { problems } from '../../http/schemas.js'
import { changeOwnPin, getOwnAccount, updateOwnAccount } from './own-account.js'
import { ChangePinBody, PatronSchema, UpdateOwnAccountBody } from './patron.schema.js'

const tags = ['my account']

/** A signed-in member's own account. */
export const meRoutes: RoutesPlugin = async (app, { ctx }) => {
  const { db } = ctx

  app.get(
    '/api/me',
    {
      config: { access: 'patron' },
      schema: {
        tags,
        summary: 'My details, accommodations, block and privacy choice',
        response: { 200: PatronSchema, ...problems(401, 403) },
      },
    },
    async (request) => getOwnAccount(db, patronActor(request)),
  )

  app.patch(
    '/api/me',
    {
      config: { access: 'patron' },
      schema: {
        tags,
        summary: 'Change my contact details, language or whether my loan history is kept',
        body: UpdateOwnAccountBody,
        response: { 200: PatronSchema, ...problems(400, 401, 403) },
      },
    },
    async (request) => updateOwnAccount(db, patronActor(request), request.body, ctx.now()),
  )

  app.put(
    '/api/me/pin',
    {
      config: { access: 'patron' },
      schema: {
        tags,
        summary: 'Change my PIN (with the current one); my other sessions end',
        body: ChangePinBody,
        response: { 204: {}, ...problems(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      await changeOwnPin(db, patronActor(request), request.sessionToken ?? '', request.body, ctx.now())
      return reply.status(204).send()
    },
  )
}
