import { Type } from '@fastify/type-provider-typebox'
import type { RoutesPlugin } from '../../http/plugin.js'
import { IdParams, problems } from '../../http/schemas.js'
import type { StaffActor } from '../access/actor.js'
import { floatingWhatIf } from './floating-what-if.js'
import * as plans from './route-plans.js'
import { transportPlanners } from './transport.access.js'
import { FloatingWhatIfBody, FloatingWhatIfSchema, PlanRequestBody, PlanSchema } from './transport.schema.js'

const tags = ['logistics']

/** Week plans: start one (it runs on a solver thread), then poll it for the result. */
export const planRoutes: RoutesPlugin = async (app, { ctx }) => {
  const { db } = ctx
  const config = { access: transportPlanners }

  app.post(
    '/api/logistics/plans',
    {
      config,
      schema: {
        tags,
        summary: 'Plan the week of the vans, with what-if parameters; answers at once, poll the plan for its result',
        body: PlanRequestBody,
        response: { 202: PlanSchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.status(202).send(await plans.startPlan(db, request.actor as StaffActor, request.body, ctx.now())),
  )

  app.get(
    '/api/logistics/plans',
    {
      config,
      schema: {
        tags,
        summary: 'The latest plans, newest first, without their results',
        response: { 200: Type.Array(PlanSchema), ...problems(401, 403) },
      },
    },
    async () => plans.listPlans(db),
  )

  app.get(
    '/api/logistics/plans/:id',
    {
      config,
      schema: {
        tags,
        summary: 'A plan: running, done with its result, or failed',
        params: IdParams,
        response: { 200: PlanSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => plans.getPlan(db, request.params.id, ctx.now()),
  )

  app.post(
    '/api/logistics/plans/:id/adopt',
    {
      config,
      schema: {
        tags,
        summary: 'Adopt a finished plan as the van schedule: hold targeting then counts the days until a copy is on the pickup shelf',
        params: IdParams,
        response: { 200: PlanSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => plans.adoptPlan(db, request.params.id, ctx.now()),
  )

  app.post(
    '/api/logistics/floating-what-if',
    {
      config,
      schema: {
        tags,
        summary:
          'Replay the last weeks of returns with floating off, as configured, for all and your own choice: transits, crates and van km of each',
        description:
          'custom names per organisation the collections that float ("*": all of them). Each policy is planned on a solver thread for `seconds`.',
        body: FloatingWhatIfBody,
        response: { 200: FloatingWhatIfSchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request) => floatingWhatIf(db, { weeks: 6, seconds: 2, seed: 1, ...request.body }, ctx.now()),
  )
}
