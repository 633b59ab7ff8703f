import { type QueryCreator, sql } from 'kysely'
import type { Database, Executor } from '../../db/database.js'
import type { AgeBand, CirculationAction, EventChannel } from './circulation-event.tables.js'

/** The anonymised dimensions of a member: never who, only which group. */
export interface PatronDimensions {
  patron_organisation_id: string
  patron_category: string
  age_band: AgeBand
  municipality_code: string | null
}

export interface ItemDimensions {
  record_id: number
  item_organisation_id: string
  item_home_location_id: string
  format: string
  audience: string
  fiction: boolean
  collection: string
}

export function ageBand(birthYear: number, at: Date): AgeBand {
  const age = at.getUTCFullYear() - birthYear
  if (age <= 5) return '0-5'
  if (age <= 11) return '6-11'
  if (age <= 17) return '12-17'
  if (age <= 29) return '18-29'
  if (age <= 44) return '30-44'
  if (age <= 64) return '45-64'
  return '65+'
}

export function patronDimensions(
  patron: { organisation_id: string; category: string; birth_year: number; municipality_code: string | null },
  at: Date,
): PatronDimensions {
  return {
    patron_organisation_id: patron.organisation_id,
    patron_category: patron.category,
    age_band: ageBand(patron.birth_year, at),
    municipality_code: patron.municipality_code,
  }
}

export function itemDimensions(item: {
  record_id: number
  organisation_id: string
  home_location_id: string
  format: string
  audience: string
  fiction: boolean
  collection: string
}): ItemDimensions {
  return {
    record_id: item.record_id,
    item_organisation_id: item.organisation_id,
    item_home_location_id: item.home_location_id,
    format: item.format,
    audience: item.audience,
    fiction: item.fiction,
    collection: item.collection,
  }
}

export interface CirculationEvent extends Partial<PatronDimensions>, Partial<ItemDimensions> {
  at: Date
  action: CirculationAction
  channel?: EventChannel
  organisation_id?: string | null
  location_id?: string | null
  ibl_tier?: string | null
  amount_cents?: number | null
}

// Every column an event may carry, with its type: an event without one stores null (no column has a default).
const eventColumns = [
  ['at', 'timestamptz'],
  ['action', 'text'],
  ['channel', 'text'],
  ['organisation_id', 'text'],
  ['location_id', 'text'],
  ['ibl_tier', 'text'],
  ['amount_cents', 'integer'],
  ['patron_organisation_id', 'text'],
  ['patron_category', 'text'],
  ['age_band', 'text'],
  ['municipality_code', 'text'],
  ['record_id', 'integer'],
  ['item_organisation_id', 'text'],
  ['item_home_location_id', 'text'],
  ['format', 'text'],
  ['audience', 'text'],
  ['fiction', 'boolean'],
  ['collection', 'text'],
] as const satisfies readonly (readonly [keyof CirculationEvent, string])[]

/**
 * One statement for any number of events, with one array parameter per column rather than one
 * parameter per value: a targeting batch appends thousands, and binding stays cheap. It is a
 * query builder, so a desk action can write its events in the same statement as its other writes.
 */
export function insertEvents(db: QueryCreator<Database>, events: readonly CirculationEvent[]) {
  const arrays = eventColumns.map(([column, type]) => sql`${events.map((event) => event[column] ?? null)}::${sql.raw(type)}[]`)
  return db
    .insertInto('circulation_events')
    .columns(eventColumns.map(([column]) => column))
    .expression(sql`select * from unnest(${sql.join(arrays)})`)
}

export async function appendEvents(db: Executor, events: readonly CirculationEvent[]): Promise<void> {
  if (events.length > 0) await insertEvents(db, events).execute()
}
