import type { Db } from '../db/database.js'
import { staffedHoursPerWeek } from '../modules/logistics/delivery-windows.js'
import { defaultVan, referenceFigures } from '../modules/logistics/fleet-figures.js'

/**
 * The POI's transport model for the demo: the distribution point at the Biblionet office in
 * Assen, three vans (two diesel, one electric), and per location how the van gets in. Drivers
 * carry keys to the small branches (open a few afternoons a week); the central and main libraries
 * are open (staffed or Open+) when the van comes; service points sit in other people's buildings
 * and take deliveries while open. The bibliobus stops are not visited: the bus loads in Emmen.
 */
export async function seedLogistics(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('depots')
      .values({ id: 'assen', name: 'Distributiecentrum Biblionet, Assen', location_id: 'biblionet-office' })
      .execute()
    const van = (id: string, name: string, fuel: 'diesel' | 'electric') => ({
      id,
      name,
      depot_id: 'assen',
      capacity_crates: defaultVan.capacityCrates,
      shift_start: defaultVan.shiftStart,
      shift_minutes: defaultVan.shiftMinutes,
      average_speed_kmh: defaultVan.averageSpeedKmh,
      fuel,
      ...{ energy_per_km: referenceFigures[fuel].energyPerKm, co2_kg_per_km: referenceFigures[fuel].co2KgPerKm },
    })
    await trx
      .insertInto('vans')
      .values([van('bus-1', 'Bus 1', 'diesel'), van('bus-2', 'Bus 2', 'diesel'), van('bus-3', 'Bus 3 (elektrisch)', 'electric')])
      .execute()
    const locations = await trx.selectFrom('locations').select(['id', 'type']).where('public', '=', true).orderBy('id').execute()
    const hours = await trx.selectFrom('location_hours').selectAll().execute()
    const rows = locations.map((location) => {
      if (location.type === 'mobile_library') return { location_id: location.id, visits_per_week: 0, note: 'De bibliobus laadt in Emmen.' }
      if (location.type === 'service_point') return { location_id: location.id, delivery_window: 'opening_hours' as const }
      const staffed = staffedHoursPerWeek(hours.filter((h) => h.location_id === location.id))
      return { location_id: location.id, delivery_window: staffed < 20 ? ('key_access' as const) : ('opening_hours' as const) }
    })
    await trx.insertInto('location_transport').values(rows).execute()
  })
}
