import type { RoutesPlugin } from '../../http/plugin.js'
import { IdParams, Page, problems, withPaging } from '../../http/schemas.js'
import { staff } from './actor.js'
import { CreateStaffUserBody, StaffUserQuery, StaffUserSchema, UpdateStaffUserBody } from './staff-user.schema.js'
import * as staffUsers from './staff-users.js'

const tags = ['staff users']
const admins = staff('network_admin', 'organisation_admin')

export const staffUserRoutes: RoutesPlugin = async (app, { ctx }) => {
  app.get(
    '/api/staff-users',
    {
      config: { access: admins },
      schema: {
        tags,
        summary: 'Staff users (an organisation admin sees their own organisation’s)',
        querystring: withPaging(StaffUserQuery),
        response: { 200: Page(StaffUserSchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query
      return staffUsers.listStaffUsers(ctx.db, request.actor, filter, { page, pageSize })
    },
  )

  app.get(
    '/api/staff-users/:id',
    {
      config: { access: admins },
      schema: { tags, summary: 'One staff user', params: IdParams, response: { 200: StaffUserSchema, ...problems(401, 403, 404) } },
    },
    async (request) => staffUsers.getStaffUser(ctx.db, request.actor, request.params.id),
  )

  app.post(
    '/api/staff-users',
    {
      config: { access: admins },
      schema: {
        tags,
        summary: 'Add a staff user',
        body: CreateStaffUserBody,
        response: { 201: StaffUserSchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await staffUsers.createStaffUser(ctx.db, request.actor, request.body)),
  )

  app.patch(
    '/api/staff-users/:id',
    {
      config: { access: admins },
      schema: {
        tags,
        summary: 'Change a staff user’s role, locations, password or whether they may sign in',
        params: IdParams,
        body: UpdateStaffUserBody,
        response: { 200: StaffUserSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => staffUsers.updateStaffUser(ctx.db, request.actor, request.params.id, request.body),
  )
}
