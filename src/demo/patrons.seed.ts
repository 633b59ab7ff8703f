import { sql } from 'kysely'
import { withIndexesBuiltAfter } from '../db/bulk-load.js'
import type { Db, Executor } from '../db/database.js'
import { hashSecret } from '../modules/access/passwords.js'
import { formatCardNumber } from '../modules/patrons/card-number.js'
import { insertCardSeries, reserveCardSerials } from '../modules/patrons/card-series.repository.js'
import { demoCardPrefixes, demoMemberPin, demoMembers } from './demo-members.js'
import { readGrid } from './drenthe-data.js'
import { type GeneratedMember, type Geography, MemberGenerator } from './member-generator.js'
import { Random } from './random.js'

export const demoMemberCounts = { small: 2_000, province: 120_000 } as const

/** The demo's members: the well-known ones first (stable card numbers), then the generated ones. */
export async function seedPatrons(db: Db, now: Date, options: { scale: keyof typeof demoMemberCounts; seed: number }): Promise<number> {
  // One hash for every demo member: scrypt is slow on purpose (~50 ms a hash), so 120,000 own
  // hashes would take over an hour; the demo members share the PIN anyway.
  const pinHash = await hashSecret(demoMemberPin)
  const generator = new MemberGenerator(await readGeography(db), new Random(options.seed * 7_919 + 104_729), now)
  const generated = generator.generate(demoMemberCounts[options.scale])
  await db.transaction().execute(async (trx) => {
    await insertCardSeries(
      trx,
      Object.entries(demoCardPrefixes).map(([organisation_id, prefix]) => ({ organisation_id, prefix })),
    )
    await insertWellKnownMembers(trx, pinHash, now)
    const numbered = await withCardNumbers(trx, generated)
    await withIndexesBuiltAfter(trx, 'patrons', () => insertMembers(trx, numbered, pinHash))
  })
  return demoMembers.length + generated.length
}

async function insertWellKnownMembers(trx: Executor, pinHash: string, now: Date): Promise<void> {
  for (const { cardNumber, row } of demoMembers) {
    const { prefix, first } = await reserveCardSerials(trx, row.organisation_id, 1)
    if (formatCardNumber(prefix, first) !== cardNumber) throw new Error(`demo member card ${cardNumber} is not the next of its series`)
    const blockedAt = row.blocked_reason ? new Date(now.getTime() - 20 * 86_400_000) : null
    await trx
      .insertInto('patrons')
      .values({ ...row, card_number: cardNumber, pin_hash: pinHash, blocked_at: blockedAt })
      .execute()
  }
}

/** Card numbers from each organisation's series, reserved in one block per organisation. */
async function withCardNumbers(trx: Executor, members: GeneratedMember[]) {
  const byOrganisation = new Map<string, GeneratedMember[]>()
  for (const member of members) {
    const group = byOrganisation.get(member.organisation_id) ?? []
    if (group.length === 0) byOrganisation.set(member.organisation_id, group)
    group.push(member)
  }
  const numbered: (GeneratedMember & { card_number: string })[] = []
  for (const [organisationId, group] of byOrganisation) {
    const { prefix, first } = await reserveCardSerials(trx, organisationId, group.length)
    for (const [i, member] of group.entries()) numbered.push({ ...member, card_number: formatCardNumber(prefix, first + i) })
  }
  return numbered
}

// Column name and PostgreSQL array type, for INSERT … SELECT FROM unnest(…).
const columns = [
  ['organisation_id', 'text'],
  ['card_number', 'text'],
  ['first_name', 'text'],
  ['last_name', 'text'],
  ['birth_year', 'int2'],
  ['municipality_code', 'text'],
  ['home_location_id', 'text'],
  ['category', 'text'],
  ['email', 'text'],
  ['phone', 'text'],
  ['street_address', 'text'],
  ['postcode', 'text'],
  ['town', 'text'],
  ['preferred_language', 'text'],
  ['extra_loans', 'int2'],
  ['extra_loan_days', 'int2'],
  ['accommodation_note', 'text'],
  ['blocked_reason', 'text'],
  ['blocked_at', 'timestamptz'],
  ['keep_history', 'bool'],
  ['expires_on', 'date'],
  ['created_at', 'timestamptz'],
] as const

/**
 * Many rows in few statements: one array per column, unnested into rows by PostgreSQL. A batch of
 * 10,000 keeps each statement's parameters a few megabytes.
 */
async function insertMembers(trx: Executor, members: (GeneratedMember & { card_number: string })[], pinHash: string) {
  const batchSize = 10_000
  for (let start = 0; start < members.length; start += batchSize) {
    const batch = members.slice(start, start + batchSize) as unknown as Record<string, unknown>[]
    const arrays = columns.map(([name, type]) => sql`${batch.map((m) => m[name] ?? null)}::${sql.raw(type)}[]`)
    const names = sql.join(columns.map(([name]) => sql.ref(name)))
    await sql`insert into patrons (${names}, pin_hash, updated_at)
      select u.*, ${pinHash}, u.created_at from unnest(${sql.join(arrays)}) as u (${names})`.execute(trx)
  }
}

async function readGeography(db: Executor): Promise<Geography> {
  const [municipalities, places, libraries, grid] = await Promise.all([
    db.selectFrom('municipalities').select(['code', 'organisation_id', 'population']).orderBy('code').execute(),
    db.selectFrom('places').select(['name', 'municipality_code', 'latitude', 'longitude']).orderBy('id').execute(),
    db
      .selectFrom('locations')
      .where('type', 'in', ['branch', 'service_point'])
      .where('public', '=', true)
      .select(['id', 'organisation_id', 'town', 'latitude', 'longitude'])
      .orderBy('id')
      .execute(),
    readGrid(),
  ])
  return {
    municipalities: municipalities.flatMap((m) =>
      m.organisation_id && m.population ? [{ code: m.code, organisationId: m.organisation_id, population: m.population }] : [],
    ),
    places: places.map((p) => ({ name: p.name, municipalityCode: p.municipality_code, latitude: p.latitude, longitude: p.longitude })),
    libraries: libraries.map((l) => ({
      id: l.id,
      organisationId: l.organisation_id,
      town: l.town,
      latitude: l.latitude,
      longitude: l.longitude,
    })),
    cells: grid
      .map((c) => ({
        municipalityCode: c.municipality_code,
        latitude: Number(c.centre_lat),
        longitude: Number(c.centre_lon),
        population: Number(c.population),
      }))
      .filter((c) => c.population > 0),
  }
}
