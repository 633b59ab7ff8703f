import { Type } from '@fastify/type-provider-typebox'
import type { RoutesPlugin } from '../../http/plugin.js'
import { IsoDate, problems, SlugParams } from '../../http/schemas.js'
import { circulationPolicy } from '../circulation/policy-cache.js'
import { listCrates } from './crate.repository.js'
import {
  CrateManifestSchema,
  CrateParams,
  CratesQuery,
  PackBody,
  ReceiptSchema,
  ReceiveBody,
  SendBody,
  StopManifestSchema,
  ToPackSchema,
} from './crate.schema.js'
import { crateHandlers } from './crate-access.js'
import { packCrate, receiveCrate, sendCrate, toPack } from './crates.js'
import { crateManifest, manifestOf, manifestsOf, stopManifest } from './manifests.js'

const tags = ['crates']

/** Crates and manifests (pakbonnen): pack at the desk, the van sends, the destination receives. */
export const crateRoutes: RoutesPlugin = async (app, { ctx }) => {
  const { db } = ctx
  const policy = () => circulationPolicy(db, ctx.now())
  const config = { access: crateHandlers }

  app.get(
    '/api/locations/:id/to-pack',
    {
      config,
      schema: {
        tags,
        summary: 'Copies waiting at this location for a crate, by destination',
        params: SlugParams,
        response: { 200: ToPackSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => toPack(db, request.actor, request.params.id, await policy()),
  )

  app.post(
    '/api/crates',
    {
      config,
      schema: {
        tags,
        summary: 'Pack a crate: the scanned copies waiting here for one destination',
        description:
          'Every copy must wait at this location to travel to toLocationId and be in no other crate; one that does not refuses the crate (409 naming the copy) and nothing is packed.',
        body: PackBody,
        response: { 201: CrateManifestSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const p = await policy()
      return reply.status(201).send(await manifestOf(db, await packCrate(db, request.actor, request.body, p, ctx.now()), p))
    },
  )

  app.get(
    '/api/crates',
    {
      config,
      schema: {
        tags,
        summary: 'Crates with their manifests, newest first (at most 200)',
        querystring: CratesQuery,
        response: { 200: Type.Array(CrateManifestSchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => manifestsOf(db, await listCrates(db, request.query), await policy()),
  )

  app.get(
    '/api/crates/:code',
    {
      config,
      schema: {
        tags,
        summary: 'The manifest (pakbon) of a crate',
        params: CrateParams,
        response: { 200: CrateManifestSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => crateManifest(db, request.actor, request.params.code, await policy()),
  )

  app.post(
    '/api/crates/:code/send',
    {
      config,
      schema: {
        tags,
        summary: 'The van takes the crate: its copies are "in the van" for the members waiting',
        params: CrateParams,
        body: SendBody,
        response: { 200: CrateManifestSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const p = await policy()
      return manifestOf(db, await sendCrate(db, request.actor, { code: request.params.code, ...request.body }, p, ctx.now()), p)
    },
  )

  app.post(
    '/api/crates/:code/receive',
    {
      config,
      schema: {
        tags,
        summary: 'Receive a crate: check in every scanned copy at once; lists what is missing and what was unexpected',
        params: CrateParams,
        body: ReceiveBody,
        response: { 200: ReceiptSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const receipt = await receiveCrate(db, request.actor, { code: request.params.code, ...request.body }, await policy(), ctx.now())
      return { ...receipt, crate: await manifestOf(db, receipt.crate, await policy()) }
    },
  )

  app.get(
    '/api/locations/:id/stop-manifest',
    {
      config,
      schema: {
        tags,
        summary: 'The manifest of a stop: every crate the van unloads here on a run day',
        params: SlugParams,
        querystring: Type.Object({ runDate: IsoDate }),
        response: { 200: StopManifestSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => stopManifest(db, request.actor, { locationId: request.params.id, runDate: request.query.runDate }, await policy()),
  )
}
