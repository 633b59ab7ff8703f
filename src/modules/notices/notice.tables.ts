import type { Generated, Selectable } from 'kysely'
import type { Language } from '../patrons/patron.tables.js'

export const noticeKinds = ['hold_ready', 'pickup_reminder', 'hold_expired', 'due_soon', 'overdue'] as const
export type NoticeKind = (typeof noticeKinds)[number]

export interface NoticeTable {
  id: Generated<number>
  patron_id: number | null
  organisation_id: string
  kind: NoticeKind
  language: Language
  recipient: string | null
  subject: string
  body: string
  dedupe_key: string
  created_at: Date
  sent_at: Date | null
  failed_at: Date | null
  error: string | null
  attempts: Generated<number>
}

export type NoticeRow = Selectable<NoticeTable>
