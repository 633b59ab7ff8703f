/** ISBNs are stored as ISBN-13 without hyphens, so an ISBN-10 and its ISBN-13 find the same edition. */

const isbnLike = /(?:97[89][-\s]?)?[0-9][-\s0-9]{7,14}[0-9Xx]/

/** The ISBN-13 in a text such as "90-274-3906-8 (geb.)" or "9789027439062", or null when it holds no valid one. */
export function parseIsbn(text: string): string | null {
  const match = isbnLike.exec(text)
  if (!match) return null
  const compact = match[0].replace(/[-\s]/g, '').toUpperCase()
  if (compact.length === 13 && /^97[89][0-9]{10}$/.test(compact)) return isValidIsbn13(compact) ? compact : null
  if (compact.length === 10 && /^[0-9]{9}[0-9X]$/.test(compact)) return isValidIsbn10(compact) ? isbn10To13(compact) : null
  return null
}

export function isValidIsbn13(isbn: string): boolean {
  return isbn13CheckDigit(isbn.slice(0, 12)) === isbn[12]
}

export function isbn13CheckDigit(first12: string): string {
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3)
  return String((10 - (sum % 10)) % 10)
}

function isValidIsbn10(isbn: string): boolean {
  let sum = 0
  for (let i = 0; i < 10; i++) sum += (isbn[i] === 'X' ? 10 : Number(isbn[i])) * (10 - i)
  return sum % 11 === 0
}

function isbn10To13(isbn10: string): string {
  const first12 = `978${isbn10.slice(0, 9)}`
  return first12 + isbn13CheckDigit(first12)
}

/** A query that is nothing but an ISBN answers exactly. */
export const looksLikeIsbn = (query: string) => /^(97[89])?[-\s0-9]{9,15}[0-9Xx]$/.test(query.trim()) && parseIsbn(query) !== null
