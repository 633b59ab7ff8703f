/**
 * npm run bench:search — the catalogue search at 1,000,000 generated records (copies across the
 * Drenthe locations): a fixed mixed query set over HTTP with 8 clients (p50/p95, queries/s), the
 * MARC import rate of a generated ISO 2709 file, and in the same run baselines: the bare indexed
 * full-text query (match + limit, no ranking, counts, facets or availability) with 8 clients
 * straight on the database, and for the import bare multi-row inserts of the same records and
 * copies (bench/import-rate.ts). On the PostgreSQL server (DATABASE_URL, default the local test server)
 * and on PGlite. Writes bench/results/search.json.
 *
 *   npm run bench:search -- [--records 1000000] [--db postgres|pglite|both] [--seconds 20] [--runs 3] [--import 50000]
 *     [--reuse] [--name naober_bench_search_1000000] [--only search|import]
 *
 * After 3 s of searches that are not measured (warm-up), the search and its baseline run `--runs`
 * times, one after the other; the figures are those of the run with the median p95, and every run
 * is listed (`search_runs`): on these shared machines one run's rate moves by a fifth from one
 * minute to the next.
 *
 * `--name` picks the bench database (a copy made with `createdb -T` lets two people measure at
 * once); `--only` runs one phase (the search with its baseline, or the import) and leaves the
 * results file alone.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import { parseArgs } from 'node:util'
import { Worker } from 'node:worker_threads'
import { sql } from 'kysely'
import type { Db } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { seedCatalogue } from '../src/demo/catalogue.seed.js'
import { seedNetwork } from '../src/demo/network.seed.js'
import { isEmpty } from '../src/demo/seed.js'
import { seedStaff } from '../src/demo/staff.seed.js'
import { buildServer } from '../src/http/server.js'
import { parseSearchQuery, toTsquery } from '../src/modules/catalogue/search/search-query.js'
import { openBenchDatabase } from './bench-database.js'
import { withCpu } from './cpu.js'
import { importRate } from './import-rate.js'

const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: '1000000' },
    db: { type: 'string', default: 'both' },
    seconds: { type: 'string', default: '20' },
    clients: { type: 'string', default: '8' },
    import: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '3' },
    reuse: { type: 'boolean', default: false },
    name: { type: 'string' },
    only: { type: 'string' },
  },
})
if (args.only !== undefined && args.only !== 'search' && args.only !== 'import')
  throw new Error(`--only takes search or import, not "${args.only}"`)
const only = args.only
const wantedRecords = Number(args.records)
const clients = Number(args.clients)
const seconds = Number(args.seconds)
const importRecords = Number(args.import)
const searchRuns = Number(args.runs)
const warmUpSeconds = 3
const now = new Date()
const log = (message: string) => console.log(`[bench] ${message}`)

/** The demo generator gives about 1.144 records a work (editions and formats). */
const recordsPerWork = 1.144

/** The fixed mixed query set: what members and staff type, with the kind each stands for. */
export const querySet: { kind: string; params: string }[] = [
  { kind: 'one-word', params: 'q=molen' },
  { kind: 'one-word', params: 'q=detective' },
  { kind: 'one-word', params: 'q=Bakker' },
  { kind: 'multi-word', params: 'q=geheim+van+de+zee' },
  { kind: 'multi-word', params: 'q=koken+drenthe' },
  { kind: 'phrase', params: 'q=%22het+geheim+van+de+molen%22' },
  { kind: 'field', params: 'q=titel:rivier+auteur:jansen' },
  { kind: 'field', params: 'q=serie:baantjer' },
  { kind: 'misspelt', params: 'q=dinosaurrusen' },
  { kind: 'misspelt', params: 'q=tuinierren' },
  { kind: 'facet-filtered', params: 'q=oorlog&format=book&language=dut&availableAt=bind-meppel' },
  { kind: 'facet-filtered', params: 'q=fantasy&audience=age_12_17&fiction=true&location=facet-emmen' },
  { kind: 'isbn', params: '' /* filled with an ISBN from the database */ },
]

const databaseName = args.name ?? `naober_bench_search_${wantedRecords}`
const open = (kind: 'postgres' | 'pglite') => openBenchDatabase(kind, databaseName, args.reuse)

