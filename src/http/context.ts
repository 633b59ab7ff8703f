import type { DatabaseKind } from '../db/connect.js'
import type { Db } from '../db/database.js'

/** What every route and job gets: the database and the clock (tests move it). */
export interface AppContext {
  db: Db
  dbKind: DatabaseKind
  now: () => Date
  secureCookies: boolean
}
