import { Readable } from 'node:stream'
import { Type } from '@fastify/type-provider-typebox'
import type { RoutesPlugin } from '../../../http/plugin.js'
import { problems, StringEnum } from '../../../http/schemas.js'
import { staff } from '../../access/actor.js'
import { recordFormats } from '../record-fields.js'
import { exportMarc } from './export-marc.js'

const ExportQuery = Type.Object({
  format: StringEnum(['iso2709', 'marcxml'] as const, { default: 'marcxml' }),
  ids: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 1000, description: 'these records' })),
  q: Type.Optional(Type.String({ maxLength: 500, description: 'or the records a search finds' })),
  formatOf: Type.Optional(Type.Array(StringEnum(recordFormats), { description: 'only these formats' })),
  yearFrom: Type.Optional(Type.Integer({ minimum: 1000, maximum: 2200 })),
  yearTo: Type.Optional(Type.Integer({ minimum: 1000, maximum: 2200 })),
  availableIn: Type.Optional(Type.String({ maxLength: 40, description: 'only records with a copy on the shelf in this organisation' })),
  items: Type.Boolean({ default: false, description: 'add the copies as 952 fields' }),
})

export const exportRoutes: RoutesPlugin = async (app, { ctx }) => {
  app.get(
    '/api/catalogue/export',
    {
      config: { access: staff('network_admin', 'collection_specialist', 'organisation_admin') },
      schema: {
        tags: ['catalogue'],
        summary: 'MARC 21 of a selection (ISO 2709 or MARCXML, UTF-8), at most 50,000 records',
        querystring: ExportQuery,
        produces: ['application/marc', 'application/marcxml+xml'],
        response: { 200: Type.Any(), ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { format, formatOf, items, ...selection } = request.query
      const stream = Readable.from(exportMarc(ctx.db, { ...selection, format: formatOf, withItems: items }, format))
      return reply
        .type(format === 'iso2709' ? 'application/marc' : 'application/marcxml+xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="naober.${format === 'iso2709' ? 'mrc' : 'xml'}"`)
        .send(stream)
    },
  )
}
