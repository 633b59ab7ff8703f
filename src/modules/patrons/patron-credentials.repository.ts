import type { Executor } from '../../db/database.js'

export function findPatronCredentials(db: Executor, cardNumber: string) {
  return db.selectFrom('patrons').where('card_number', '=', cardNumber).select(['id', 'organisation_id', 'pin_hash']).executeTakeFirst()
}

export async function updatePatronPinHash(db: Executor, patronId: number, pinHash: string): Promise<void> {
  await db.updateTable('patrons').set({ pin_hash: pinHash, updated_at: new Date() }).where('id', '=', patronId).execute()
}
