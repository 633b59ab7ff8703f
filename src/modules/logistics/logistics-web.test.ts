import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import type { FastifyInstance } from 'fastify'
import { type Browser, chromium, type Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '../../db/connect.js'
import { demoStaffPassword } from '../../demo/staff.seed.js'
import { buildServer } from '../../http/server.js'
import { TestClock } from '../../test/clock.js'
import { buildItem, buildRoutePlan } from '../../test/factories.js'
import { openTestDatabase } from '../../test/test-database.js'

let handle: DatabaseHandle
let app: FastifyInstance
let browser: Browser
let webRoot: string
let base: string

const stop = (locationId: string, name: string, start: string) => ({
  locationId,
  name,
  arrival: start,
  start,
  leave: start,
  window: '09:00–17:00',
  cratesOff: 2,
  cratesOn: 1,
  loadAfter: 3,
})
const route = {
  van: { id: 'bus-1', name: 'Bus 1', fuel: 'diesel' },
  departure: '07:30',
  return: '12:10',
  stops: [stop('bind-meppel', 'Bibliotheek Meppel', '08:20'), stop('bind-beilen', 'Bibliotheek Beilen', '10:05')],
  km: 142.5,
  drivingMinutes: 160,
  durationMinutes: 280,
  maxLoad: 4,
  co2Kg: { van: 41.4, diesel: 41.4, electric: 14.9 },
}
const weekPlan = {
  feasible: true,
  days: [{ weekday: 1, day: 'Monday', visits: 2, crates: 6, km: 142.5, drivingMinutes: 160, routes: [route] }],
  totals: { km: 142.5, drivingMinutes: 160, routes: 1, visits: 2, crates: 6, co2Kg: { fleet: 41.4, allDiesel: 41.4, allElectric: 14.9 } },
  norm: [
    { locationId: 'bind-meppel', name: 'Bibliotheek Meppel', required: 1, planned: 1, weekdays: [1], met: true },
    { locationId: 'bind-beilen', name: 'Bibliotheek Beilen', required: 1, planned: 1, weekdays: [1], met: true },
  ],
  normMet: true,
  seconds: 1,
}

beforeAll(async () => {
  webRoot = await mkdtemp(path.join(tmpdir(), 'naober-logistics-web-'))
  await build({
    configFile: path.resolve('web/vite.config.ts'),
    build: { outDir: webRoot, emptyOutDir: true, sourcemap: false },
    logLevel: 'error',
  })
  handle = await openTestDatabase()
  app = (await buildServer({ db: handle.db, dbKind: handle.kind, now: new TestClock().now, secureCookies: false }, {}, webRoot)).app
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await app?.close()
  await handle?.close()
  await rm(webRoot, { recursive: true, force: true })
})

async function signedIn(): Promise<Page> {
  const context = await browser.newContext({ baseURL: base })
  const answer = await context.request.post('/api/auth/staff', { data: { username: 'poi', password: demoStaffPassword } })
  expect(answer.status()).toBe(200)
  return context.newPage()
}

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()).violations

describe('the logistics pages in a browser', () => {
  it('shows the week at a glance and each route as a list and a plot, without accessibility violations', async () => {
    await buildRoutePlan(handle.db, { status: 'done', finished_at: new Date(), result: JSON.stringify(weekPlan) })
    const page = await signedIn()
    await page.goto('/logistiek')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('De week van de bussen')
    await page.getByRole('table', { name: 'De week in één oogopslag' }).waitFor()
    expect(await page.getByRole('row').count()).toBe(2)
    const plot = page.getByRole('img', { name: 'maandag: Bus 1, 142.5 km' })
    await plot.waitFor()
    expect(await plot.locator('circle').count()).toBe(2)
    expect(await page.getByRole('listitem').filter({ hasText: 'Bibliotheek Beilen' }).textContent()).toContain('2 kratten eraf, 1 erop')
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  }, 60_000)

  it('prints the manifest of a crate', async () => {
    const page = await signedIn()
    const item = await buildItem(handle.db, {
      organisation_id: 'bind',
      home_location_id: 'bind-beilen',
      current_location_id: 'bind-meppel',
    })
    const returned = await page.request.post('/api/returns', { data: { itemBarcode: item.barcode, locationId: 'bind-meppel' } })
    expect(returned.status()).toBe(200)
    const packed = await page.request.post('/api/crates', {
      data: { locationId: 'bind-meppel', toLocationId: 'bind-beilen', itemBarcodes: [item.barcode] },
    })
    const { code } = await packed.json()
    await page.goto(`/logistiek/krat/${code}`)
    await page.getByRole('table', { name: '1 exemplaar in deze krat' }).waitFor()
    expect(await page.getByRole('cell', { name: item.barcode }).count()).toBe(1)
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false)
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  }, 60_000)
})
