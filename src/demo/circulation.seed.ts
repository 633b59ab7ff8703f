import type { Insertable } from 'kysely'
import type { Db } from '../db/database.js'
import type { CirculationRuleTable, CirculationSettingsTable } from '../modules/circulation/circulation.tables.js'

type Rule = Omit<Insertable<CirculationRuleTable>, 'organisation_id'>

// Believable Drenthe defaults, not any library's real tariffs: three weeks for adults with a small
// fine, four weeks fine-free for youth, DVDs stay within their organisation, magazines and the
// reference collection do not travel or take holds. IBL costs the member a little more than a local hold.
const common: Rule[] = [
  {
    patron_category: null,
    format: null,
    collection: null,
    loan_days: 21,
    renewals: 2,
    max_loans: 25,
    max_holds: 15,
    hold_fee_local_cents: 100,
    hold_fee_provincial_cents: 250,
    hold_fee_national_cents: 500,
    overdue_fine_cents_per_day: 20,
    max_overdue_fine_cents: 500,
  },
  {
    patron_category: 'youth',
    format: null,
    collection: null,
    loan_days: 28,
    renewals: 3,
    max_loans: 20,
    max_holds: 10,
    hold_fee_local_cents: 0,
    hold_fee_provincial_cents: 0,
    hold_fee_national_cents: 0,
    overdue_fine_cents_per_day: 0,
    max_overdue_fine_cents: 0,
  },
  {
    patron_category: null,
    format: 'dvd',
    collection: null,
    loan_days: 7,
    renewals: 1,
    max_loans: 25,
    max_holds: 15,
    travels: false,
    overdue_fine_cents_per_day: 50,
    max_overdue_fine_cents: 1000,
  },
  {
    patron_category: null,
    format: 'magazine',
    collection: null,
    loan_days: 14,
    renewals: 0,
    max_loans: 25,
    max_holds: 0,
    holdable: false,
    travels: false,
  },
  {
    patron_category: null,
    format: null,
    collection: 'reference',
    loan_days: 7,
    renewals: 0,
    max_loans: 25,
    max_holds: 0,
    holdable: false,
    travels: false,
  },
  {
    patron_category: 'basic',
    format: null,
    collection: null,
    loan_days: 21,
    renewals: 1,
    max_loans: 5,
    max_holds: 3,
    hold_fee_local_cents: 100,
    hold_fee_provincial_cents: 250,
    hold_fee_national_cents: 500,
    overdue_fine_cents_per_day: 20,
    max_overdue_fine_cents: 500,
  },
]

const settings: Insertable<CirculationSettingsTable>[] = [
  { organisation_id: 'bind', window_days: 0 },
  { organisation_id: 'facet', window_days: 90 },
  { organisation_id: 'dnk', window_days: 60, floating_collections: ['youth'] },
  { organisation_id: 'hgv', window_days: 30, digital_alternative: 'confirm' },
]

export async function seedCirculation(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('circulation_settings').values(settings).execute()
    const libraries = ['bind', 'facet', 'dnk', 'hgv']
    await trx
      .insertInto('circulation_rules')
      .values(
        libraries.flatMap((organisation_id) =>
          // Facet is fine-free for everyone
          common.map((rule) => ({
            ...rule,
            organisation_id,
            ...(organisation_id === 'facet' && { overdue_fine_cents_per_day: 0, max_overdue_fine_cents: 0 }),
          })),
        ),
      )
      .execute()
  })
}
