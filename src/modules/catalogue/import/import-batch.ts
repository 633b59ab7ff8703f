import { sql } from 'kysely'
import type { Db, Executor } from '../../../db/database.js'
import * as bulk from '../catalogue-bulk.repository.js'
import type { MappedRecord } from '../marc/marc-to-record.js'
import { workKey } from '../work-key.js'
import { alone, type Turn } from './batches-in-flight.js'
import type { ImportProblem } from './import-report.js'

/** A record read and mapped, with where it came from in the file. */
export interface PendingRecord {
  mapped: MappedRecord
  problemAt: Omit<ImportProblem, 'reason'>
}

export interface LocationRef {
  id: string
  organisationId: string
}

export interface BatchOutcome {
  created: number
  updated: number
  itemsCreated: number
  itemsUpdated: number
  problems: ImportProblem[]
}

const barcodePattern = /^[0-9A-Za-z-]{4,32}$/

/**
 * Writes one batch of records with their copies in one transaction: all of it or none of it, so
 * no record is ever half-written. A record whose copies cannot be placed (unknown location,
 * barcode of another organisation, a barcode twice) is left out and reported before the write.
 * Re-imports match on the 001 control number, else on an ISBN.
 */
export async function writeBatch(db: Db, batch: PendingRecord[], locations: Map<string, LocationRef>, turn = alone): Promise<BatchOutcome> {
  for (;;) {
    // waited for outside the transaction: PGlite's one connection must stay free for the batches before
    await turn.earlierHaveMatched
    const written = await db.transaction().execute((trx) => writeInTransaction(trx, batch, locations, turn))
    if ('outcome' in written) return written.outcome
    await written.lookAgainAfter
  }
}

/** The batch written, or (having written nothing) what to wait for before looking its records up again (see Turn). */
async function writeInTransaction(
  trx: Executor,
  batch: PendingRecord[],
  locations: Map<string, LocationRef>,
  turn: Turn,
): Promise<{ outcome: BatchOutcome } | { lookAgainAfter: Promise<void> }> {
  const problems: ImportProblem[] = []
  // the look-ups go out together, one round trip instead of two (a batch waits for each answer);
  // so the records refused below for their copies are looked up too, and their matches left unused
  const [, owners, matches] = await Promise.all([
    commitWithoutWaiting(trx),
    barcodeOwners(
      trx,
      batch.flatMap((p) => p.mapped.items.map((i) => i.barcode)),
    ),
    findMatches(
      trx,
      batch.map((p) => p.mapped),
    ),
  ])
  const lookAgainAfter = turn.matched(matchedIds(matches))
  if (lookAgainAfter) return { lookAgainAfter }
  const seen = new Set<string>()
  const accepted = batch.filter((pending) => {
    const reason = itemProblem(pending.mapped, locations, owners, seen)
    if (reason) problems.push({ ...pending.problemAt, reason })
    return !reason
  })
  const needWork = accepted.filter((p) => !matchOf(matches, p.mapped)?.work_id && linkedWork(matches, p.mapped) === null)
  // each key made once: made twice, the keys took 0.22 s of the importer's CPU profile (50,000 records)
  const workKeys = new Map(needWork.map((p) => [p, keyOf(p.mapped)]))
  const works = await bulk.upsertWorks(trx, uniqueWorks(workKeys))
  const records = accepted.map((p) => {
    const match = matchOf(matches, p.mapped)
    const workId = match?.work_id ?? linkedWork(matches, p.mapped) ?? works.get(workKeys.get(p) ?? '') ?? null
    return { fields: p.mapped, id: match?.id ?? null, workId }
  })
  // the barcodes were looked up above (owners); one another import adds meanwhile fails the insert,
  // and the batch is written again record by record (see writeOrIsolate)
  const items = accepted.flatMap((p, recordIndex) =>
    p.mapped.items.map((item) => {
      const location = locations.get(item.location.toLowerCase()) as LocationRef
      return {
        barcode: item.barcode,
        recordIndex,
        organisationId: location.organisationId,
        homeLocationId: location.id,
        shelfCode: item.shelfCode,
        collection: 'general',
        priceCents: item.priceCents,
        acquiredOn: item.acquiredOn,
        known: owners.has(item.barcode),
      }
    }),
  )
  if (records.length) await bulk.writeImportBatch(trx, records, items, { thenCommit: true })
  const created = records.filter((r) => r.id === null).length
  const itemsUpdated = items.filter((item) => item.known).length
  return { outcome: { created, updated: records.length - created, itemsCreated: items.length - itemsUpdated, itemsUpdated, problems } }
}

