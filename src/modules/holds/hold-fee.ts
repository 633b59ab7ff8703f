import type { Db } from '../../db/database.js'
import { NotFoundError } from '../../errors.js'
import type { PatronActor } from '../access/actor.js'
import { findPatronById } from '../circulation/patron-eligibility.repository.js'
import type { CirculationPolicy } from '../circulation/policy.js'
import { findRecordForHold } from './place-hold.repository.js'

export interface HoldFeeQuote {
  ownLibraryCents: number
  provincialCents: number
  nationalCents: number
}

/**
 * What a hold on this record would cost the member, before they confirm. Which of the three applies
 * is known only once a copy is chosen, so the member sees all three (placing the hold says which).
 */
export async function quoteHoldFee(db: Db, actor: PatronActor, recordId: number, policy: CirculationPolicy): Promise<HoldFeeQuote> {
  const [patron, record] = await Promise.all([findPatronById(db, actor.patronId), findRecordForHold(db, recordId)])
  if (!patron) throw new NotFoundError('member', { id: actor.patronId })
  if (!record) throw new NotFoundError('record', { id: recordId })
  const fees = policy.rule(patron.organisation_id, patron.category, { format: record.format, collection: 'general' }).holdFeeCents
  return { ownLibraryCents: fees.local, provincialCents: fees.provincial, nationalCents: fees.national }
}
