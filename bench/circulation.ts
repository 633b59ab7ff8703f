/**
 * npm run bench:circulation — the time to target 50,000 waiting holds, then check-out + check-in
 * pairs over HTTP with 16 clients (with those holds in the table), and in the same run a baseline
 * (single-row UPDATE transactions with 16 clients on the same database). On the PostgreSQL server
 * (DATABASE_URL, default the local test server) and on PGlite. Writes bench/results/circulation.json.
 *
 *   npm run bench:circulation -- [--scale small|province] [--db postgres|pglite|both] [--seconds 20] [--reuse]
 *     [--name naober_bench_province] [--only pairs|targeting]
 *
 * `--name` picks the bench database (a copy made with `createdb -T` lets two people measure at
 * once); `--only` runs one phase and leaves the results file alone.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import { parseArgs } from 'node:util'
import { Worker } from 'node:worker_threads'
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify'
import { sql } from 'kysely'
import pg from 'pg'
import type { Db } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { executeStatement } from '../src/db/prepared.js'
import { type DemoScale, isEmpty, seedDemo } from '../src/demo/seed.js'
import { demoStaffPassword } from '../src/demo/staff.seed.js'
import { buildServer } from '../src/http/server.js'
import { hashSecret } from '../src/modules/access/passwords.js'
import { circulationPolicy } from '../src/modules/circulation/policy-cache.js'
import { activeHoldStatuses } from '../src/modules/holds/holds.tables.js'
import { runTargeting } from '../src/modules/holds/run-targeting.js'
import { openBenchDatabase } from './bench-database.js'
import { withCpu, writeCalls } from './cpu.js'

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: 'province' },
    db: { type: 'string', default: 'both' },
    seconds: { type: 'string', default: '20' },
    clients: { type: 'string', default: '16' },
    holds: { type: 'string', default: '50000' },
    reuse: { type: 'boolean', default: false },
    name: { type: 'string' },
    only: { type: 'string' },
  },
})
if (args.only !== undefined && args.only !== 'pairs' && args.only !== 'targeting')
  throw new Error(`--only takes pairs or targeting, not "${args.only}"`)
const only = args.only
const scale = args.scale as DemoScale
const clients = Number(args.clients)
const seconds = Number(args.seconds)
const holdCount = Number(args.holds)
const now = new Date()
const desk = { username: 'balie-meppel', location: 'bind-meppel' }
const log = (message: string) => console.log(`[bench] ${message}`)

interface Result {
  db: string
  scale: string
  records: number
  items: number
  patrons: number
  clients: number
  pairs: number
  pairs_per_s: number
  statements_per_pair: number
  node_writes_per_pair: number
  node_cpu_ms_per_pair: number
  db_cpu_ms_per_pair: number
  p50_ms: number
  p95_ms: number
  p99_ms: number
  errors: number
  baseline_tps: number
  ratio: number
  /** pairs a second against the same framework doing one single-row UPDATE transaction a request */
  http_floor_pairs_per_s: number
  /** its CPU a pair, Node and PostgreSQL together */
  http_floor_cpu_ms_per_pair: number
  http_floor_ratio: number
  holds: number
  targeting_s: number
  targeted: number
  national: number
  waiting: number
}

const databaseName = args.name ?? `naober_bench_${scale}`
const open = (kind: 'postgres' | 'pglite') => openBenchDatabase(kind, databaseName, args.reuse)

