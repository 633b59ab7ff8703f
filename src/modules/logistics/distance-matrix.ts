import { parse } from 'csv-parse/sync'
import { DomainError, type FieldProblem, ValidationError } from '../../errors.js'

export interface MatrixRow {
  from: string
  to: string
  km: number
  minutes: number
}

export class IncompleteMatrixError extends DomainError {
  readonly code = 'matrix_incomplete'
  readonly status = 400
  constructor(missing: [string, string][]) {
    const shown = missing.slice(0, 20).map(([from, to]) => `${from} → ${to}`)
    super(
      `The distance matrix misses ${missing.length} pair(s) the planner needs: ${shown.join(', ')}${missing.length > shown.length ? ', …' : ''}.`,
      { missing: missing.slice(0, 100).map(([from, to]) => ({ from, to })) },
    )
  }
}

/**
 * A distance and time matrix from CSV, e.g. exported from OSRM: a header `from,to,km,minutes`,
 * then one row per ordered pair of location ids. Every bad row is named with its line.
 */
export function parseMatrixCsv(text: string, knownIds: ReadonlySet<string>): MatrixRow[] {
  let records: string[][]
  try {
    records = parse(text, { skip_empty_lines: true, trim: true })
  } catch (error) {
    throw new ValidationError([{ field: 'csv', message: error instanceof Error ? error.message : String(error) }])
  }
  const [header, ...lines] = records
  if (header?.join(',') !== 'from,to,km,minutes')
    throw new ValidationError([
      { field: 'csv', message: `the first line must be the header from,to,km,minutes, not ${header?.join(',') ?? 'nothing'}` },
    ])
  const problems: FieldProblem[] = []
  const seen = new Set<string>()
  const rows = lines.flatMap(([from = '', to = '', km = '', minutes = ''], index) => {
    const line = `csv line ${index + 2}`
    const rowProblems = [
      ...[from, to].filter((id) => !knownIds.has(id)).map((id) => `unknown location ${id || '(empty)'}`),
      ...(from === to ? ['from and to are the same location'] : []),
      ...(seen.has(`${from}\u0000${to}`) ? [`the pair ${from} → ${to} appears twice`] : []),
      ...[km, minutes]
        .filter((v) => v === '' || !Number.isFinite(Number(v)) || Number(v) < 0)
        .map((v) => `"${v}" is not a distance or time`),
    ]
    seen.add(`${from}\u0000${to}`)
    problems.push(...rowProblems.map((message) => ({ field: line, message })))
    return rowProblems.length ? [] : [{ from, to, km: Number(km), minutes: Number(minutes) }]
  })
  if (problems.length) throw new ValidationError(problems.slice(0, 50))
  return rows
}

/** Ordered pairs of `ids` the rows do not cover. */
export function missingPairs(ids: readonly string[], rows: readonly MatrixRow[]): [string, string][] {
  const have = new Set(rows.map((r) => `${r.from}\u0000${r.to}`))
  return ids.flatMap((from) => ids.filter((to) => to !== from && !have.has(`${from}\u0000${to}`)).map((to): [string, string] => [from, to]))
}

/** The matrix over `ids` in that order, row-major; refuses when a pair is missing. */
export function matrixOver(ids: readonly string[], rows: readonly MatrixRow[]): { km: number[]; minutes: number[] } {
  const missing = missingPairs(ids, rows)
  if (missing.length) throw new IncompleteMatrixError(missing)
  const index = new Map(ids.map((id, i) => [id, i]))
  const n = ids.length
  const km = new Array<number>(n * n).fill(0)
  const minutes = new Array<number>(n * n).fill(0)
  for (const row of rows) {
    const [i, j] = [index.get(row.from), index.get(row.to)]
    if (i === undefined || j === undefined) continue
    km[i * n + j] = row.km
    minutes[i * n + j] = row.minutes
  }
  return { km, minutes }
}
