import { DomainError } from '../../../errors.js'
import { explicitWeights, type WeightFormat, weightCount, weightFormats } from './cvrplib-weights.js'

/**
 * A reader for TSPLIB/CVRPLIB vehicle-routing files (Reinelt 1991, Uchoa et al. 2017), written by
 * hand: the npm packages for TSPLIB read TSP files only and accept broken files silently. Every
 * problem is an error naming the line; a file never comes through as a partial instance.
 * COMMENT lines are skipped unread: CVRPLIB puts the optimal value there.
 */
export interface CvrplibInstance {
  name: string
  dimension: number
  capacity: number
  /** VEHICLES, when the file limits the fleet */
  vehicles: number | null
  edgeWeightType: 'EUC_2D' | 'EXPLICIT'
  /** node coordinates, index 0 = node 1; null when the file has none */
  coordinates: [number, number][] | null
  /** edge weights, row-major dimension × dimension, index 0 = node 1 */
  weights: Float64Array
  demands: number[]
  /** index (0-based) of the depot */
  depot: number
}

export class CvrplibParseError extends DomainError {
  readonly code = 'cvrplib_parse_error'
  readonly status = 400
  constructor(line: number | null, message: string) {
    super(line === null ? `${message}.` : `line ${line}: ${message}.`, { line })
  }
}

const ignoredKeywords = new Set(['DISPLAY_DATA_TYPE', 'NODE_COORD_TYPE'])
const specKeywords = ['NAME', 'TYPE', 'DIMENSION', 'CAPACITY', 'VEHICLES', 'EDGE_WEIGHT_TYPE', 'EDGE_WEIGHT_FORMAT']
const sections = ['NODE_COORD_SECTION', 'DEMAND_SECTION', 'DEPOT_SECTION', 'EDGE_WEIGHT_SECTION'] as const
type Section = (typeof sections)[number]

interface Line {
  number: number
  tokens: string[]
}

interface Parsed {
  spec: Map<string, { value: string; line: number }>
  sections: Map<Section, { line: number; rows: Line[] }>
}

export function parseCvrplib(text: string): CvrplibInstance {
  const parsed = scan(text)
  const name = parsed.spec.get('NAME')?.value ?? 'unnamed'
  const type = required(parsed, 'TYPE')
  if (type.value !== 'CVRP') throw new CvrplibParseError(type.line, `TYPE ${type.value} is not supported: naober reads CVRP files`)
  const dimension = positiveInteger(required(parsed, 'DIMENSION'), 'DIMENSION', 2)
  const capacity = positiveNumber(required(parsed, 'CAPACITY'), 'CAPACITY')
  const vehiclesEntry = parsed.spec.get('VEHICLES')
  const vehicles = vehiclesEntry ? positiveInteger(vehiclesEntry, 'VEHICLES', 1) : null
  const weightType = required(parsed, 'EDGE_WEIGHT_TYPE')
  if (weightType.value !== 'EUC_2D' && weightType.value !== 'EXPLICIT')
    throw new CvrplibParseError(weightType.line, `EDGE_WEIGHT_TYPE ${weightType.value} is not supported: use EUC_2D or EXPLICIT`)

  const coordinates = parsed.sections.has('NODE_COORD_SECTION') ? readCoordinates(parsed, dimension) : null
  const weights = weightType.value === 'EUC_2D' ? euclideanWeights(coordinates, weightType.line) : readExplicit(parsed, dimension)
  const demands = readDemands(parsed, dimension, capacity)
  const depot = readDepot(parsed, dimension)
  if ((demands[depot] ?? 0) !== 0) throw new CvrplibParseError(sectionLine(parsed, 'DEMAND_SECTION'), `the depot ${depot + 1} has a demand`)
  return { name, dimension, capacity, vehicles, edgeWeightType: weightType.value, coordinates, weights, demands, depot }
}

