import { Command } from 'commander'
import type { Db } from '../db/database.js'
import { ValidationError } from '../errors.js'
import { systemActor } from '../modules/access/actor.js'
import { circulationPolicy } from '../modules/circulation/policy-cache.js'
import { packCrate, receiveCrate, sendCrate } from '../modules/logistics/crates.js'
import { type CrateManifest, crateManifest, manifestOf, stopManifest } from '../modules/logistics/manifests.js'
import { barcodesFrom, run } from './with-database.js'

const now = () => new Date()
const policy = (db: Db) => circulationPolicy(db, now())

/** A pakbon as plain text, to print or to read on a terminal. */
export function formatManifest(m: CrateManifest): string {
  const lines = m.items.map(
    (i) => `  ${i.barcode.padEnd(16)} ${(i.shelfCode ?? '').padEnd(12)} ${i.title}${i.holdId ? `  [hold ${i.holdId}]` : ''}`,
  )
  return [
    `Krat / crate ${m.code}${m.label ? ` (${m.label})` : ''} — ${m.status}${m.runDate ? `, run ${m.runDate}` : ''}`,
    `Van / from ${m.from.name} (${m.from.id})  →  naar / to ${m.to.name} (${m.to.id})`,
    ...lines,
    `${m.items.length} item(s)`,
  ].join('\n')
}

/** `naober crates …`: pack, send, receive and print manifests from the command line (as the network admin). */
export function cratesCommand(): Command {
  const crates = new Command('crates').description('crates and their manifests (pakbonnen)')
  crates
    .command('pack')
    .description('pack copies waiting at a location for one destination; barcodes as arguments or on stdin')
    .requiredOption('--location <id>', 'where the crate is packed')
    .requiredOption('--to <id>', 'where it goes')
    .option('--label <text>')
    .option('--run-date <YYYY-MM-DD>', 'the van run that will carry it')
    .option('--json')
    .argument('[barcodes...]')
    .action(async (barcodes: string[], o: { location: string; to: string; label?: string; runDate?: string; json?: boolean }) => {
      const itemBarcodes = await barcodesFrom(barcodes)
      await run(
        async (db) => {
          const p = await policy(db)
          const crate = await packCrate(
            db,
            systemActor,
            { locationId: o.location, toLocationId: o.to, itemBarcodes, label: o.label, runDate: o.runDate },
            p,
            now(),
          )
          return manifestOf(db, crate, p)
        },
        o.json,
        formatManifest,
      )()
    })
  crates
    .command('send')
    .description('the van takes a packed crate')
    .argument('<code>', 'the crate code')
    .option('--run-date <YYYY-MM-DD>', 'the run (default today)')
    .option('--json')
    .action((code: string, o: { runDate?: string; json?: boolean }) =>
      run(
        async (db) => {
          const p = await policy(db)
          return manifestOf(db, await sendCrate(db, systemActor, { code, runDate: o.runDate }, p, now()), p)
        },
        o.json,
        formatManifest,
      )(),
    )
  crates
    .command('receive')
    .description('receive a crate at its destination: checks in the scanned copies (arguments or stdin), lists missing and unexpected ones')
    .argument('<code>', 'the crate code')
    .argument('[barcodes...]')
    .option('--json')
    .action(async (code: string, barcodes: string[], o: { json?: boolean }) => {
      const itemBarcodes = await barcodesFrom(barcodes)
      await run(
        async (db) => receiveCrate(db, systemActor, { code, itemBarcodes }, await policy(db), now()),
        o.json,
        (r: Awaited<ReturnType<typeof receiveCrate>>) =>
          [
            ...r.checkedIn.map((c) => `${c.item.barcode}\t${c.answer.message}`),
            ...r.missing.map((m) => `${m.barcode}\tmissing: on the manifest, not in the crate (${m.title})`),
            ...r.unexpected.map((b) => `${b}\tunexpected: not on the manifest (checked in all the same)`),
          ].join('\n'),
      )()
    })
  crates
    .command('manifest')
    .description('print the manifest of a crate, or with --location and --run-date that of a stop')
    .argument('[code]', 'the crate code')
    .option('--location <id>')
    .option('--run-date <YYYY-MM-DD>')
    .option('--json')
    .action((code: string | undefined, o: { location?: string; runDate?: string; json?: boolean }) =>
      run(
        async (db) => {
          const p = await policy(db)
          if (code) return crateManifest(db, systemActor, code, p)
          if (!o.location || !o.runDate)
            throw new ValidationError([{ field: 'code', message: 'give a crate code, or --location and --run-date for a stop' }])
          return stopManifest(db, systemActor, { locationId: o.location, runDate: o.runDate }, p)
        },
        o.json,
        (m: CrateManifest | Awaited<ReturnType<typeof stopManifest>>) =>
          'crates' in m
            ? [
                `Stop ${m.location.name} (${m.location.id}), run ${m.runDate}: ${m.totalCrates} crate(s), ${m.totalItems} item(s)`,
                ...m.crates.map(formatManifest),
              ].join('\n\n')
            : formatManifest(m),
      )(),
    )
  return crates
}
