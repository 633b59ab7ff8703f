import { type Static, type TObject, type TProperties, type TSchema, Type } from '@fastify/type-provider-typebox'

/** A string enum as plain JSON schema `enum`, which reads better in OpenAPI than a union of consts. */
export const StringEnum = <const T extends readonly string[]>(values: T, options: Record<string, unknown> = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options })

// Null first: with Ajv's type coercion, a null tried against a number or string schema first would
// come out as 0 or "" instead of staying null.
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema])

const pagingFields = {
  page: Type.Integer({ minimum: 1, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
}
export const PagingQuery = Type.Object(pagingFields)
export type PagingQuery = Static<typeof PagingQuery>

/** A list route's query: its own filters plus page and pageSize. */
export const withPaging = <T extends TProperties>(filters: TObject<T>) => Type.Object({ ...filters.properties, ...pagingFields })

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    page: Type.Integer(),
    pageSize: Type.Integer(),
    total: Type.Integer(),
  })

export const offsetOf = (paging: PagingQuery) => (paging.page - 1) * paging.pageSize

export const Slug = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,59}$', description: 'a short lowercase id, e.g. bind-meppel' })
export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) })
export const SlugParams = Type.Object({ id: Slug })
export const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' })
export const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:MM' })
export const DateTime = Type.Unsafe<Date | string>({ type: 'string', format: 'date-time' })

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String({ description: 'stable machine-readable code' }),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
  },
  { $id: 'Problem', additionalProperties: true, description: 'RFC 9457 problem details' },
)

/** OpenAPI entries for the problems a route can answer with. */
export function problems(...statuses: number[]): Record<number, unknown> {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: 'Problem details', content: { 'application/problem+json': { schema: Type.Ref('Problem') } } },
    ]),
  )
}