function scan(text: string): Parsed {
  const spec: Parsed['spec'] = new Map()
  const found: Parsed['sections'] = new Map()
  let current: Line[] | null = null
  const lines = text.split(/\r?\n/)
  for (let index = 0; index < lines.length; index++) {
    const number = index + 1
    const raw = (lines[index] ?? '').trim()
    if (raw === '') continue
    if (raw === 'EOF') break
    if (/^[A-Za-z]/.test(raw)) {
      const [, key = '', value = ''] = /^([A-Za-z_0-9]+)\s*:?\s*(.*)$/.exec(raw) ?? []
      if (key === 'COMMENT') continue
      if ((sections as readonly string[]).includes(key)) {
        if (found.has(key as Section)) throw new CvrplibParseError(number, `${key} appears twice`)
        current = []
        found.set(key as Section, { line: number, rows: current })
        continue
      }
      current = null
      if (ignoredKeywords.has(key)) continue
      if (!specKeywords.includes(key)) throw new CvrplibParseError(number, `unknown keyword ${key}`)
      if (spec.has(key)) throw new CvrplibParseError(number, `${key} appears twice`)
      spec.set(key, { value: value.trim(), line: number })
      continue
    }
    if (!current) throw new CvrplibParseError(number, `"${raw.slice(0, 40)}" is neither a keyword nor part of a section`)
    current.push({ number, tokens: raw.split(/\s+/) })
  }
  return { spec, sections: found }
}

function required(parsed: Parsed, key: string) {
  const entry = parsed.spec.get(key)
  if (!entry) throw new CvrplibParseError(null, `the file has no ${key}`)
  return entry
}

function positiveInteger(entry: { value: string; line: number }, key: string, minimum: number): number {
  const value = Number(entry.value)
  if (!Number.isInteger(value) || value < minimum)
    throw new CvrplibParseError(entry.line, `${key} must be a whole number of at least ${minimum}, not "${entry.value}"`)
  return value
}

function positiveNumber(entry: { value: string; line: number }, key: string): number {
  const value = Number(entry.value)
  if (entry.value === '' || !Number.isFinite(value) || value <= 0)
    throw new CvrplibParseError(entry.line, `${key} must be a positive number, not "${entry.value}"`)
  return value
}

const sectionLine = (parsed: Parsed, section: Section) => parsed.sections.get(section)?.line ?? null

function numberAt(line: Line, index: number, what: string): number {
  const token = line.tokens[index]
  const value = Number(token)
  if (token === undefined || !Number.isFinite(value)) throw new CvrplibParseError(line.number, `${what} "${token ?? ''}" is not a number`)
  return value
}

/** Rows of "node value…" with every node 1..dimension exactly once. */
function perNode(parsed: Parsed, section: Section, dimension: number, width: number): number[][] {
  const entry = parsed.sections.get(section)
  if (!entry) throw new CvrplibParseError(null, `the file has no ${section}`)
  const values = Array.from<number[] | undefined>({ length: dimension })
  for (const row of entry.rows) {
    if (row.tokens.length !== width + 1)
      throw new CvrplibParseError(row.number, `${section} expects a node and ${width} value(s), found ${row.tokens.length} fields`)
    const node = numberAt(row, 0, 'node')
    if (!Number.isInteger(node) || node < 1 || node > dimension)
      throw new CvrplibParseError(row.number, `node ${node} is outside 1..${dimension}`)
    if (values[node - 1]) throw new CvrplibParseError(row.number, `node ${node} appears twice in ${section}`)
    values[node - 1] = row.tokens.slice(1).map((_, i) => numberAt(row, i + 1, 'value'))
  }
  const missing = values.indexOf(undefined)
  if (missing >= 0) throw new CvrplibParseError(entry.line, `${section} has no entry for node ${missing + 1}`)
  return values as number[][]
}

function readCoordinates(parsed: Parsed, dimension: number): [number, number][] {
  return perNode(parsed, 'NODE_COORD_SECTION', dimension, 2).map(([x, y]) => [x ?? 0, y ?? 0])
}

