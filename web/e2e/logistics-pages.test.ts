import { expect, it } from 'vitest'
import { describeInBrowser, openPage, withBrowserApp } from '../../src/test/browser.js'
import { buildItem, buildRoutePlan } from '../../src/test/factories.js'
import { signInDesk } from './desk.js'
import { seriousViolations, visit } from './page-checks.js'

const b = withBrowserApp()

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
/** A finished week plan of one Monday route, Meppel then Beilen, as the planner stores it. */
const weekPlan = {
  feasible: true,
  days: [
    {
      weekday: 1,
      day: 'Monday',
      visits: 2,
      crates: 6,
      km: 142.5,
      drivingMinutes: 160,
      routes: [
        {
          van: { id: 'bus-1', name: 'Bus 1', fuel: 'diesel' },
          departure: '07:30',
          return: '12:10',
          stops: [stop('bind-meppel', 'Bibliotheek Meppel', '08:20'), stop('bind-beilen', 'Bibliotheek Beilen', '10:05')],
          km: 142.5,
          drivingMinutes: 160,
          durationMinutes: 280,
          maxLoad: 4,
          co2Kg: { van: 41.4, diesel: 41.4, electric: 14.9 },
        },
      ],
    },
  ],
  totals: { km: 142.5, drivingMinutes: 160, routes: 1, visits: 2, crates: 6, co2Kg: { fleet: 41.4, allDiesel: 41.4, allElectric: 14.9 } },
  norm: [
    { locationId: 'bind-meppel', name: 'Bibliotheek Meppel', required: 1, planned: 1, weekdays: [1], met: true },
    { locationId: 'bind-beilen', name: 'Bibliotheek Beilen', required: 1, planned: 1, weekdays: [1], met: true },
  ],
  normMet: true,
  seconds: 1,
}

describeInBrowser('the logistics pages', () => {
  it('shows the week at a glance and each route as a list and a plot of its stops', async () => {
    await buildRoutePlan(b.db, { status: 'done', finished_at: new Date(), result: JSON.stringify(weekPlan) })
    const { page, context, problems } = await openPage(b)
    await signInDesk(page, 'logistiek')
    await page.goto('/logistiek')
    // the page asks for the plans, then the chosen plan and the depot: wait for the week itself
    await page.getByRole('table', { name: 'De week in één oogopslag' }).waitFor()
    expect(await page.locator('h1').textContent()).toBe('De week van de bussen')
    expect(await page.getByRole('table', { name: 'De week in één oogopslag' }).getByRole('row').count()).toBe(2)
    const plot = page.getByRole('img', { name: 'maandag: Bus 1, 142.5 km' })
    expect(await plot.locator('circle').count()).toBe(2)
    expect(await plot.locator('rect').count()).toBe(1)
    expect(await page.getByRole('listitem').filter({ hasText: 'Bibliotheek Beilen' }).textContent()).toContain('2 kratten eraf, 1 erop')
    expect(await seriousViolations(page)).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })

  it('prints the manifest of a crate without its buttons', async () => {
    const item = await buildItem(b.db, { organisation_id: 'bind', home_location_id: 'bind-beilen', current_location_id: 'bind-meppel' })
    const { page, context } = await openPage(b)
    await signInDesk(page, 'balie-meppel', 'bind-meppel')
    expect((await page.request.post('/api/returns', { data: { itemBarcode: item.barcode } })).status()).toBe(200)
    const packed = await page.request.post('/api/crates', { data: { toLocationId: 'bind-beilen', itemBarcodes: [item.barcode] } })
    expect(packed.status()).toBe(201)
    const { code } = (await packed.json()) as { code: string }
    await visit(page, `/logistiek/krat/${code}`)
    expect(await page.getByRole('table', { name: '1 exemplaar in deze krat' }).getByRole('cell', { name: item.barcode }).count()).toBe(1)
    expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(true)
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false)
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  })
})
