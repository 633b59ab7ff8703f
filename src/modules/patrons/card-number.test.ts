import { describe, expect, it } from 'vitest'
import { formatCardNumber, isValidCardNumber, luhnCheckDigit } from './card-number.js'

describe('card numbers', () => {
  it('computes the Luhn check digit of a known number', () => {
    // The classic example of the Luhn algorithm: 7992739871 has check digit 3.
    expect(luhnCheckDigit('7992739871')).toBe(3)
  })

  it('formats prefix and serial into 14 digits that pass their own check', () => {
    const card = formatCardNumber(1002, 1)
    expect(card).toHaveLength(14)
    expect(card.slice(0, 13)).toBe('2100200000001')
    expect(isValidCardNumber(card)).toBe(true)
  })

  it('catches a mistyped digit and two swapped neighbours', () => {
    const card = formatCardNumber(1001, 4711)
    const typo = `${card.slice(0, 8)}${(Number(card[8]) + 1) % 10}${card.slice(9)}`
    const swapped = `${card.slice(0, 10)}${card[11]}${card[10]}${card.slice(12)}`
    expect(isValidCardNumber(typo)).toBe(false)
    expect(swapped).not.toBe(card)
    expect(isValidCardNumber(swapped)).toBe(false)
  })

  it('refuses a prefix that is not four digits and a serial out of range', () => {
    expect(() => formatCardNumber(999, 1)).toThrow(RangeError)
    expect(() => formatCardNumber(1001, 0)).toThrow(RangeError)
    expect(() => formatCardNumber(1001, 100_000_000)).toThrow(RangeError)
  })

  it('does not take a number of another shape for a card', () => {
    expect(isValidCardNumber('12345')).toBe(false)
    expect(isValidCardNumber(`3${formatCardNumber(1001, 1).slice(1)}`)).toBe(false)
  })
})
