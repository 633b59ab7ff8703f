import type { Insertable } from 'kysely'
import type { PatronTable } from '../modules/patrons/patron.tables.js'

/** The PIN of every demo member (printed at start, in the README). */
export const demoMemberPin = '1234'

/** Fixed card prefixes, so the demo members' card numbers are the same in every demo. */
export const demoCardPrefixes: Record<string, number> = { bind: 1001, facet: 1002, dnk: 1003, hgv: 1004 }

export interface DemoMember {
  /** the first serials of their organisation's series: 2 + prefix + serial + check digit */
  cardNumber: string
  /** what to try with them, printed at start */
  story: string
  row: Omit<Insertable<PatronTable>, 'card_number' | 'pin_hash'>
}

const adult = { category: 'adult', keep_history: false } as const

/** Well-known members with stable card numbers, for demos and the README. */
export const demoMembers: DemoMember[] = [
  {
    cardNumber: '21002000000019',
    story: 'Facet, lives in Emmen: reserves a title only Meppel has, picks it up in Beilen (IBL)',
    row: {
      ...adult,
      organisation_id: 'facet',
      first_name: 'Anouk',
      last_name: 'Lubbers',
      birth_year: 1988,
      municipality_code: 'GM0114',
      home_location_id: 'facet-emmen',
      email: 'anouk.lubbers@example.com',
      street_address: 'Hoofdstraat 48',
      postcode: '7811 EP',
      town: 'Emmen',
    },
  },
  {
    cardNumber: '21001000000011',
    story: 'Bind, lives in Meppel',
    row: {
      ...adult,
      organisation_id: 'bind',
      first_name: 'Gerrit',
      last_name: 'Hoving',
      birth_year: 1956,
      municipality_code: 'GM0119',
      home_location_id: 'bind-meppel',
      phone: '0522-251234',
      street_address: 'Kerkstraat 7',
      postcode: '7941 AB',
      town: 'Meppel',
    },
  },
  {
    cardNumber: '21003000000017',
    story: 'De Nieuwe Kolk, lives in Assen; keeps her loan history',
    row: {
      ...adult,
      organisation_id: 'dnk',
      first_name: 'Sanne',
      last_name: 'Bakker',
      birth_year: 1979,
      municipality_code: 'GM0106',
      home_location_id: 'dnk-assen',
      email: 'sanne.bakker@example.net',
      street_address: 'Markt 3',
      postcode: '9401 GS',
      town: 'Assen',
      keep_history: true,
    },
  },
  {
    cardNumber: '21004000000015',
    story: 'Bibliotheek Hoogeveen; longer loans for a visual impairment',
    row: {
      ...adult,
      organisation_id: 'hgv',
      first_name: 'Hendrik',
      last_name: 'Zwiers',
      birth_year: 1948,
      municipality_code: 'GM0118',
      home_location_id: 'hgv-hoogeveen',
      street_address: 'Brink 21',
      postcode: '7902 AL',
      town: 'Hoogeveen',
      extra_loans: 5,
      extra_loan_days: 21,
      accommodation_note: 'Visuele beperking: grootletterboeken en luisterboeken.',
    },
  },
  {
    cardNumber: '21001000000029',
    story: 'Bind, youth member in Beilen',
    row: {
      organisation_id: 'bind',
      category: 'youth',
      first_name: 'Daan',
      last_name: 'Mulder',
      birth_year: 2016,
      municipality_code: 'GM1731',
      home_location_id: 'bind-beilen',
      street_address: 'Esweg 14',
      postcode: '9411 KD',
      town: 'Beilen',
    },
  },
  {
    cardNumber: '21001000000037',
    story: 'Bind, Coevorden: blocked (signs in, sees why)',
    row: {
      ...adult,
      organisation_id: 'bind',
      first_name: 'Kees',
      last_name: 'de Jong',
      birth_year: 1971,
      municipality_code: 'GM0109',
      home_location_id: 'bind-coevorden',
      street_address: 'Molenweg 2',
      postcode: '7741 GH',
      town: 'Coevorden',
      blocked_reason: 'Openstaand bedrag van € 12,50 na drie aanmaningen.',
    },
  },
]