function readDemands(parsed: Parsed, dimension: number, capacity: number): number[] {
  const demands = perNode(parsed, 'DEMAND_SECTION', dimension, 1).map(([d]) => d ?? 0)
  const line = sectionLine(parsed, 'DEMAND_SECTION')
  demands.forEach((demand, index) => {
    if (demand < 0) throw new CvrplibParseError(line, `node ${index + 1} has a negative demand`)
    if (demand > capacity) throw new CvrplibParseError(line, `node ${index + 1} demands ${demand}, more than the capacity ${capacity}`)
  })
  return demands
}

function readDepot(parsed: Parsed, dimension: number): number {
  const entry = parsed.sections.get('DEPOT_SECTION')
  if (!entry) throw new CvrplibParseError(null, 'the file has no DEPOT_SECTION')
  const depots: number[] = []
  let terminated = false
  for (const row of entry.rows) {
    for (let i = 0; i < row.tokens.length; i++) {
      const value = numberAt(row, i, 'depot')
      if (terminated) throw new CvrplibParseError(row.number, 'DEPOT_SECTION continues after its closing -1')
      if (value === -1) terminated = true
      else if (!Number.isInteger(value) || value < 1 || value > dimension)
        throw new CvrplibParseError(row.number, `depot ${value} is outside 1..${dimension}`)
      else depots.push(value - 1)
    }
  }
  if (!terminated) throw new CvrplibParseError(entry.line, 'DEPOT_SECTION does not end with -1')
  if (depots.length !== 1) throw new CvrplibParseError(entry.line, `DEPOT_SECTION must name exactly one depot, it names ${depots.length}`)
  return depots[0] ?? 0
}

/** TSPLIB's EUC_2D: the Euclidean distance rounded to the nearest integer (nint). */
export const euc2d = (a: readonly [number, number], b: readonly [number, number]) => Math.floor(Math.hypot(a[0] - b[0], a[1] - b[1]) + 0.5)

function euclideanWeights(coordinates: [number, number][] | null, line: number): Float64Array {
  if (!coordinates) throw new CvrplibParseError(line, 'EDGE_WEIGHT_TYPE EUC_2D needs a NODE_COORD_SECTION')
  const n = coordinates.length
  const weights = new Float64Array(n * n)
  coordinates.forEach((a, i) => {
    coordinates.forEach((b, j) => {
      weights[i * n + j] = euc2d(a, b)
    })
  })
  return weights
}

function readExplicit(parsed: Parsed, dimension: number): Float64Array {
  const format = required(parsed, 'EDGE_WEIGHT_FORMAT')
  if (!(weightFormats as readonly string[]).includes(format.value))
    throw new CvrplibParseError(format.line, `EDGE_WEIGHT_FORMAT ${format.value} is not supported: use one of ${weightFormats.join(', ')}`)
  const entry = parsed.sections.get('EDGE_WEIGHT_SECTION')
  if (!entry) throw new CvrplibParseError(format.line, 'EDGE_WEIGHT_TYPE EXPLICIT needs an EDGE_WEIGHT_SECTION')
  const expected = weightCount(format.value as WeightFormat, dimension)
  const values: number[] = []
  for (const row of entry.rows) {
    row.tokens.forEach((_, i) => {
      const value = numberAt(row, i, 'weight')
      if (value < 0) throw new CvrplibParseError(row.number, `weight ${value} is negative`)
      if (values.length === expected)
        throw new CvrplibParseError(row.number, `EDGE_WEIGHT_SECTION has more than the ${expected} weights ${format.value} needs`)
      values.push(value)
    })
  }
  if (values.length < expected)
    throw new CvrplibParseError(entry.line, `EDGE_WEIGHT_SECTION has ${values.length} of the ${expected} weights ${format.value} needs`)
  return explicitWeights(format.value as WeightFormat, dimension, values)
}
