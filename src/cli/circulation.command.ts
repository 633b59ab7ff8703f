import type { Command } from 'commander'
import { systemActor } from '../modules/access/actor.js'
import { localDate } from '../modules/circulation/dates.js'
import { lendAtDesk, renewLoanFor, returnAtDesk } from '../modules/circulation/desk-circulation.js'
import { runCirculationJobs } from '../modules/circulation/jobs.js'
import { circulationPolicy } from '../modules/circulation/policy-cache.js'
import { holdShelfOf, hopelessList, placeHoldFor, pullListOf } from '../modules/holds/holds.js'
import { runTargeting } from '../modules/holds/run-targeting.js'
import { senderFromEnvironment } from '../modules/notices/sender.js'
import { fail } from './output.js'
import { barcodesFrom, run, withDatabase } from './with-database.js'

const csvCell = (value: unknown) => `"${String(value ?? '').replaceAll('"', '""')}"`

/**
 * The desk's work for scripts: a batch of returns from a book drop, printing the pull list each
 * morning, the nightly jobs. The command line acts as the network admin (it holds the database).
 */
export function registerCirculationCommands(program: Command): void {
  const now = () => new Date()
  program
    .command('checkout')
    .description('lend a copy: naober checkout --item BARCODE --card CARD --location LOCATION')
    .requiredOption('--item <barcode>')
    .requiredOption('--card <number>')
    .requiredOption('--location <id>')
    .option('--json', 'print the answer as JSON')
    .action((o: { item: string; card: string; location: string; json?: boolean }) =>
      run(
        async (db) =>
          lendAtDesk(
            db,
            systemActor,
            { itemBarcode: o.item, cardNumber: o.card, locationId: o.location },
            await circulationPolicy(db, now()),
            now(),
          ),
        o.json,
        (r: { item: { barcode: string; title: string }; dueOn: string }) => `lent ${r.item.barcode} (${r.item.title}), due ${r.dueOn}`,
      )(),
    )

  program
    .command('checkin')
    .description('return copies at a location and print where each goes; barcodes as arguments or one per line on stdin')
    .requiredOption('--location <id>')
    .option('--json', 'print the answers as JSON lines')
    .argument('[barcodes...]')
    .action(async (barcodes: string[], o: { location: string; json?: boolean }) => {
      const list = await barcodesFrom(barcodes)
      await withDatabase(async (db) => {
        for (const barcode of list) {
          try {
            const answer = await returnAtDesk(
              db,
              systemActor,
              { itemBarcode: barcode, locationId: o.location },
              await circulationPolicy(db, now()),
              now(),
            )
            console.log(o.json ? JSON.stringify(answer) : `${barcode}\t${answer.answer.message}`)
          } catch (error) {
            console.log(
              o.json
                ? JSON.stringify({ barcode, error: error instanceof Error ? error.message : String(error) })
                : `${barcode}\tnot returned: ${error instanceof Error ? error.message : String(error)}`,
            )
          }
        }
      }).catch(fail)
    })

  program
    .command('renew')
    .description('renew the open loan of a copy')
    .requiredOption('--item <barcode>')
    .option('--json')
    .action((o: { item: string; json?: boolean }) =>
      run(
        async (db) => renewLoanFor(db, systemActor, { itemBarcode: o.item }, await circulationPolicy(db, now()), now()),
        o.json,
        (r: { dueOn: string; renewalsLeft: number }) => `renewed: due ${r.dueOn}, ${r.renewalsLeft} renewals left`,
      )(),
    )

  const holds = program.command('holds').description('holds and the IBL engine')
  holds
    .command('place')
    .requiredOption('--card <number>')
    .requiredOption('--record <id>', 'record id', (v) => Number.parseInt(v, 10))
    .requiredOption('--pickup <location>')
    .option('--json')
    .action((o: { card: string; record: number; pickup: string; json?: boolean }) =>
      run(
        async (db) =>
          placeHoldFor(
            db,
            systemActor,
            { cardNumber: o.card, recordId: o.record, pickupLocationId: o.pickup, confirmIbl: true },
            await circulationPolicy(db, now()),
            now(),
          ),
        o.json,
        (r: { hold: { id: number; stage: string; staff?: { targetReason: { summary: string } | null } } }) =>
          `hold ${r.hold.id}: ${r.hold.stage}. ${r.hold.staff?.targetReason?.summary ?? ''}`,
      )(),
    )
  holds
    .command('target')
    .description('run the IBL engine over every waiting hold')
    .option('--json')
    .action((o: { json?: boolean }) =>
      run(
        async (db) => runTargeting(db, await circulationPolicy(db, now()), now()),
        o.json,
        (r: { holds: number; targeted: number; national: number; hopeless: number; seconds: number }) =>
          `${r.holds} waiting holds: ${r.targeted} targeted, ${r.national} national IBL, ${r.hopeless} hopeless (${r.seconds.toFixed(1)} s)`,
      )(),
    )
  holds
    .command('hopeless')
    .description('holds no copy can fill')
    .action(() =>
      run(
        (db) => hopelessList(db, systemActor),
        true,
        () => '',
      )(),
    )

  program
    .command('pull-list')
    .description('what to pull from the shelves for holds at a location, in shelf order (CSV for printing)')
    .argument('<location>')
    .option('--json')
    .action((location: string, o: { json?: boolean }) =>
      run(
        (db) => pullListOf(db, location),
        o.json,
        (rows: { shelfCode: string | null; barcode: string; title: string; pickupLocationId: string }[]) =>
          [
            'shelf,barcode,title,pickup',
            ...rows.map((r) => [r.shelfCode, r.barcode, r.title, r.pickupLocationId].map(csvCell).join(',')),
          ].join('\n'),
      )(),
    )

  program
    .command('hold-shelf')
    .description('what waits on the hold shelf of a location (CSV)')
    .argument('<location>')
    .option('--json')
    .action((location: string, o: { json?: boolean }) =>
      run(
        (db) => holdShelfOf(db, location, localDate(now())),
        o.json,
        (
          rows: {
            pickupCode: string | null
            barcode: string
            title: string
            pickupDeadline: string | null
            expired: boolean
            afterDeadline: string
          }[],
        ) =>
          [
            'code,barcode,title,deadline,expired,after',
            ...rows.map((r) => [r.pickupCode, r.barcode, r.title, r.pickupDeadline, r.expired, r.afterDeadline].map(csvCell).join(',')),
          ].join('\n'),
      )(),
    )

  program
    .command('jobs')
    .description('run the scheduled circulation jobs once: hold expiry, targeting, overdue, notices')
    .action(() =>
      run(
        (db) => runCirculationJobs(db, senderFromEnvironment(), now()),
        true,
        () => '',
      )(),
    )
}
