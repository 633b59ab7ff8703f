import type { Db } from '../db/database.js'
import { dutchPublicHolidays } from '../modules/network/dutch-holidays.js'
import type { LocationType } from '../modules/network/network.tables.js'
import { demoAccessibility, demoHours, sizeOf } from './demo-hours.js'
import { readLocations, readMunicipalities, readPlaces } from './drenthe-data.js'
import { Random } from './random.js'

export const demoOrganisations = [
  { id: 'bind', name: 'Bibliotheek Bind', short_name: 'Bind', kind: 'library', website: null },
  { id: 'facet', name: 'Facet Emmen', short_name: 'Facet', kind: 'library', website: null },
  { id: 'dnk', name: 'De Nieuwe Kolk', short_name: 'DNK', kind: 'library', website: null },
  { id: 'hgv', name: 'Bibliotheek Hoogeveen', short_name: 'Hoogeveen', kind: 'library', website: null },
  { id: 'biblionet', name: 'Biblionet Drenthe', short_name: 'Biblionet', kind: 'support', website: null },
] as const

const organisationByName: Record<string, string> = {
  Bind: 'bind',
  Facet: 'facet',
  'De Nieuwe Kolk': 'dnk',
  'Bibliotheek Hoogeveen': 'hgv',
  'Biblionet Drenthe': 'biblionet',
}

const locationType: Record<string, LocationType> = {
  branch: 'branch',
  service_point: 'service_point',
  mobile_stop: 'mobile_library',
  office: 'office',
}

const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value))

function organisationOf(name: string): string {
  const id = organisationByName[name]
  if (!id) throw new Error(`data/drenthe names an unknown organisation: ${name}`)
  return id
}

/** The real Drenthe network from data/drenthe, with generated hours (the source has none). */
export async function seedNetwork(db: Db, years: number[]): Promise<void> {
  const [municipalities, locations, places] = await Promise.all([readMunicipalities(), readLocations(), readPlaces()])
  const random = new Random(2026)
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('organisations')
      .values([...demoOrganisations])
      .execute()
    await trx
      .insertInto('municipalities')
      .values(
        municipalities.map((m) => ({
          code: m.cbs_code,
          name: m.name,
          seat: m.seat,
          organisation_id: organisationOf(m.library_organisation),
          population: numberOrNull(m.population),
          population_date: m.population_reference_date || null,
          area_km2: numberOrNull(m.area_total_km2),
          centroid_latitude: numberOrNull(m.centroid_lat),
          centroid_longitude: numberOrNull(m.centroid_lon),
        })),
      )
      .execute()
    await trx
      .insertInto('places')
      .values(
        places.map((p) => ({
          name: p.name,
          municipality_code: p.municipality_cbs_code,
          latitude: Number(p.latitude),
          longitude: Number(p.longitude),
          population: numberOrNull(p.population),
          geonames_id: numberOrNull(p.geonames_id),
        })),
      )
      .execute()
    for (const location of locations) {
      const size = sizeOf(location)
      const servesPublic = location.type !== 'office'
      await trx
        .insertInto('locations')
        .values({
          id: location.id,
          name: location.name,
          organisation_id: organisationOf(location.organisation),
          type: locationType[location.type] ?? 'branch',
          town: location.town,
          municipality_code: location.municipality_cbs_code,
          street_address: location.street_address || null,
          postcode: location.postcode || null,
          latitude: Number(location.latitude),
          longitude: Number(location.longitude),
          pickup_allowed: servesPublic && location.type !== 'mobile_stop',
          public: servesPublic,
          accessibility: demoAccessibility(size, random),
          note: location.venue ? `In ${location.venue}` : null,
        })
        .execute()
      const hours = demoHours(size, random)
      if (hours.length)
        await trx
          .insertInto('location_hours')
          .values(hours.map((h) => ({ ...h, location_id: location.id })))
          .execute()
    }
    const holidays = years.flatMap(dutchPublicHolidays).map((h) => ({ ...h, location_id: null }))
    await trx.insertInto('closed_days').values(holidays).execute()
  })
}