function itemProblem(
  record: MappedRecord,
  locations: Map<string, LocationRef>,
  owners: Map<string, string>,
  seen: Set<string>,
): string | null {
  for (const item of record.items) {
    if (!barcodePattern.test(item.barcode)) return `copy barcode '${item.barcode}' is not 4–32 letters, digits or dashes`
    const location = locations.get(item.location.toLowerCase())
    if (!location) return `copy ${item.barcode}: no location '${item.location}' in the network`
    const owner = owners.get(item.barcode)
    if (owner && owner !== location.organisationId) return `copy ${item.barcode} already belongs to organisation ${owner}`
    if (seen.has(item.barcode)) return `copy ${item.barcode} appears twice in this file`
    seen.add(item.barcode)
  }
  return null
}

/**
 * The batch's COMMIT does not wait for its WAL to reach the disk: the next batch waited for each,
 * 0.47-0.50 s of an import of 50,000 records (0.05-0.13 s without the wait). A crash can lose the
 * batches committed in the last moments before it (the WAL writer flushes them within a few hundred
 * ms), never part of one. A job is marked done by an ordinary commit, whose flush carries all the
 * WAL before it, so a job that says done has all its records on disk; one the crash stopped is marked
 * interrupted at the next start. Importing the same file again writes what was lost (records match
 * on 001, copies on barcode).
 */
async function commitWithoutWaiting(trx: Executor): Promise<void> {
  await sql`set local synchronous_commit = off`.execute(trx)
}

async function barcodeOwners(db: Executor, barcodes: string[]): Promise<Map<string, string>> {
  if (barcodes.length === 0) return new Map()
  // one array parameter: a list of a thousand parameters cost building, sending and planning
  const { rows } = await sql<{ barcode: string; organisation_id: string }>`select barcode, organisation_id from items
    where barcode = any(${barcodes}::text[])`.execute(db)
  return new Map(rows.map((r) => [r.barcode, r.organisation_id]))
}

interface Match {
  id: number
  work_id: number | null
  control_number: string | null
  isbns: string[]
}

interface Matches {
  byControlNumber: Map<string, Match>
  byIsbn: Map<string, Match>
}

/**
 * Two lookups, each by its own index: written as one query with `or`, the planner's estimate fell
 * below the table's size and it read every record instead (1.2 s a batch at 40,000 records).
 */
async function findMatches(db: Executor, records: MappedRecord[]): Promise<Matches> {
  const controlNumbers = records.map((r) => r.controlNumber).filter((c): c is string => c !== null)
  // only the ISBNs that decide something: a record with a 001 matches on it alone (matchOf)
  const isbns = records.flatMap((r) => (r.controlNumber ? r.linkedIsbns : [...r.isbns, ...r.linkedIsbns]))
  const [byNumber, byIsbn] = await Promise.all([
    controlNumbers.length
      ? sql<Match>`select id, work_id, control_number, isbns from records where control_number = any(${controlNumbers}::text[])`.execute(db)
      : { rows: [] },
    isbns.length
      ? sql<Match>`select r.id, r.work_id, r.control_number, r.isbns from unnest(${isbns}::text[]) as i(isbn)
          join records r on r.isbns @> array[i.isbn]`.execute(db)
      : { rows: [] },
  ])
  const byControlNumber = new Map(byNumber.rows.map((r) => [r.control_number as string, r]))
  return { byControlNumber, byIsbn: new Map(byIsbn.rows.flatMap((r) => r.isbns.map((isbn) => [isbn, r] as const))) }
}

/** Every existing record the look-ups found. */
function matchedIds(matches: Matches): number[] {
  return [...matches.byControlNumber.values(), ...matches.byIsbn.values()].map((match) => match.id)
}

/** The 001 decides when there is one; a record without 001 matches on an ISBN. */
function matchOf(matches: Matches, record: MappedRecord): Match | undefined {
  if (record.controlNumber) return matches.byControlNumber.get(record.controlNumber)
  return record.isbns.map((isbn) => matches.byIsbn.get(isbn)).find(Boolean)
}

/** An edition that names another format's ISBN (776 $z) joins that format's work. */
function linkedWork(matches: Matches, record: MappedRecord): number | null {
  return record.linkedIsbns.map((isbn) => matches.byIsbn.get(isbn)?.work_id).find((id) => id != null) ?? null
}

const keyOf = (record: MappedRecord) => workKey(record.title, record.authors[0])

function uniqueWorks(workKeys: Map<PendingRecord, string>) {
  const works = new Map<string, { key: string; title: string; author: string | null }>()
  for (const [{ mapped }, key] of workKeys) works.set(key, { key, title: mapped.title, author: mapped.authors[0] ?? null })
  return [...works.values()]
}
