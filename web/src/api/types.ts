// The API's shapes, taken from the server's own schemas (type-only: nothing of the server is bundled),
// so a change there that a page is not ready for fails `tsc -p web`.
export type { ActorResponse as Actor } from '../../../src/modules/access/access.schema.js'
export type { CatalogueRecord, Edition, Work } from '../../../src/modules/catalogue/catalogue.schema.js'
export type { SearchResult } from '../../../src/modules/catalogue/search/search.schema.js'
export type { Fee } from '../../../src/modules/circulation/fee.schema.js'
export type { Loan } from '../../../src/modules/circulation/loan.schema.js'
export type { Hold, HoldStage } from '../../../src/modules/holds/hold.schema.js'
export type { CrateManifestResponse, StopManifestResponse } from '../../../src/modules/logistics/crate.schema.js'
export type { Depot, Plan } from '../../../src/modules/logistics/transport.schema.js'
export type { ClosedDay, Location, Organisation } from '../../../src/modules/network/network.schema.js'
export type { Patron } from '../../../src/modules/patrons/patron.schema.js'

import type { Static } from '@fastify/type-provider-typebox'
import type { RenewalResponse as RenewalResponseSchema } from '../../../src/modules/circulation/loan.schema.js'
import type { PlaceHoldResponse as PlaceHoldResponseSchema } from '../../../src/modules/holds/hold.schema.js'
export type PlaceHoldResponse = Static<typeof PlaceHoldResponseSchema>
export type RenewalResponse = Static<typeof RenewalResponseSchema>
export type { DigitalAlternative } from '../../../src/modules/holds/hold.errors.js'
export type { HoldFeeQuote } from '../../../src/modules/holds/hold-fee.js'
