import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { parseCvrplib } from './cvrplib.js'

const header = (type: string) => `NAME : tiny\nTYPE : CVRP\nDIMENSION : 4\nCAPACITY : 10\nEDGE_WEIGHT_TYPE : ${type}\n`
const tail = 'DEMAND_SECTION\n1 0\n2 3\n3 4\n4 5\nDEPOT_SECTION\n1\n-1\nEOF\n'
const euclidean = `${header('EUC_2D')}NODE_COORD_SECTION\n1 0 0\n2 3 4\n3 0 1.4\n4 -6 -8\n${tail}`
const explicit = (format: string, section: string) =>
  `${header('EXPLICIT')}EDGE_WEIGHT_FORMAT : ${format}\nEDGE_WEIGHT_SECTION\n${section}\n${tail}`
// The symmetric matrix every triangle format below encodes.
const full = [
  [0, 1, 2, 3],
  [1, 0, 4, 5],
  [2, 4, 0, 6],
  [3, 5, 6, 0],
]

describe('the CVRPLIB reader', () => {
  it('reads an Augerat instance: 32 nodes, capacity 100, depot node 1, rounded Euclidean distances', async () => {
    const instance = parseCvrplib(await readFile('data/cvrplib/A-n32-k5.vrp', 'utf8'))
    expect(instance).toMatchObject({ name: 'A-n32-k5', dimension: 32, capacity: 100, vehicles: null, depot: 0 })
    expect(instance.demands.slice(0, 3)).toEqual([0, 19, 21])
    // node 1 (82, 76) to node 2 (96, 44): sqrt(14² + 32²) = 34.93 → 35
    expect(instance.weights[1]).toBe(35)
  })

  it('rounds EUC_2D to the nearest integer, keeps VEHICLES, and accepts CRLF and keywords without spaces', () => {
    const text = euclidean.replace('CAPACITY : 10\n', 'CAPACITY:10\nVEHICLES : 2\n').replace(/\n/g, '\r\n')
    const instance = parseCvrplib(text)
    expect(instance.vehicles).toBe(2)
    expect(Array.from(instance.weights.slice(0, 4))).toEqual([0, 5, 1, 10])
  })

  it.each([
    ['FULL_MATRIX', full.map((row) => row.join(' ')).join('\n')],
    ['LOWER_ROW', '1\n2 4\n3 5 6'],
    ['LOWER_DIAG_ROW', '0\n1 0\n2 4 0\n3 5 6 0'],
    ['UPPER_ROW', '1 2 3\n4 5\n6'],
    ['UPPER_DIAG_ROW', '0 1 2 3 0 4 5 0 6 0'],
  ])('reads an explicit %s matrix', (format, section) => {
    const instance = parseCvrplib(explicit(format, section))
    expect(instance.edgeWeightType).toBe('EXPLICIT')
    expect(Array.from(instance.weights)).toEqual(full.flat())
  })

  it('never reads the optimal value in a COMMENT', () => {
    const instance = parseCvrplib(euclidean.replace('NAME : tiny\n', 'NAME : tiny\nCOMMENT : (Optimal value: 12, DIMENSION : 99)\n'))
    expect(instance.dimension).toBe(4)
    expect(Object.values(instance).some((value) => value === 12)).toBe(false)
  })

  it.each([
    ['a missing DEMAND_SECTION', euclidean.replace(/DEMAND_SECTION[\s\S]*?DEPOT/, 'DEPOT'), 'the file has no DEMAND_SECTION'],
    ['a node missing from the coordinates', euclidean.replace('3 0 1.4\n', ''), 'line 6: NODE_COORD_SECTION has no entry for node 3'],
    ['a coordinate that is not a number', euclidean.replace('2 3 4', '2 3 x'), 'line 8: value "x" is not a number'],
    ['a node outside the dimension', euclidean.replace('4 -6 -8', '5 -6 -8'), 'line 10: node 5 is outside 1..4'],
    ['a node given twice', euclidean.replace('4 -6 -8', '2 -6 -8'), 'line 10: node 2 appears twice in NODE_COORD_SECTION'],
    ['an unknown keyword', euclidean.replace('NAME : tiny', 'NAME : tiny\nPRIORITY : 3'), 'line 2: unknown keyword PRIORITY'],
    ['an unsupported weight type', euclidean.replace('EUC_2D', 'GEO'), 'line 5: EDGE_WEIGHT_TYPE GEO is not supported'],
    ['another problem type', euclidean.replace('TYPE : CVRP', 'TYPE : TSP'), 'line 2: TYPE TSP is not supported'],
    ['a capacity that is not a number', euclidean.replace('CAPACITY : 10', 'CAPACITY : ten'), 'line 4: CAPACITY must be a positive number'],
    ['a demand larger than the capacity', euclidean.replace('4 5\nDEPOT', '4 11\nDEPOT'), 'node 4 demands 11, more than the capacity 10'],
    ['a depot list without -1', euclidean.replace('1\n-1\n', '1\n'), 'DEPOT_SECTION does not end with -1'],
    ['two depots', euclidean.replace('1\n-1\n', '1 2\n-1\n'), 'DEPOT_SECTION must name exactly one depot, it names 2'],
    [
      'a stray line',
      euclidean.replace('EDGE_WEIGHT_TYPE', '42\nEDGE_WEIGHT_TYPE'),
      'line 5: "42" is neither a keyword nor part of a section',
    ],
    ['too few explicit weights', explicit('LOWER_ROW', '1\n2 4\n3 5'), 'EDGE_WEIGHT_SECTION has 5 of the 6 weights LOWER_ROW needs'],
    ['too many explicit weights', explicit('LOWER_ROW', '1\n2 4\n3 5 6 7'), 'line 10: EDGE_WEIGHT_SECTION has more than the 6 weights'],
    [
      'no weight format',
      explicit('FULL_MATRIX', '0').replace('EDGE_WEIGHT_FORMAT : FULL_MATRIX\n', ''),
      'the file has no EDGE_WEIGHT_FORMAT',
    ],
    ['a weight format naober does not read', explicit('UPPER_COL', '1 2 3 4 5 6'), 'line 6: EDGE_WEIGHT_FORMAT UPPER_COL is not supported'],
  ])('refuses %s with a message that names the line and the problem', (_, text, message) => {
    expect(() => parseCvrplib(text)).toThrowError(message)
  })

  it('gives the refusal a stable code for the API and the CLI', () => {
    expect(() => parseCvrplib('')).toThrow(expect.objectContaining({ code: 'cvrplib_parse_error', status: 400 }))
  })
})
