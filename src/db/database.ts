import type { Kysely, Transaction } from 'kysely'
import type { SessionTable, SignInFailureTable, StaffUserLocationTable, StaffUserTable } from '../modules/access/access.tables.js'
import type {
  CatalogueImportJobTable,
  CatalogueTermTable,
  ItemTable,
  RecordTable,
  WorkTable,
} from '../modules/catalogue/catalogue.tables.js'
import type {
  DepotTable,
  DistanceMatrixTable,
  LocationTransportTable,
  RoutePlanTable,
  VanTable,
} from '../modules/logistics/transport.tables.js'
import type {
  ClosedDayTable,
  LocationHoursTable,
  LocationTable,
  MunicipalityTable,
  OrganisationTable,
  PlaceTable,
} from '../modules/network/network.tables.js'
import type { PatronAccessLogTable, PatronCardSeriesTable, PatronCategoryTable, PatronTable } from '../modules/patrons/patron.tables.js'

/** Every table of the database; each module owns and declares its own. */
export interface Database {
  organisations: OrganisationTable
  municipalities: MunicipalityTable
  places: PlaceTable
  locations: LocationTable
  location_hours: LocationHoursTable
  closed_days: ClosedDayTable
  works: WorkTable
  records: RecordTable
  items: ItemTable
  catalogue_terms: CatalogueTermTable
  catalogue_import_jobs: CatalogueImportJobTable
  patron_categories: PatronCategoryTable
  patrons: PatronTable
  patron_access_log: PatronAccessLogTable
  patron_card_series: PatronCardSeriesTable
  staff_users: StaffUserTable
  staff_user_locations: StaffUserLocationTable
  sessions: SessionTable
  sign_in_failures: SignInFailureTable
  depots: DepotTable
  vans: VanTable
  location_transport: LocationTransportTable
  distance_matrix: DistanceMatrixTable
  route_plans: RoutePlanTable
}

export type Db = Kysely<Database>
export type Trx = Transaction<Database>
/** Either: a read can run inside or outside a transaction. */
export type Executor = Kysely<Database>
