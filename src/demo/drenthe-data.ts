import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'

// data/drenthe holds the real network (see its SOURCES.md for sources and licences).
export const drentheFolder = fileURLToPath(new URL('../../data/drenthe/', import.meta.url))

async function readCsv<T>(name: string): Promise<T[]> {
  return parse(await readFile(`${drentheFolder}${name}`, 'utf8'), { columns: true, skip_empty_lines: true }) as T[]
}

export interface MunicipalityCsv {
  cbs_code: string
  name: string
  seat: string
  library_organisation: string
  population: string
  population_reference_date: string
  area_total_km2: string
  centroid_lat: string
  centroid_lon: string
}

export interface LocationCsv {
  id: string
  name: string
  organisation: string
  type: 'branch' | 'service_point' | 'mobile_stop' | 'office'
  type_detail: string
  town: string
  municipality_cbs_code: string
  venue: string
  street_address: string
  postcode: string
  latitude: string
  longitude: string
}

export interface PlaceCsv {
  name: string
  municipality_cbs_code: string
  latitude: string
  longitude: string
  population: string
  geonames_id: string
}

export const readMunicipalities = () => readCsv<MunicipalityCsv>('municipalities.csv')
export const readLocations = () => readCsv<LocationCsv>('locations.csv')
export const readPlaces = () => readCsv<PlaceCsv>('places.csv')

export interface GridCellCsv {
  centre_lat: string
  centre_lon: string
  population: string
  municipality_code: string
}

export const readGrid = () => readCsv<GridCellCsv>('grid1km_census2021.csv')
