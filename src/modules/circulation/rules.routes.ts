import { Type } from '@fastify/type-provider-typebox'
import type { RoutesPlugin } from '../../http/plugin.js'
import { IdParams, problems } from '../../http/schemas.js'
import { staff } from '../access/actor.js'
import { CreateRuleBody, RuleSchema, RulesQuery, SettingsSchema, UpdateRuleBody, UpdateSettingsBody } from './rules.schema.js'
import { createRule, deleteRule, getSettings, listRules, updateRule, updateSettings } from './rules-admin.js'

const tags = ['circulation rules']
const admins = staff('network_admin', 'organisation_admin')
const OrganisationParams = Type.Object({ organisationId: Type.String({ minLength: 2, maxLength: 40 }) })

export const rulesRoutes: RoutesPlugin = async (app, { ctx }) => {
  app.get(
    '/api/circulation-rules',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The rules matrix: organisation × member category × format/collection; the most specific row wins',
        querystring: RulesQuery,
        response: { 200: Type.Array(RuleSchema), ...problems(400) },
      },
    },
    async (request) => listRules(ctx.db, request.query.organisationId),
  )

  app.post(
    '/api/circulation-rules',
    {
      config: { access: admins },
      schema: {
        tags,
        summary: 'Add a row to an organisation’s rules',
        body: CreateRuleBody,
        response: { 201: RuleSchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await createRule(ctx.db, request.actor, request.body)),
  )

  app.patch(
    '/api/circulation-rules/:id',
    {
      config: { access: admins },
      schema: {
        tags,
        summary: 'Change a rule',
        params: IdParams,
        body: UpdateRuleBody,
        response: { 200: RuleSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateRule(ctx.db, request.actor, request.params.id, request.body),
  )

  app.delete(
    '/api/circulation-rules/:id',
    {
      config: { access: admins },
      schema: { tags, summary: 'Remove a rule', params: IdParams, response: { 204: Type.Null(), ...problems(401, 403, 404) } },
    },
    async (request, reply) => {
      await deleteRule(ctx.db, request.actor, request.params.id)
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/api/organisations/:organisationId/circulation-settings',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'An organisation’s IBL and hold settings: supplying, window time, floating, hold shelf, capture order',
        params: OrganisationParams,
        response: { 200: SettingsSchema, ...problems(404) },
      },
    },
    async (request) => getSettings(ctx.db, request.params.organisationId),
  )

  app.patch(
    '/api/organisations/:organisationId/circulation-settings',
    {
      config: { access: admins },
      schema: {
        tags,
        summary: 'Change an organisation’s IBL and hold settings',
        params: OrganisationParams,
        body: UpdateSettingsBody,
        response: { 200: SettingsSchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request) => updateSettings(ctx.db, request.actor, request.params.organisationId, request.body),
  )
}
