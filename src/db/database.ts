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
  CirculationRuleTable,
  CirculationSettingsTable,
  FeePaymentTable,
  FeeTable,
  LoanTable,
} from '../modules/circulation/circulation.tables.js'
import type { HoldTable, NationalIblRequestTable, NationalIblStatusChangeTable } from '../modules/holds/holds.tables.js'
import type { CrateTable } from '../modules/logistics/crate.tables.js'
import type { TransitTable } from '../modules/logistics/transit.tables.js'
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
import type { NoticeTable } from '../modules/notices/notice.tables.js'
import type { PatronAccessLogTable, PatronCardSeriesTable, PatronCategoryTable, PatronTable } from '../modules/patrons/patron.tables.js'
import type { CirculationEventTable } from '../modules/statistics/circulation-event.tables.js'

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
  circulation_settings: CirculationSettingsTable
  circulation_rules: CirculationRuleTable
  loans: LoanTable
  holds: HoldTable
  transits: TransitTable
  crates: CrateTable
  fees: FeeTable
  fee_payments: FeePaymentTable
  national_ibl_requests: NationalIblRequestTable
  national_ibl_status_changes: NationalIblStatusChangeTable
  notices: NoticeTable
  circulation_events: CirculationEventTable
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
