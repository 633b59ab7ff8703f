import type { FastifyInstance } from 'fastify'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe } from 'vitest'
import type { DatabaseHandle } from '../db/connect.js'
import type { Db } from '../db/database.js'
import { buildServer } from '../http/server.js'
import { chromiumArgs, chromiumPath, hasChromium } from './chromium.js'
import { TestClock } from './clock.js'
import { openTestDatabase } from './test-database.js'

/** `describe` for tests that need a real browser: skipped, with one line saying why, when there is none. */
export function describeInBrowser(name: string, body: () => void) {
  if (!hasChromium) console.log(`[browser tests] skipped "${name}": no Chromium at ${chromiumPath} (apt-get install -y chromium)`)
  // A browser journey takes seconds per step on a busy machine; a stuck step still fails on its own (10 s).
  describe.skipIf(!hasChromium)(name, { timeout: 180_000 }, body)
}

export interface BrowserApp {
  app: FastifyInstance
  db: Db
  clock: TestClock
  baseUrl: string
  browser: Browser
}

/**
 * The server with the built web app on a fresh test database, listening on a free port, and a
 * Chromium with a fresh profile.
 */
export function withBrowserApp(): BrowserApp {
  const holder = {} as BrowserApp & { handle: DatabaseHandle }
  beforeAll(async () => {
    holder.handle = await openTestDatabase()
    holder.db = holder.handle.db
    holder.clock = new TestClock()
    const { app } = await buildServer({ db: holder.db, dbKind: holder.handle.kind, now: holder.clock.now, secureCookies: false })
    holder.app = app
    await app.listen({ port: 0, host: '127.0.0.1' })
    const address = app.server.address()
    if (!address || typeof address === 'string') throw new Error('the server has no port')
    holder.baseUrl = `http://127.0.0.1:${address.port}`
    // launch() gives the browser a fresh, temporary user-data-dir of its own and removes it on close.
    holder.browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  })
  afterAll(async () => {
    await holder.browser?.close()
    await holder.app?.close()
    await holder.handle?.close()
  })
  return holder
}

export interface PageOptions {
  language?: 'nl' | 'en'
  /** CSS pixels; 390 × 844 is a phone, 640 × 400 is a 1280 × 800 screen at 200 % zoom. */
  viewport?: { width: number; height: number }
}

export interface WatchedPage {
  page: Page
  context: BrowserContext
  /** Console errors, failed requests and answers ≥ 400 seen so far ("404 GET /x", "console: …"). */
  problems: string[]
}

/** A page in its own browser context (own cookies and storage) that notes every console error and failed request. */
export async function openPage(b: BrowserApp, options: PageOptions = {}): Promise<WatchedPage> {
  const context = await b.browser.newContext({ baseURL: b.baseUrl, viewport: options.viewport ?? { width: 1280, height: 900 } })
  // The language the visitor starts with; a choice made in the page then survives a reload.
  await context.addInitScript(
    `localStorage.getItem('naober.language') || localStorage.setItem('naober.language', ${JSON.stringify(options.language ?? 'nl')})`,
  )
  context.setDefaultTimeout(10_000)
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('requestfailed', (request) => {
    // Aborted: the page cancelled it (it moved on before the answer came), which is not a failure.
    const error = request.failure()?.errorText ?? ''
    if (error !== 'net::ERR_ABORTED') problems.push(`failed: ${request.method()} ${request.url()} ${error}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`)
  })
  return { page, context, problems }
}
