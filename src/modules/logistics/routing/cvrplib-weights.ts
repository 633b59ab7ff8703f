/** The EDGE_WEIGHT_FORMATs of TSPLIB that naober reads: a full matrix or one triangle, row by row. */
export const weightFormats = ['FULL_MATRIX', 'LOWER_ROW', 'LOWER_DIAG_ROW', 'UPPER_ROW', 'UPPER_DIAG_ROW'] as const
export type WeightFormat = (typeof weightFormats)[number]

/** How many numbers the EDGE_WEIGHT_SECTION of a format holds for n nodes. */
export function weightCount(format: WeightFormat, n: number): number {
  switch (format) {
    case 'FULL_MATRIX':
      return n * n
    case 'LOWER_ROW':
    case 'UPPER_ROW':
      return (n * (n - 1)) / 2
    case 'LOWER_DIAG_ROW':
    case 'UPPER_DIAG_ROW':
      return (n * (n + 1)) / 2
  }
}

/** The (row, column) pairs the numbers of a format fill, in the order they appear in the file. */
function* cells(format: WeightFormat, n: number): Generator<[number, number]> {
  for (let i = 0; i < n; i++) {
    switch (format) {
      case 'FULL_MATRIX':
        for (let j = 0; j < n; j++) yield [i, j]
        break
      case 'LOWER_ROW':
        for (let j = 0; j < i; j++) yield [i, j]
        break
      case 'LOWER_DIAG_ROW':
        for (let j = 0; j <= i; j++) yield [i, j]
        break
      case 'UPPER_ROW':
        for (let j = i + 1; j < n; j++) yield [i, j]
        break
      case 'UPPER_DIAG_ROW':
        for (let j = i; j < n; j++) yield [i, j]
        break
    }
  }
}

/** A row-major n × n matrix from the numbers of the section; a triangle is mirrored. */
export function explicitWeights(format: WeightFormat, n: number, values: readonly number[]): Float64Array {
  const weights = new Float64Array(n * n)
  let k = 0
  for (const [i, j] of cells(format, n)) {
    const value = values[k++] ?? 0
    weights[i * n + j] = value
    if (format !== 'FULL_MATRIX') weights[j * n + i] = value
  }
  return weights
}
