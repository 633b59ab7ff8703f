/**
 * The import part of bench:search: a generated ISO 2709 file of new records with 952 copies,
 * imported through the importer the CLI and the API use, and in the same run a baseline: the same
 * records and copies, read and mapped beforehand, written by bare multi-row INSERTs (one
 * transaction a batch of 500, one after the other; no matching, works, dictionary or checks). Each
 * is run twice, alternately, and removed again after each run, so a re-run with --reuse measures
 * the same thing. The CPU seconds of this process and (on a server on this machine) of its
 * database connections say where the time went.
 */
import { rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import type { Db } from '../src/db/database.js'
import { demoWork } from '../src/demo/demo-records.js'
import { Random } from '../src/demo/random.js'
import { importMarc } from '../src/modules/catalogue/import/import-marc.js'
import { openMarcFile } from '../src/modules/catalogue/marc/marc-file.js'
import { type MappedRecord, marcToRecord } from '../src/modules/catalogue/marc/marc-to-record.js'
import { toIso2709 } from '../src/modules/catalogue/marc/marc-writer.js'
import { recordToMarc } from '../src/modules/catalogue/marc/record-to-marc.js'
import { recordColumns } from '../src/modules/catalogue/record-fields.js'
import { withCpu } from './cpu.js'

export interface ImportRate {
  records: number
  skipped: number
  /** records/s of each import run */
  rates: number[]
  /** records/s of each baseline run */
  baseline_rates: number[]
  /** CPU seconds of each import run: this process, and the database's backends when they run here */
  node_cpu_s: number[]
  db_cpu_s: (number | null)[]
}

export async function importRate(
  db: Db,
  kind: 'postgres' | 'pglite',
  records: number,
  log: (message: string) => void,
): Promise<ImportRate> {
  const file = await writeBenchFile(db, records)
  const rows = await readRows(file)
  const result: ImportRate = { records: 0, skipped: 0, rates: [], baseline_rates: [], node_cpu_s: [], db_cpu_s: [] }
  try {
    for (let round = 1; round <= 2; round++) {
      const imported = await measured(db, kind, async () => importMarc(db, await openMarcFile(file), { itemsField: '952' }))
      const report = imported.value
      result.records = report.recordsRead
      result.skipped = report.skipped
      result.rates.push(report.recordsRead / imported.seconds)
      result.node_cpu_s.push(imported.nodeCpu)
      result.db_cpu_s.push(imported.dbCpu)
      log(
        `import ${round}: ${report.created} created, ${report.skipped} skipped, ${report.itemsCreated} copies in ${imported.seconds.toFixed(1)} s` +
          ` = ${(report.recordsRead / imported.seconds).toFixed(0)} records/s (CPU: node ${imported.nodeCpu.toFixed(1)} s, database ${imported.dbCpu?.toFixed(1) ?? '?'} s)`,
      )
      await imported.remove()
      const bare = await measured(db, kind, () => bareInsert(db, rows))
      result.baseline_rates.push(rows.length / bare.seconds)
      log(
        `baseline ${round}: bare inserts of the same ${rows.length} records in ${bare.seconds.toFixed(1)} s = ${(rows.length / bare.seconds).toFixed(0)} records/s` +
          ` (CPU: node ${bare.nodeCpu.toFixed(1)} s, database ${bare.dbCpu?.toFixed(1) ?? '?'} s)`,
      )
      await bare.remove()
    }
  } finally {
    await rm(file, { force: true })
  }
  return result
}

/** New records (control numbers BENCHIMP…) of the demo generator, up to 3 copies each in 952. */
async function writeBenchFile(db: Db, records: number): Promise<string> {
  const file = path.join(os.tmpdir(), `naober-bench-import-${records}.mrc`)
  const random = new Random(4242)
  const locations = ['bind-meppel', 'facet-emmen', 'dnk-assen', 'hgv-hoogeveen']
  const known = new Set((await db.selectFrom('locations').select('id').execute()).map((l) => l.id))
  const homes = locations.filter((l) => known.has(l))
  const chunks: Buffer[] = []
  let written = 0
  for (let n = 1; written < records; n++) {
    for (const edition of demoWork(random, n)) {
      if (written >= records) break
      written++
      const record = { ...edition, id: 0, workId: null, controlNumber: `BENCHIMP${written}` }
      const items = Array.from({ length: Math.min(edition.copies, 3) }, (_, c) => {
        const home = homes[(written + c) % homes.length] ?? 'bind-meppel'
        return {
          id: 0,
          barcode: `9B${String(written).padStart(7, '0')}${c}`,
          recordId: 0,
          organisationId: '',
          homeLocationId: home,
          currentLocationId: home,
          shelfCode: edition.shelfCode,
          collection: 'general',
          status: 'available' as const,
          acquiredOn: '2026-01-15',
          priceCents: 1999,
        }
      })
      const marc = recordToMarc(record, items)
      // the 001 of an export is our record id; a file from elsewhere brings its own control numbers
      const fields = marc.fields.map((f) => (f.tag === '001' ? { tag: '001', value: record.controlNumber } : f))
      chunks.push(toIso2709({ ...marc, fields }))
    }
  }
  await writeFile(file, Buffer.concat(chunks))
  return file
}

/** The file's records as the importer maps them, read before the baseline's clock starts. */
async function readRows(file: string): Promise<MappedRecord[]> {
  const rows: MappedRecord[] = []
  for await (const result of (await openMarcFile(file)).results) if (result.kind === 'record') rows.push(marcToRecord(result.record, '952'))
  return rows
}

/** Records and their copies by plain multi-row INSERTs, a transaction for each 500 records. */
async function bareInsert(db: Db, rows: MappedRecord[]): Promise<void> {
  const organisationOf = new Map(
    (await db.selectFrom('locations').select(['id', 'organisation_id']).execute()).map((l) => [l.id, l.organisation_id]),
  )
  for (let from = 0; from < rows.length; from += 500) {
    const batch = rows.slice(from, from + 500)
    await db.transaction().execute(async (trx) => {
      const ids = await trx.insertInto('records').values(batch.map(recordColumns)).returning(['id', 'control_number']).execute()
      const idOf = new Map(ids.map((r) => [r.control_number, r.id]))
      const items = batch.flatMap((r) =>
        r.items.map((item) => ({
          barcode: item.barcode,
          record_id: idOf.get(r.controlNumber) as number,
          organisation_id: organisationOf.get(item.location) as string,
          home_location_id: item.location,
          current_location_id: item.location,
          shelf_code: item.shelfCode,
          price_cents: item.priceCents,
          acquired_on: item.acquiredOn ?? '2026-01-15',
        })),
      )
      if (items.length) await trx.insertInto('items').values(items).execute()
    })
  }
}

/**
 * Runs one import (or baseline) and times it: wall clock, this process's CPU and, when the
 * server runs on this machine, its backends' CPU (bench/cpu.ts). `remove` takes its rows away again.
 */
async function measured<T>(db: Db, kind: 'postgres' | 'pglite', run: () => Promise<T>) {
  const before = await sql<{ record: number; work: number; name: string }>`select (select coalesce(max(id), 0) from records) as record,
      (select coalesce(max(id), 0) from works) as work, current_database() as name`.execute(db)
  const { record, work, name } = before.rows[0] ?? { record: 0, work: 0, name: '' }
  const started = performance.now()
  const { output: value, cpu } = await withCpu(name, run)
  const seconds = (performance.now() - started) / 1000
  const remove = async () => {
    await sql`delete from items where record_id > ${record}`.execute(db)
    await sql`delete from records where id > ${record}`.execute(db)
    await sql`delete from works where id > ${work}`.execute(db)
    // as autovacuum would: the next run meets no dead rows of this one
    await sql`vacuum analyze records, items, works`.execute(db)
  }
  return { value, seconds, nodeCpu: cpu.nodeMs / 1000, dbCpu: kind === 'postgres' ? cpu.dbMs / 1000 : null, remove }
}
