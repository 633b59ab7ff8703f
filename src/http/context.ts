import type { DatabaseKind } from '../db/connect.js'
import type { Db } from '../db/database.js'

/** What every route and job gets: the database and the clock (tests move it). */
export interface AppContext {
  db: Db
  dbKind: DatabaseKind
  now: () => Date
  secureCookies: boolean
  /** How many searches run at once (the others wait their turn); default: see search-queue.ts */
  searchesAtOnce?: number
}
