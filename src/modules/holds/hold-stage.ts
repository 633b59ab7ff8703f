import type { HoldStage } from './hold.schema.js'
import type { HoldStatus } from './holds.tables.js'

/** Where the member's request is, in their words: placed → copy chosen → pulled → in the van → ready. */
export function stageOf(status: HoldStatus, transitSentAt: Date | null): HoldStage {
  switch (status) {
    case 'waiting':
      return 'placed'
    case 'targeted':
      return 'copy_chosen'
    case 'in_transit':
      return transitSentAt ? 'in_van' : 'pulled'
    case 'ready':
    case 'fulfilled':
    case 'cancelled':
    case 'expired':
      return status
  }
}

/** A member may cancel until the copy is pulled from the shelf. */
export const memberMayCancel = (status: HoldStatus) => status === 'waiting' || status === 'targeted'