/** The province-scale demo; members come from it when the patrons generator is there, else the bench adds its own. */
async function prepare(db: Db): Promise<void> {
  await migrateToLatest(db)
  if (await isEmpty(db)) {
    const started = performance.now()
    await seedDemo(db, now, { scale, seed: 1, progress: log })
    log(`demo (${scale}) built in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  }
  // fresh statistics, as autovacuum would have them on a database that has been running a while
  // a re-used database starts from the same live state: no loans, holds or transits, every copy home
  await sql`truncate holds, loans, transits, fees, fee_payments, national_ibl_requests, national_ibl_status_changes, notices cascade`.execute(
    db,
  )
  await sql`update items set status = 'available', current_location_id = home_location_id
    where status <> 'available' or current_location_id <> home_location_id`.execute(db)
  await sql`analyze`.execute(db)
  const { n } = await db
    .selectFrom('patrons')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  const wanted = scale === 'province' ? 20_000 : 2_000
  if (n < wanted) {
    log(`the demo has ${n} members; adding ${wanted - n} bench members (the province member generator has not landed here)`)
    const pinHash = await hashSecret('1234')
    await sql`
      insert into patrons (organisation_id, card_number, pin_hash, first_name, last_name, birth_year, municipality_code, home_location_id, category)
      select l.organisation_id, 'B' || lpad(g::text, 9, '0'), ${pinHash}, 'Bench', 'Lid ' || g, 1950 + g % 60, l.municipality_code, l.id, 'adult'
      from generate_series(1, ${wanted - n}) g
      join lateral (select id, organisation_id, municipality_code from locations where pickup_allowed order by id offset g % 40 limit 1) l on true`.execute(
      db,
    )
  }
}

async function counts(db: Db) {
  const row = await sql<{ records: number; items: number; patrons: number }>`
    select (select count(*) from records) as records, (select count(*) from items) as items, (select count(*) from patrons) as patrons`.execute(
    db,
  )
  return row.rows[0] ?? { records: 0, items: 0, patrons: 0 }
}

/**
 * Statements sent to the database (BEGIN and COMMIT included), counted at the driver every pool
 * client of both databases goes through: round trips per request are what a desk waits for.
 */
const statements = { sent: 0 }
const query = pg.Client.prototype.query
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements.sent++
  return (query as (...a: unknown[]) => unknown).apply(this, args)
} as typeof query

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

/** 16 desk sessions lend and return copies of Meppel's own shelves, each client its own copies and member. */
async function pairsOverHttp(db: Db, kind: 'postgres' | 'pglite') {
  const { app } = await buildServer({ db, dbKind: kind, now: () => new Date(), secureCookies: false })
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
  const items = await db
    .selectFrom('items')
    .select('barcode')
    .where('current_location_id', '=', desk.location)
    .where('home_location_id', '=', desk.location)
    .where('status', '=', 'available')
    .where('collection', '<>', 'reference')
    // nothing waits for these works: a check-in shelves the copy again instead of sending it to a hold
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('holds')
            .select('holds.id')
            .where('holds.status', 'in', activeHoldStatuses)
            .innerJoin('records as held', 'held.id', 'holds.record_id')
            .innerJoin('records as lent', 'lent.id', 'items.record_id')
            // a hold may take any edition of the work: waiting holds on the work's other editions count too
            .where((h) => h.or([h('holds.target_item_id', '=', h.ref('items.id')), h('held.work_id', '=', h.ref('lent.work_id'))])),
        ),
      ),
    )
    .limit(clients * 50)
    .execute()
  const members = await db
    .selectFrom('patrons')
    .select('card_number')
    .where('organisation_id', '=', 'bind')
    .where('blocked_reason', 'is', null)
    .where('category', '=', 'adult')
    .where((eb) => eb.or([eb('expires_on', 'is', null), eb('expires_on', '>', '2027-01-31')]))
    .limit(clients)
    .execute()
  if (items.length < clients || members.length < clients)
    throw new Error(`not enough copies (${items.length}) or members (${members.length}) at ${desk.location}`)
  const signIn = async () => {
    const response = await fetch(`${address}/api/auth/staff`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: desk.username, password: demoStaffPassword, locationId: desk.location }),
    })
    return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  }
  const cookies = await Promise.all(Array.from({ length: clients }, signIn))
  const sentBefore = statements.sent
  const writesBefore = await writeCalls()
  const input = { address, cookies, barcodes: items.map((i) => i.barcode), cards: members.map((m) => m.card_number), seconds }
  const { output, cpu } = await withCpu(databaseName, () => runClients(input))
  const sent = statements.sent - sentBefore
  const writes = (await writeCalls()) - writesBefore
  await app.close()
  const { pairs, errors } = output
  if (errors > 0) log(`refused pairs: ${JSON.stringify(output.refusals)}`)
  const latencies = output.latencies.sort((a, b) => a - b)
  return {
    barcodes: input.barcodes,
    pairs,
    errors,
    pairs_per_s: pairs / output.elapsedSeconds,
    statements_per_pair: sent / Math.max(1, pairs + errors),
    // CPU a pair costs, server and load generator together in Node, and in the PostgreSQL server's
    // processes (0 on PGlite, which runs inside Node): a figure the machine's other load barely moves
    node_cpu_ms_per_pair: cpu.nodeMs / Math.max(1, pairs),
    db_cpu_ms_per_pair: cpu.dbMs / Math.max(1, pairs),
    // write system calls of this process (HTTP requests and answers, statements to the server): on our
    // virtual machines each costs more CPU than the work it carries, and unlike CPU time it is an exact count
    node_writes_per_pair: writes / Math.max(1, pairs + errors),
    p50_ms: percentile(latencies, 50),
    p95_ms: percentile(latencies, 95),
    p99_ms: percentile(latencies, 99),
  }
}
interface ClientsInput {
  address: string
  cookies: string[]
  barcodes: string[]
  cards: string[]
  seconds: number
}

/** The load generator (http-clients.mjs) in its worker thread: each client lends and returns, over and over. */
function runClients(input: ClientsInput) {
  return new Promise<{ pairs: number; errors: number; refusals: Record<string, number>; latencies: number[]; elapsedSeconds: number }>(
    (resolve, reject) => {
      const worker = new Worker(new URL('./http-clients.mjs', import.meta.url), { workerData: input })
      worker.once('message', resolve)
      worker.once('error', reject)
    },
  )
}

/**
 * The ceiling of this machine for a pair over HTTP: the same clients against a server of the same
 * framework whose lend and return each parse the JSON body and run one single-row UPDATE
 * transaction through the same driver, and answer. What a real pair costs beyond it is naober's
 * own work; what this costs is the platform's (the HTTP exchange, a transaction's round trip).
 */
async function httpFloor(db: Db, barcodes: string[]) {
  const counterOf = new Map(barcodes.map((barcode, i) => [barcode, i % clients]))
  const app = Fastify()
  // the rows of the baseline's table, one a client
  const answer = (status: number) => async (request: FastifyRequest<{ Body: { itemBarcode: string } }>, reply: FastifyReply) => {
    const id = counterOf.get(request.body.itemBarcode) ?? 0
    await db
      .transaction()
      .execute((trx) => executeStatement(trx, sql`update bench_counters set n = n + 1 where id = ${id}`, { thenCommit: true }))
    return reply.code(status).send({ itemBarcode: request.body.itemBarcode })
  }
  app.post('/api/loans', answer(201))
  app.post('/api/returns', answer(200))
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
  try {
    const input = { address, cookies: Array.from({ length: clients }, () => ''), barcodes, cards: [], seconds: Math.min(10, seconds) }
    const { output, cpu } = await withCpu(databaseName, () => runClients(input))
    const pairs = Math.max(1, output.pairs)
    return {
      pairs_per_s: output.pairs / output.elapsedSeconds,
      node_cpu_ms_per_pair: cpu.nodeMs / pairs,
      db_cpu_ms_per_pair: cpu.dbMs / pairs,
    }
  } finally {
    await app.close()
  }
}

/** The same database, the simplest write transaction there is: one row UPDATE, 16 clients. */
async function baseline(db: Db): Promise<number> {
  await sql`create table if not exists bench_counters (id integer primary key, n bigint not null default 0)`.execute(db)
  await sql`insert into bench_counters (id) select g from generate_series(0, ${clients - 1}) g on conflict do nothing`.execute(db)
  let transactions = 0
  const deadline = performance.now() + Math.min(10, seconds) * 1000
  const started = performance.now()
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      while (performance.now() < deadline) {
        await db.transaction().execute((trx) => sql`update bench_counters set n = n + 1 where id = ${c}`.execute(trx))
        transactions++
      }
    }),
  )
  return transactions / ((performance.now() - started) / 1000)
}

/** 50,000 waiting holds of members on titles that have copies, for pickup anywhere; then one engine run. */
async function targeting(db: Db) {
  await sql`
    with members as (select id, organisation_id, row_number() over (order by id) as n from patrons where blocked_reason is null),
      titles as (select id, row_number() over (order by id) as n from records r
        where r.format in ('book', 'large_print') and exists (select 1 from items i where i.record_id = r.id and i.status = 'available')),
      pickups as (select id, row_number() over (order by id) as n from locations where pickup_allowed),
      sizes as (select (select count(*) from members) m, (select count(*) from titles) t, (select count(*) from pickups) p)
    insert into holds (patron_id, patron_organisation_id, level, record_id, pickup_location_id, placed_at, expires_on)
    select m.id, m.organisation_id, 'title', t.id, p.id, ${now}::timestamptz - make_interval(secs => g), date '2027-12-31'
    from generate_series(1, ${holdCount}) g cross join sizes
    join members m on m.n = 1 + (g::bigint * 7919) % sizes.m
    join titles t on t.n = 1 + (g::bigint * 104729) % sizes.t
    join pickups p on p.n = 1 + g % sizes.p
    on conflict do nothing`.execute(db)
  // as autovacuum would have it on a server where holds came in over days: the planner knows the holds
  await sql`analyze holds`.execute(db)
  const waiting = await db
    .selectFrom('holds')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'waiting')
    .executeTakeFirstOrThrow()
  const run = await runTargeting(db, await circulationPolicy(db, now), now)
  // what autovacuum would do after such a run, before the desks open: not in the pairs' figures
  await sql`vacuum analyze holds`.execute(db)
  return { holds: waiting.n, targeting_s: run.seconds, targeted: run.targeted, national: run.national, waiting: run.waiting }
}

const noPairs = {
  barcodes: [],
  pairs: 0,
  errors: 0,
  pairs_per_s: 0,
  statements_per_pair: 0,
  node_writes_per_pair: 0,
  node_cpu_ms_per_pair: 0,
  db_cpu_ms_per_pair: 0,
  p50_ms: 0,
  p95_ms: 0,
  p99_ms: 0,
}
const noFloor = { pairs_per_s: 0, node_cpu_ms_per_pair: 0, db_cpu_ms_per_pair: 0 }
const noTargeting = { holds: 0, targeting_s: 0, targeted: 0, national: 0, waiting: 0 }

async function benchmark(kind: 'postgres' | 'pglite'): Promise<Result> {
  log(`${kind}: preparing the ${scale} demo`)
  const handle = await open(kind)
  try {
    await prepare(handle.db)
    const sizes = await counts(handle.db)
    log(`${kind}: ${sizes.records} records, ${sizes.items} items, ${sizes.patrons} members; ${clients} clients for ${seconds} s`)
    // the holds first: the pairs then run with 50,000 holds in the table, as a desk does
    const targeted = only === 'pairs' ? noTargeting : await targeting(handle.db)
    if (only !== 'pairs') log(`${kind}: ${targeted.holds} waiting holds targeted in ${targeted.targeting_s.toFixed(1)} s`)
    const http = only === 'targeting' ? noPairs : await pairsOverHttp(handle.db, kind)
    if (only !== 'targeting')
      log(
        `${kind}: ${http.pairs_per_s.toFixed(0)} pairs/s (${http.statements_per_pair.toFixed(1)} statements, ${http.node_writes_per_pair.toFixed(1)} writes, CPU ${http.node_cpu_ms_per_pair.toFixed(2)} ms Node + ${http.db_cpu_ms_per_pair.toFixed(2)} ms PostgreSQL a pair), p50 ${http.p50_ms.toFixed(1)} ms, p95 ${http.p95_ms.toFixed(1)} ms, p99 ${http.p99_ms.toFixed(1)} ms`,
      )
    const baselineTps = await baseline(handle.db)
    log(`${kind}: baseline ${baselineTps.toFixed(0)} single-row UPDATE transactions/s`)
    const floor = only === 'targeting' ? noFloor : await httpFloor(handle.db, http.barcodes)
    if (only !== 'targeting')
      log(
        `${kind}: HTTP floor ${floor.pairs_per_s.toFixed(0)} pairs/s (CPU ${floor.node_cpu_ms_per_pair.toFixed(2)} ms Node + ${floor.db_cpu_ms_per_pair.toFixed(2)} ms PostgreSQL a pair; each request one single-row UPDATE transaction)`,
      )
    const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits
    return {
      db: kind,
      scale,
      ...sizes,
      clients,
      pairs: http.pairs,
      pairs_per_s: round(http.pairs_per_s),
      statements_per_pair: round(http.statements_per_pair),
      node_writes_per_pair: round(http.node_writes_per_pair),
      node_cpu_ms_per_pair: round(http.node_cpu_ms_per_pair, 2),
      db_cpu_ms_per_pair: round(http.db_cpu_ms_per_pair, 2),
      p50_ms: round(http.p50_ms, 2),
      p95_ms: round(http.p95_ms, 2),
      p99_ms: round(http.p99_ms, 2),
      errors: http.errors,
      baseline_tps: round(baselineTps),
      ratio: round(http.pairs_per_s / baselineTps, 3),
      http_floor_pairs_per_s: round(floor.pairs_per_s),
      http_floor_cpu_ms_per_pair: round(floor.node_cpu_ms_per_pair + floor.db_cpu_ms_per_pair, 2),
      http_floor_ratio: round(http.pairs_per_s / floor.pairs_per_s, 3),
      ...targeted,
      targeting_s: round(targeted.targeting_s, 2),
    }
  } finally {
    await handle.close()
  }
}

const kinds = args.db === 'both' ? (['postgres', 'pglite'] as const) : ([args.db] as ('postgres' | 'pglite')[])
const file = 'bench/results/circulation.json'
// a run on one database keeps the other's figures from an earlier run
const earlier = await readFile(file, 'utf8')
  .then((text) => JSON.parse(text) as Result & { other_databases?: Result[] })
  .then(({ other_databases = [], ...first }) => [first as Result, ...other_databases])
  .catch(() => [] as Result[])
const results = new Map(earlier.filter((r) => r.db).map((r) => [r.db, r]))
for (const kind of kinds) results.set(kind, await benchmark(kind))
// a run of one phase measured only half the figures: it says them, but keeps the file as it was
if (only) process.exit(0)
const { postgres, ...rest } = Object.fromEntries(results)
await mkdir('bench/results', { recursive: true })
await writeFile(
  file,
  `${JSON.stringify({ ...(postgres ?? rest.pglite), machine: { cpus: os.cpus().length, load: os.loadavg()[0], node: process.version, at: now.toISOString() }, other_databases: postgres ? Object.values(rest) : [] }, null, 2)}\n`,
)
log(`wrote ${file}`)
