import type { Random } from './random.js'

/**
 * Four-digit postcode areas (PC4) of the towns with a library, as [first, how many]: a member gets
 * one of their town's, or of the town of their library when they live in a smaller village.
 * Approximate, for a believable demo; the real PC4 boundaries are not in data/drenthe.
 */
const postcodeAreas: Record<string, readonly [number, number]> = {
  Assen: [9401, 9],
  Beilen: [9411, 2],
  Bovensmilde: [9421, 1],
  Smilde: [9422, 1],
  Westerbork: [9431, 1],
  Gieten: [9461, 1],
  Annen: [9468, 1],
  Rolde: [9451, 1],
  Gasselternijveen: [9514, 1],
  Borger: [9531, 1],
  'Nieuw-Buinen': [9521, 1],
  Odoorn: [7873, 1],
  Valthermond: [7876, 1],
  Coevorden: [7741, 4],
  Sleen: [7841, 1],
  Dalen: [7751, 1],
  Aalden: [7854, 1],
  Oosterhesselen: [7861, 1],
  Schoonoord: [7848, 1],
  Zuidwolde: [7921, 1],
  Ruinerwold: [7961, 1],
  Ruinen: [7963, 1],
  'De Wijk': [7957, 1],
  Meppel: [7941, 4],
  Nijeveen: [7948, 1],
  Roden: [9301, 4],
  Norg: [9331, 1],
  Peize: [9321, 1],
  Eelde: [9761, 1],
  Vries: [9481, 1],
  Zuidlaren: [9471, 2],
  Diever: [7981, 1],
  Dwingeloo: [7991, 1],
  Havelte: [7970, 1],
  Vledder: [8381, 1],
  Emmen: [7811, 14],
  Klazienaveen: [7891, 1],
  'Emmer-Compascuum': [7881, 1],
  'Nieuw-Amsterdam': [7833, 1],
  Schoonebeek: [7761, 1],
  Erica: [7887, 1],
  Hoogeveen: [7901, 9],
}

/** Towns just outside the province whose people use a Drenthe library. */
export const outsideTowns = [
  { town: 'Groningen', latitude: 53.219, longitude: 6.567, postcode: [9711, 30] },
  { town: 'Haren', latitude: 53.173, longitude: 6.605, postcode: [9751, 2] },
  { town: 'Stadskanaal', latitude: 52.989, longitude: 6.95, postcode: [9501, 3] },
  { town: 'Hardenberg', latitude: 52.575, longitude: 6.619, postcode: [7771, 3] },
  { town: 'Steenwijk', latitude: 52.787, longitude: 6.119, postcode: [8331, 3] },
  { town: 'Zwolle', latitude: 52.512, longitude: 6.094, postcode: [8011, 30] },
] as const

// Dutch postcodes never end in SA, SD or SS, and use no F, I, O, Q, U or Y.
const letters = 'ABCEGHJKLMNPRSTVWXZ'
const forbidden = new Set(['SA', 'SD', 'SS'])

export function demoPostcode(random: Random, area: readonly [number, number]): string {
  let suffix = 'AB'
  do suffix = `${random.pick([...letters])}${random.pick([...letters])}`
  while (forbidden.has(suffix))
  return `${area[0] + random.int(0, area[1] - 1)} ${suffix}`
}

/** The postcode area of the member's town, else of their library's town. */
export const postcodeAreaOf = (town: string, libraryTown: string): readonly [number, number] =>
  postcodeAreas[town] ?? postcodeAreas[libraryTown] ?? [9400, 1]
