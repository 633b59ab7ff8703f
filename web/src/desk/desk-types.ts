// The desk's API shapes, from the server's own schemas (type-only, nothing of the server is bundled).
import type { Static } from '@fastify/type-provider-typebox'
import type { MovementSchema } from '../../../src/modules/circulation/loan.schema.js'
import type {
  HoldShelfEntry as HoldShelfEntrySchema,
  PullListEntry as PullListEntrySchema,
} from '../../../src/modules/holds/hold.schema.js'

export type { Item } from '../../../src/modules/catalogue/catalogue.schema.js'
export type { Fee } from '../../../src/modules/circulation/fee.schema.js'
export type { CheckInResponse, CheckOutResponse, Loan } from '../../../src/modules/circulation/loan.schema.js'
export type { Hold } from '../../../src/modules/holds/hold.schema.js'
export type { PatronListItem } from '../../../src/modules/patrons/patron.schema.js'
export type PullListEntry = Static<typeof PullListEntrySchema>
export type HoldShelfEntry = Static<typeof HoldShelfEntrySchema>
export type Movement = Static<typeof MovementSchema>
