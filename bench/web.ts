/**
 * npm run bench:web — how fast each member page loads on localhost in Chromium, and how much
 * JavaScript it needs. Each page is opened N times, each time in a fresh browser context (empty
 * cache, new connection): the load event and the first frame in which its content is there (the h1,
 * nothing left loading), medians. Baseline in the same run: a minimal static HTML page served by the same server
 * the same way; ratio = page ÷ baseline. Needs the built web app (npm run build).
 * Writes bench/results/web.json.
 *
 *   npm run bench:web -- [--runs 15]
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { chromium, type Page } from 'playwright-core'
import { connect } from '../src/db/connect.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { demoMemberPin, demoMembers } from '../src/demo/demo-members.js'
import { seedDemo } from '../src/demo/seed.js'
import { buildServer } from '../src/http/server.js'
import { webDist } from '../src/http/web-app.js'
import { chromiumArgs, chromiumPath } from '../src/test/chromium.js'

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '15' } } })
const runs = Number(args.runs)
const log = (message: string) => console.log(`[bench] ${message}`)
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}
const round = (n: number) => Math.round(n * 10) / 10

// A copy of the build with the baseline page beside index.html, so both come from the same static route.
const root = await mkdtemp(path.join(os.tmpdir(), 'naober-bench-web-'))
await cp(webDist, root, { recursive: true })
await writeFile(
  path.join(root, 'baseline.html'),
  '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Baseline</title></head><body><main><h1>Baseline</h1><p>Een statische pagina.</p></main></body></html>',
)

log('building the small Drenthe demo in memory …')
const handle = await connect({ dataDir: 'memory://' })
await migrateToLatest(handle.db)
const now = new Date()
await seedDemo(handle.db, now, { scale: 'small', seed: 1 })
const { app } = await buildServer({ db: handle.db, dbKind: handle.kind, now: () => now, secureCookies: false }, {}, root)
await app.listen({ port: 0, host: '127.0.0.1' })
const address = app.server.address()
if (!address || typeof address === 'string') throw new Error('no port')
const baseUrl = `http://127.0.0.1:${address.port}`

const hit = await handle.db
  .selectFrom('records')
  .innerJoin('items', 'items.record_id', 'records.id')
  .select(['records.id', 'records.work_id'])
  .where('records.work_id', 'is not', null)
  .where('items.status', '=', 'available')
  .limit(1)
  .executeTakeFirstOrThrow()
const member = demoMembers[0]
if (!member) throw new Error('no demo member')

interface Target {
  name: string
  path: string
  signedIn: boolean
}
const targets: Target[] = [
  { name: 'search (start page)', path: '/', signedIn: false },
  { name: 'search results', path: '/zoeken?q=schip', signedIn: false },
  { name: 'title page', path: `/titel/${hit.work_id}`, signedIn: false },
  { name: 'sign in', path: '/inloggen', signedIn: false },
  { name: 'reserve', path: `/reserveren/${hit.id}`, signedIn: true },
  { name: 'my library', path: '/mijn', signedIn: true },
  { name: 'locations', path: '/vestigingen', signedIn: false },
  { name: 'location', path: '/vestigingen/bind-meppel', signedIn: false },
]

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })

interface Sample {
  loadMs: number
  contentMs: number
  firstContentfulPaintMs: number
  jsBytes: number
}

/**
 * Marks, inside the page, the first animation frame in which its content is there (an h1, no
 * "loading" line left), so the time is the page's own and not the test driver's polling.
 */
const markContent = `(() => {
  const check = () => {
    if (document.querySelector('h1') && !/Bezig met laden/.test(document.body.textContent || '')) window.__contentAt = performance.now()
    else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
})()`

async function measure(page: Page, url: string): Promise<Sample> {
  await page.goto(url, { waitUntil: 'load' })
  await page.waitForFunction(() => (window as unknown as { __contentAt?: number }).__contentAt !== undefined)
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]
    const js = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.name.endsWith('.js'))
    return {
      loadMs: nav.loadEventEnd - nav.startTime,
      contentMs: (window as unknown as { __contentAt: number }).__contentAt,
      firstContentfulPaintMs: fcp ? fcp.startTime : Number.NaN,
      jsBytes: js.reduce((n, r) => n + r.encodedBodySize, 0),
    }
  })
}

async function sample(target: Target): Promise<Sample[]> {
  const samples: Sample[] = []
  // One warm-up visit (the server's first answers compile queries), then the measured ones.
  for (let run = 0; run <= runs; run++) {
    const context = await browser.newContext({ baseURL: baseUrl })
    await context.addInitScript(markContent)
    const page = await context.newPage()
    if (target.signedIn) {
      const signedIn = await page.request.post('/api/auth/member', { data: { cardNumber: member?.cardNumber, pin: demoMemberPin } })
      if (!signedIn.ok()) throw new Error(`sign in: ${signedIn.status()}`)
    }
    const result = await measure(page, target.path)
    if (run > 0) samples.push(result)
    await context.close()
  }
  return samples
}

const summarise = (samples: Sample[]) => ({
  loadMs: round(median(samples.map((s) => s.loadMs))),
  contentMs: round(median(samples.map((s) => s.contentMs))),
  firstContentfulPaintMs: round(median(samples.map((s) => s.firstContentfulPaintMs))),
  jsTransferredBytes: median(samples.map((s) => s.jsBytes)),
})

try {
  log(`baseline: ${runs} runs`)
  const baseline = summarise(await sample({ name: 'baseline', path: '/baseline.html', signedIn: false }))
  const pages = []
  for (const target of targets) {
    log(`${target.name}: ${runs} runs`)
    const samples = await sample(target)
    const summary = summarise(samples)
    pages.push({
      page: target.name,
      path: target.path,
      ...summary,
      contentRatio: round(summary.contentMs / baseline.contentMs),
      loadRatio: round(summary.loadMs / baseline.loadMs),
    })
  }
  const assets = path.join(root, 'assets')
  const files = await readdir(assets)
  const gz = async (ext: string) => {
    let raw = 0
    let zipped = 0
    for (const f of files.filter((f) => f.endsWith(ext))) {
      const content = await readFile(path.join(assets, f))
      raw += content.length
      zipped += gzipSync(content, { level: 9 }).length
    }
    return { rawBytes: raw, gzipBytes: zipped }
  }
  const result = {
    when: new Date().toISOString(),
    what: 'member pages of the web app on localhost, fresh browser context per visit; medians',
    runs,
    machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map(round), chromium: browser.version() },
    baseline: { page: 'minimal static HTML page from the same server', ...baseline },
    pages,
    javascript: { ...(await gz('.js')), budgetGzipBytes: 300 * 1024 },
    css: await gz('.css'),
  }
  await mkdir(path.resolve(import.meta.dirname, 'results'), { recursive: true })
  await writeFile(path.resolve(import.meta.dirname, 'results/web.json'), `${JSON.stringify(result, null, 2)}\n`)
  console.table(pages.map((p) => ({ page: p.page, content: p.contentMs, load: p.loadMs, ratio: p.contentRatio })))
  log(`baseline: content ${baseline.contentMs} ms, load ${baseline.loadMs} ms; JS ${result.javascript.gzipBytes} bytes gzipped`)
} finally {
  await browser.close()
  await app.close()
  await handle.close()
  await rm(root, { recursive: true, force: true })
}
