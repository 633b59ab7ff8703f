import type { Trx } from '../../db/database.js'
import { deletePatronSessions } from './patron.repository.js'

/** Something that must be settled before a member can be erased, e.g. loans still out. */
export interface ErasureBlocker {
  code: string
  /** a sentence for the desk, e.g. '2 loans are still out.' */
  detail: string
}

/**
 * What another module does when a member is erased. Each module that keeps rows about members
 * adds one step to `erasureSteps` below: `blockers` says what must be settled first (the erasure
 * is refused while any step has blockers), `erase` removes or unlinks the module's own rows in
 * the same transaction. Patrons cannot know the other modules' tables; they know this list.
 */
export interface ErasureStep {
  name: string
  blockers(trx: Trx, patronId: number): Promise<ErasureBlocker[]>
  erase(trx: Trx, patronId: number): Promise<void>
}

/** Sessions end with the member: nothing can block that. */
const sessionsStep: ErasureStep = {
  name: 'sessions',
  blockers: async () => [],
  erase: async (trx, patronId) => {
    await deletePatronSessions(trx, patronId)
  },
}

/**
 * The steps run on every erasure, in this order. Circulation adds its step here (open loans and
 * unpaid fees block; holds are cancelled and a kept loan history unlinked).
 */
export const erasureSteps: readonly ErasureStep[] = [sessionsStep]
