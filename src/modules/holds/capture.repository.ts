import { type Expression, type RawBuilder, sql } from 'kysely'
import type { Trx } from '../../db/database.js'

export interface CaptureRow {
  id: number
  status: 'waiting' | 'targeted'
  patron_id: number
  patron_organisation_id: string
  category: string
  pickup_location_id: string
  placed_at: Date
  target_location_id: string | null
}

/** The returned copy: its values, or expressions over the statement around it (a check-in's one read). */
export interface CaptureCopy {
  id: number | Expression<number>
  record_id: number | Expression<number>
  work_id: number | null | Expression<number | null>
  format: string | Expression<string>
}

/**
 * Holds a returned copy could fill: item-level holds on it, title-level holds on its record or, when
 * they accept any edition, on the work's other editions of the same format. Waiting ones, and
 * targeted ones whose copy is not pulled yet (capture may take them over). Oldest first, locked.
 */
export function captureCandidatesQuery(item: CaptureCopy, today: string, limit: number): RawBuilder<CaptureRow> {
  return sql<CaptureRow>`
    select h.id, h.status, h.patron_id, h.patron_organisation_id, p.category, h.pickup_location_id, h.placed_at,
      ti.current_location_id as target_location_id
    from holds h
    join patrons p on p.id = h.patron_id
    left join items ti on ti.id = h.target_item_id
    where h.status in ('waiting', 'targeted')
      and (h.suspended_until is null or h.suspended_until <= ${today})
      and not (${item.id}::int = any(h.excluded_item_ids))
      and h.target_item_id is distinct from ${item.id}
      -- three plain alternatives, each served by an index (item-level holds on the copy, title-level
      -- holds on its record, on the work's other editions): nested, they made the planner read every hold
      and ((h.level = 'item' and h.item_id = ${item.id})
        or (h.level = 'title' and h.record_id = ${item.record_id})
        or (h.level = 'title' and h.any_edition
          and h.record_id = any(array(select r.id from records r where r.work_id = ${item.work_id} and r.format = ${item.format}))))
    order by h.placed_at, h.id
    limit ${limit}
    for update of h skip locked`
}

export async function lockCaptureCandidates(trx: Trx, item: CaptureCopy, today: string, limit = 200): Promise<CaptureRow[]> {
  const result = await captureCandidatesQuery(item, today, limit).execute(trx)
  return result.rows
}
