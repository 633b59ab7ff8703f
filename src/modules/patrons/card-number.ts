/**
 * Library card numbers: 14 digits, `2` (a patron card, as on the barcode), the issuing
 * organisation's four-digit prefix, an eight-digit serial and a Luhn check digit, so a mistyped
 * digit or two swapped neighbours at the desk is caught before anything is looked up.
 * Written by hand: the Luhn rule is five lines and no package is worth a dependency for it.
 */
export const cardNumberPattern = /^2[0-9]{13}$/

export function luhnCheckDigit(digits: string): number {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    // Double every second digit counted from the right, starting with the rightmost one.
    const digit = Number(digits[digits.length - 1 - i])
    const doubled = i % 2 === 0 ? digit * 2 : digit
    sum += doubled > 9 ? doubled - 9 : doubled
  }
  return (10 - (sum % 10)) % 10
}

export function formatCardNumber(prefix: number, serial: number): string {
  if (!Number.isInteger(prefix) || prefix < 1000 || prefix > 9999) throw new RangeError(`card prefix ${prefix} is not four digits`)
  if (!Number.isInteger(serial) || serial < 1 || serial > 99_999_999) throw new RangeError(`card serial ${serial} is out of range`)
  const body = `2${prefix}${String(serial).padStart(8, '0')}`
  return `${body}${luhnCheckDigit(body)}`
}

export function isValidCardNumber(cardNumber: string): boolean {
  return cardNumberPattern.test(cardNumber) && luhnCheckDigit(cardNumber.slice(0, -1)) === Number(cardNumber.slice(-1))
}
