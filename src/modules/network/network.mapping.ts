import type { ClosedDay, Location, Municipality, Organisation, Place } from './network.schema.js'
import type { ClosedDayRow, LocationHoursRow, LocationRow, MunicipalityRow, OrganisationRow, PlaceRow } from './network.tables.js'
import { toWeekHours } from './opening-hours.js'

export const toOrganisation = (row: OrganisationRow): Organisation => ({
  id: row.id,
  name: row.name,
  shortName: row.short_name,
  kind: row.kind,
  website: row.website,
})

export const toMunicipality = (row: MunicipalityRow): Municipality => ({
  code: row.code,
  name: row.name,
  seat: row.seat,
  organisationId: row.organisation_id,
  population: row.population,
  populationDate: row.population_date,
  areaKm2: row.area_km2,
  centroid:
    row.centroid_latitude === null || row.centroid_longitude === null
      ? null
      : { latitude: row.centroid_latitude, longitude: row.centroid_longitude },
})

export const toPlace = (row: PlaceRow): Place => ({
  id: row.id,
  name: row.name,
  municipalityCode: row.municipality_code,
  latitude: row.latitude,
  longitude: row.longitude,
  population: row.population,
})

export const toLocation = (row: LocationRow, hours: readonly LocationHoursRow[]): Location => ({
  id: row.id,
  name: row.name,
  organisationId: row.organisation_id,
  type: row.type,
  town: row.town,
  municipalityCode: row.municipality_code,
  streetAddress: row.street_address,
  postcode: row.postcode,
  latitude: row.latitude,
  longitude: row.longitude,
  pickupAllowed: row.pickup_allowed,
  public: row.public,
  accessibility: row.accessibility as Location['accessibility'],
  phone: row.phone,
  email: row.email,
  note: row.note,
  hours: toWeekHours(hours.filter((h) => h.location_id === row.id)),
})

export const toClosedDay = (row: ClosedDayRow): ClosedDay => ({
  id: row.id,
  locationId: row.location_id,
  date: row.date,
  reason: row.reason,
})
