import { describe, expect, it } from 'vitest'
import { normalisePostcode, postcodeSearchPrefix } from './postcode.js'

describe('postcodes', () => {
  it('writes a Dutch postcode with a space and capitals', () => {
    expect(normalisePostcode(' 9401ab ')).toBe('9401 AB')
    expect(normalisePostcode('7811 Cd')).toBe('7811 CD')
  })

  it('leaves a foreign postcode as given', () => {
    expect(normalisePostcode('49824')).toBe('49824')
  })

  it('searches on the written form whether the space was typed or not', () => {
    expect(postcodeSearchPrefix('9401ab')).toBe('9401 AB')
    expect(postcodeSearchPrefix('9401 a')).toBe('9401 A')
    expect(postcodeSearchPrefix('9401')).toBe('9401')
  })
})
