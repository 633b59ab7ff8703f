import { type Static, Type } from '@fastify/type-provider-typebox'
import { Nullable, StringEnum } from '../../../http/schemas.js'
import { RecordSchema } from '../catalogue.schema.js'
import { audiences, recordFormats } from '../record-fields.js'
import { rankWindow } from './search.repository.js'

export const searchSorts = ['relevance', 'newest', 'title', 'author'] as const

export const SearchQuerySchema = Type.Object({
  q: Type.Optional(
    Type.String({
      maxLength: 500,
      description:
        'words, "a phrase", titel:/title:, auteur:/author:, onderwerp:/subject:, serie:/series:, isbn:; an ISBN or barcode alone answers exactly',
    }),
  ),
  format: Type.Optional(Type.Array(StringEnum(recordFormats), { maxItems: 9 })),
  language: Type.Optional(Type.String({ pattern: '^[a-z]{3}$' })),
  audience: Type.Optional(StringEnum(audiences)),
  fiction: Type.Optional(Type.Boolean()),
  yearFrom: Type.Optional(Type.Integer({ minimum: 1000, maximum: 2200 })),
  yearTo: Type.Optional(Type.Integer({ minimum: 1000, maximum: 2200 })),
  availableAt: Type.Optional(Type.String({ maxLength: 60, description: 'only records with a copy on the shelf at this location' })),
  availableIn: Type.Optional(Type.String({ maxLength: 40, description: 'only records with a copy on the shelf in this organisation' })),
  location: Type.Optional(Type.String({ maxLength: 60, description: 'the member’s chosen location, for availability per hit' })),
  sort: Type.Optional(StringEnum(searchSorts)),
  page: Type.Integer({ minimum: 1, maximum: 500, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
})
export type SearchRequest = Static<typeof SearchQuerySchema>

const FacetValues = Type.Array(Type.Object({ value: Type.String(), count: Type.Integer() }))

export const SearchResultSchema = Type.Object({
  query: Type.String(),
  searchedFor: Type.String({ description: 'the query the hits are for (the correction when the query found nothing)' }),
  didYouMean: Nullable(Type.String()),
  exact: Nullable(StringEnum(['isbn', 'barcode'] as const)),
  total: Type.Integer({ description: `how many records match: exact up to ${rankWindow}, an estimate beyond (see totalExact)` }),
  totalExact: Type.Boolean({ description: `false when total is an estimate; the hits then come from the first ${rankWindow} matches` }),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  sort: StringEnum(searchSorts),
  hits: Type.Array(
    Type.Object({
      record: RecordSchema,
      availability: Type.Object({
        copies: Type.Integer(),
        atLocation: Type.Integer({ description: 'available at the chosen location' }),
        inOrganisation: Type.Integer({ description: 'available in the member’s organisation' }),
        inProvince: Type.Integer({ description: 'available anywhere in the network' }),
      }),
    }),
  ),
  facets: Type.Object({
    format: FacetValues,
    language: FacetValues,
    audience: FacetValues,
    fiction: FacetValues,
    year: FacetValues,
    organisation: FacetValues,
    location: FacetValues,
  }),
  facetsCounted: Type.Integer({
    description: `how many hits the facets count: all of them up to ${rankWindow}, else the ${rankWindow} ranked`,
  }),
})
export type SearchResult = Static<typeof SearchResultSchema>
