// The API's shapes, taken from the server's own schemas (type-only: nothing of the server is bundled),
// so a change there that a page is not ready for fails `tsc -p web`.
export type { ActorResponse as Actor } from '../../../src/modules/access/access.schema.js'
export type { CatalogueRecord, Edition, Work } from '../../../src/modules/catalogue/catalogue.schema.js'
export type { SearchResult } from '../../../src/modules/catalogue/search/search.schema.js'
export type { CrateManifestResponse, StopManifestResponse } from '../../../src/modules/logistics/crate.schema.js'
export type { Depot, Plan } from '../../../src/modules/logistics/transport.schema.js'
export type { Location } from '../../../src/modules/network/network.schema.js'
export type { Patron } from '../../../src/modules/patrons/patron.schema.js'
