import type { Db } from '../../../db/database.js'
import * as bulk from '../catalogue-bulk.repository.js'
import { MalformedRecord } from '../marc/marc-errors.js'
import type { MarcFile } from '../marc/marc-file.js'
import { type ItemsField, marcToRecord } from '../marc/marc-to-record.js'
import { BatchesInFlight, batchKeys, type Turn } from './batches-in-flight.js'
import { type BatchOutcome, type LocationRef, type PendingRecord, writeBatch } from './import-batch.js'
import { type ImportProblem, type ImportProgress, type ImportReport, maxProblemsKept } from './import-report.js'

const writersAtOnce = 2

export interface ImportOptions {
  itemsField: ItemsField | null
  batchSize?: number
  onProgress?: (progress: ImportProgress) => void
}

/**
 * Imports a MARC file record by record in batches: a malformed record is reported (number,
 * offset, reason) and the good ones go on. Memory stays flat: a few batches at a time.
 */
export async function importMarc(db: Db, file: MarcFile, options: ImportOptions): Promise<ImportReport> {
  const started = performance.now()
  const locations = await locationDirectory(db)
  const report: ImportReport = {
    format: file.format,
    recordsRead: 0,
    created: 0,
    updated: 0,
    skipped: 0,
    itemsCreated: 0,
    itemsUpdated: 0,
    problems: [],
    seconds: 0,
  }
  const addProblem = (problem: ImportProblem) => {
    report.skipped++
    if (report.problems.length < maxProblemsKept) report.problems.push(problem)
  }
  let batch: PendingRecord[] = []
  // Two batches are written at once, each on its own connection, while the next is read and
  // mapped: a batch is mostly the database's work (6 s of the 9-10 s of CPU of 50,000 records), and
  // one at a time kept it to one of our 2 cores. bench:search on a quiet moment: 9,746 and 9,619
  // records/s, against 5,377 and 6,354 one at a time just before. (PGlite is one connection: there
  // the second batch waits for the first's connection, and one is written at a time as before.)
  const inFlight = new BatchesInFlight<BatchOutcome>(writersAtOnce)
  // outcomes join the report in file order, so the problems it keeps are the file's first
  let reported: Promise<void> = Promise.resolve()
  let failure: { error: unknown } | null = null
  const flush = async () => {
    const current = batch
    batch = []
    if (failure) {
      // the batches still in flight finish first: nothing is left writing after the import has failed
      await reported
      throw failure.error
    }
    const written = current.length
      ? (await inFlight.start(batchKeys(current), (turn) => writeOrIsolate(db, current, locations, turn))).outcome
      : null
    reported = reported
      .then(async () => {
        if (written) add(report, await written, addProblem)
        options.onProgress?.({ bytesRead: file.bytesRead(), bytesTotal: file.bytesTotal, ...counts(report) })
      })
      .catch((error: unknown) => {
        failure ??= { error }
      })
  }
  for await (const result of file.results) {
    report.recordsRead++
    const at = {
      number: result.number,
      ...(result.offset !== undefined && { offset: result.offset }),
      ...(result.line !== undefined && { line: result.line }),
    }
    if (result.kind === 'malformed') {
      addProblem({ ...at, reason: result.reason })
      continue
    }
    try {
      const mapped = marcToRecord(result.record, options.itemsField)
      batch.push({ mapped, problemAt: { ...at, ...(mapped.controlNumber && { controlNumber: mapped.controlNumber }) } })
    } catch (error) {
      if (!(error instanceof MalformedRecord)) throw error
      addProblem({ ...at, reason: error.message })
    }
    if (batch.length >= (options.batchSize ?? 500)) await flush()
  }
  await flush()
  await reported
  if (failure) throw (failure as { error: unknown }).error
  // searches read the whole pending list of the text index: merge what this import put there now
  await bulk.flushSearchIndex(db)
  report.problems.sort((a, b) => a.number - b.number)
  report.seconds = (performance.now() - started) / 1000
  return report
}

/** A batch the database refuses (a rule no check here foresaw) is written again one record at a time, to name the culprit. */
async function writeOrIsolate(db: Db, batch: PendingRecord[], locations: Map<string, LocationRef>, turn: Turn): Promise<BatchOutcome> {
  try {
    return await writeBatch(db, batch, locations, turn)
  } catch (error) {
    if (batch.length === 1) {
      const [pending] = batch as [PendingRecord]
      return {
        created: 0,
        updated: 0,
        itemsCreated: 0,
        itemsUpdated: 0,
        problems: [{ ...pending.problemAt, reason: databaseReason(error) }],
      }
    }
    const outcomes: BatchOutcome[] = []
    for (const pending of batch) outcomes.push(await writeOrIsolate(db, [pending], locations, turn))
    return outcomes.reduce(sumOutcomes)
  }
}

function databaseReason(error: unknown): string {
  const pg = error as { message?: string; constraint?: string }
  return `the catalogue refused it: ${pg.constraint ? `rule ${pg.constraint}` : (pg.message ?? String(error))}`
}

const sumOutcomes = (a: BatchOutcome, b: BatchOutcome): BatchOutcome => ({
  created: a.created + b.created,
  updated: a.updated + b.updated,
  itemsCreated: a.itemsCreated + b.itemsCreated,
  itemsUpdated: a.itemsUpdated + b.itemsUpdated,
  problems: [...a.problems, ...b.problems],
})

function add(report: ImportReport, outcome: BatchOutcome, addProblem: (p: ImportProblem) => void): void {
  report.created += outcome.created
  report.updated += outcome.updated
  report.itemsCreated += outcome.itemsCreated
  report.itemsUpdated += outcome.itemsUpdated
  for (const problem of outcome.problems) addProblem(problem)
}

const counts = (r: ImportReport) => ({ recordsRead: r.recordsRead, created: r.created, updated: r.updated, skipped: r.skipped })

/** Copies name their location by id ("bind-meppel") or by name ("Bibliotheek Meppel"), in any case. */
async function locationDirectory(db: Db): Promise<Map<string, LocationRef>> {
  const rows = await db.selectFrom('locations').select(['id', 'name', 'organisation_id', 'type']).where('type', '!=', 'office').execute()
  const directory = new Map<string, LocationRef>()
  for (const row of rows) {
    const ref = { id: row.id, organisationId: row.organisation_id }
    directory.set(row.name.toLowerCase(), ref)
    directory.set(row.id, ref)
  }
  return directory
}
