import { describe, expect, it } from 'vitest'
import { toColumns } from './columns.js'

describe('toColumns', () => {
  it('renames camelCase fields to snake_case columns', () => {
    expect(toColumns({ pickupAllowed: true, municipalityCode: 'GM0106' })).toEqual({ pickup_allowed: true, municipality_code: 'GM0106' })
  })

  it('leaves out fields that were not given but keeps explicit nulls', () => {
    expect(toColumns({ name: undefined, phone: null })).toEqual({ phone: null })
  })
})