/** The network, the staff and a generated catalogue of the wanted size; nothing else (no members, no loans). */
async function prepare(db: Db): Promise<void> {
  await migrateToLatest(db)
  if (await isEmpty(db)) {
    const started = performance.now()
    await seedNetwork(db, [now.getUTCFullYear(), now.getUTCFullYear() + 1])
    await seedStaff(db)
    await seedCatalogue(db, now, { scale: 'province', seed: 1, works: Math.round(wantedRecords / recordsPerWork), progress: log })
    log(`catalogue built in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  }
  // as autovacuum would have left them on a running server: with a visibility map, the availability
  // checks read the copies' index alone
  await sql`vacuum analyze records, items`.execute(db)
  await sql`analyze`.execute(db)
}

async function counts(db: Db) {
  const { rows } = await sql<{ records: number; items: number }>`
    select (select count(*) from records)::int as records, (select count(*) from items)::int as items`.execute(db)
  return rows[0] ?? { records: 0, items: 0 }
}

async function sharedBuffers(db: Db) {
  const { rows } = await sql<{ shared_buffers: string }>`show shared_buffers`.execute(db)
  return rows[0]?.shared_buffers ?? null
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

/** 8 clients, each going round the query set from its own starting point, over HTTP from a worker thread. */
async function searchOverHttp(db: Db, kind: 'postgres' | 'pglite', runSeconds = seconds) {
  const isbn = await db
    .selectFrom('records')
    .select('isbns')
    .where('format', '=', 'book')
    .orderBy('id')
    .offset(4321)
    .limit(1)
    .executeTakeFirstOrThrow()
  const queries = querySet.map((q) => (q.kind === 'isbn' ? { ...q, params: `q=${isbn.isbns[0]}` } : q))
  const { app } = await buildServer({ db, dbKind: kind, now: () => new Date(), secureCookies: false })
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
  try {
    const urls = queries.map((q) => `${address}/api/search?${q.params}`)
    const { output, cpu } = await withCpu(
      databaseName,
      () =>
        new Promise<{ done: number; errors: number; latencies: number[][]; elapsedSeconds: number }>((resolve, reject) => {
          const worker = new Worker(new URL('./search-clients.mjs', import.meta.url), {
            workerData: { urls, clients, seconds: runSeconds },
          })
          worker.once('message', resolve)
          worker.once('error', reject)
        }),
    )
    const all = output.latencies.flat().sort((a, b) => a - b)
    const perKind: Record<string, number> = {}
    for (const [i, q] of queries.entries()) {
      const sorted = (output.latencies[i] ?? []).sort((a, b) => a - b)
      perKind[q.kind] = Math.max(perKind[q.kind] ?? 0, percentile(sorted, 95))
    }
    return {
      queries: output.done,
      errors: output.errors,
      qps: output.done / output.elapsedSeconds,
      p50_ms: percentile(all, 50),
      p95_ms: percentile(all, 95),
      p95_ms_by_kind: perKind,
      // what a search costs the machine, server and load generator in Node and the database's backends
      node_cpu_ms_per_search: cpu.nodeMs / Math.max(1, output.done),
      db_cpu_ms_per_search: cpu.dbMs / Math.max(1, output.done),
    }
  } finally {
    await app.close()
  }
}

/** The bare indexed full-text query on the same data and text queries: the match and a page, nothing else. */
async function baseline(db: Db) {
  const tsqueries = querySet.flatMap((q) => {
    const parsed = parseSearchQuery(new URLSearchParams(q.params).get('q') ?? '')
    return parsed.kind === 'text' ? [toTsquery(parsed.parts)] : []
  })
  const latencies: number[] = []
  let done = 0
  const deadline = performance.now() + Math.min(10, seconds) * 1000
  const started = performance.now()
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let n = c; performance.now() < deadline; n++) {
        const t0 = performance.now()
        await sql`select id from records r where r.search @@ to_tsquery('naober_dutch', ${tsqueries[n % tsqueries.length]}) limit 20`.execute(
          db,
        )
        latencies.push(performance.now() - t0)
        done++
      }
    }),
  )
  latencies.sort((a, b) => a - b)
  return { qps: done / ((performance.now() - started) / 1000), p50_ms: percentile(latencies, 50), p95_ms: percentile(latencies, 95) }
}

interface Result {
  db: string
  records: number
  items: number
  clients: number
  seconds: number
  queries: number
  errors: number
  qps: number
  p50_ms: number
  p95_ms: number
  p95_ms_by_kind: Record<string, number>
  /** CPU a search costs: this process (server and load generator) and the database's backends (0 on PGlite) */
  node_cpu_ms_per_search: number
  db_cpu_ms_per_search: number
  baseline_qps: number
  baseline_p50_ms: number
  baseline_p95_ms: number
  ratio: number
  import_records: number
  import_records_per_s: number
  import_skipped: number
  /** each import run, then each baseline run (bare multi-row inserts of the same rows), records/s */
  import_runs_records_per_s: number[]
  import_baseline_records_per_s: number[]
  /** import records/s / baseline records/s (the means of the runs) */
  import_ratio: number
  import_node_cpu_s: number[]
  import_db_cpu_s: (number | null)[]
  /** the server's buffer cache: whether the searched tables and indexes fit in it changes the figures */
  shared_buffers: string | null
  /** each run of the search and its baseline; the figures above are the run with the median p95 */
  search_runs: { qps: number; p95_ms: number; baseline_p95_ms: number }[]
}

async function benchmark(kind: 'postgres' | 'pglite'): Promise<Result> {
  log(`${kind}: preparing ${wantedRecords.toLocaleString('en')} records`)
  const handle = await open(kind)
  try {
    await prepare(handle.db)
    const sizes = await counts(handle.db)
    const buffers = kind === 'postgres' ? await sharedBuffers(handle.db) : null
    log(
      `${kind}: ${sizes.records} records, ${sizes.items} items; ${clients} clients for ${seconds} s${buffers ? `; shared_buffers ${buffers}` : ''}`,
    )
    const runs = only === 'import' ? [] : await runSearches(handle.db, kind)
    const { http, base } = medianRun(runs)
    if (runs.length > 1) log(`${kind}: the run with the median p95: ${runs.indexOf(medianRun(runs)) + 1} of ${runs.length}`)
    const imported = importRecords > 0 && only !== 'search' ? await importRate(handle.db, kind, importRecords, log) : null
    const importRatio = imported ? mean(imported.rates) / mean(imported.baseline_rates) : 0
    if (imported)
      log(
        `${kind}: import ${mean(imported.rates).toFixed(0)} records/s, baseline ${mean(imported.baseline_rates).toFixed(0)} records/s; ratio ${importRatio.toFixed(2)}`,
      )
    const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits
    return {
      db: kind,
      ...sizes,
      clients,
      seconds,
      queries: http.queries,
      errors: http.errors,
      qps: round(http.qps),
      p50_ms: round(http.p50_ms, 2),
      p95_ms: round(http.p95_ms, 2),
      p95_ms_by_kind: Object.fromEntries(Object.entries(http.p95_ms_by_kind).map(([k, v]) => [k, round(v, 2)])),
      node_cpu_ms_per_search: round(http.node_cpu_ms_per_search, 2),
      db_cpu_ms_per_search: round(http.db_cpu_ms_per_search, 2),
      baseline_qps: round(base.qps),
      baseline_p50_ms: round(base.p50_ms, 2),
      baseline_p95_ms: round(base.p95_ms, 2),
      ratio: round(http.p95_ms / base.p95_ms, 2),
      search_runs: runs.map((run) => ({
        qps: round(run.http.qps),
        p95_ms: round(run.http.p95_ms, 2),
        baseline_p95_ms: round(run.base.p95_ms, 2),
      })),
      import_records: imported?.records ?? 0,
      import_records_per_s: round(imported ? mean(imported.rates) : 0, 0),
      import_skipped: imported?.skipped ?? 0,
      import_runs_records_per_s: imported?.rates.map((r) => round(r, 0)) ?? [],
      import_baseline_records_per_s: imported?.baseline_rates.map((r) => round(r, 0)) ?? [],
      import_ratio: round(importRatio, 2),
      import_node_cpu_s: imported?.node_cpu_s.map((s) => round(s)) ?? [],
      import_db_cpu_s: imported?.db_cpu_s.map((s) => (s === null ? null : round(s))) ?? [],
      shared_buffers: buffers,
    }
  } finally {
    await handle.close()
  }
}

interface SearchRun {
  http: Awaited<ReturnType<typeof searchOverHttp>>
  base: Awaited<ReturnType<typeof baseline>>
}

/** The search over HTTP and right after it its baseline, `--runs` times, each logged. */
async function runSearches(db: Db, kind: 'postgres' | 'pglite'): Promise<SearchRun[]> {
  const runs: SearchRun[] = []
  // not measured: the first seconds of a fresh process are slower (its code not yet compiled, each
  // connection's statements not yet prepared) and would count as the tail of the first run
  await searchOverHttp(db, kind, warmUpSeconds)
  for (let n = 0; n < searchRuns; n++) {
    const http = await searchOverHttp(db, kind)
    const base = await baseline(db)
    log(
      `${kind}: ${http.qps.toFixed(0)} queries/s, p50 ${http.p50_ms.toFixed(1)} ms, p95 ${http.p95_ms.toFixed(1)} ms, ${http.errors} errors; CPU ${http.node_cpu_ms_per_search.toFixed(2)} ms Node + ${http.db_cpu_ms_per_search.toFixed(2)} ms PostgreSQL a search`,
    )
    const byKind = Object.entries(http.p95_ms_by_kind).map(([k, ms]) => `${k} ${ms.toFixed(0)}`)
    log(`${kind}: p95 by kind (ms): ${byKind.join(', ')}`)
    log(
      `${kind}: baseline ${base.qps.toFixed(0)} queries/s, p95 ${base.p95_ms.toFixed(1)} ms; ratio ${(http.p95_ms / base.p95_ms).toFixed(2)}`,
    )
    runs.push({ http, base })
  }
  return runs
}

/** The run whose p95 is the median of the runs' (the search phase skipped: nothing). */
function medianRun(runs: SearchRun[]): SearchRun {
  const sorted = [...runs].sort((a, b) => a.http.p95_ms - b.http.p95_ms)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? { http: noSearch, base: noBaseline }
}

/** What a run of one phase (--only) reports for the phase it skipped. */
const noSearch = {
  queries: 0,
  errors: 0,
  qps: 0,
  p50_ms: 0,
  p95_ms: 0,
  p95_ms_by_kind: {} as Record<string, number>,
  node_cpu_ms_per_search: 0,
  db_cpu_ms_per_search: 0,
}

const noBaseline = { qps: 0, p50_ms: 0, p95_ms: 0 }

const kinds = args.db === 'both' ? (['postgres', 'pglite'] as const) : ([args.db] as ('postgres' | 'pglite')[])
const file = 'bench/results/search.json'
// a run on one database keeps the other's figures from an earlier run
const earlier = await readFile(file, 'utf8')
  .then((text) => JSON.parse(text) as Result & { other_databases?: Result[] })
  .then(({ other_databases = [], ...first }) => [first as Result, ...other_databases])
  .catch(() => [] as Result[])
const results = new Map(earlier.filter((r) => r.db).map((r) => [r.db, r]))
const loadBefore = os.loadavg()[0]
for (const kind of kinds) results.set(kind, { ...(await benchmark(kind)), machine: machine() } as Result)
if (only) process.exit(0)
const { postgres, ...rest } = Object.fromEntries(results)
await mkdir('bench/results', { recursive: true })
await writeFile(
  file,
  `${JSON.stringify({ ...(postgres ?? rest.pglite), ratio_means: 'p95 of the full search over HTTP / p95 of the bare indexed full-text query', other_databases: postgres ? Object.values(rest) : [] }, null, 2)}\n`,
)
log(`wrote ${file}`)

/** The machine is shared: the load average before and after says how much else was running. */
function machine() {
  return {
    cpus: os.cpus().length,
    load_before: loadBefore,
    load_after: os.loadavg()[0],
    node: process.version,
    at: new Date().toISOString(),
  }
}
