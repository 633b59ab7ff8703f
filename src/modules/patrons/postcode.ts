const dutchPostcode = /^([1-9][0-9]{3}) ?([A-Za-z]{2})$/

/** A Dutch postcode in its written form ('9401 AB'); anything else (a German PLZ) stays as given, trimmed. */
export function normalisePostcode(value: string): string {
  const match = dutchPostcode.exec(value.trim())
  return match ? `${match[1]} ${match[2]?.toUpperCase()}` : value.trim()
}

/** What a search for a postcode or its first part matches: '9401ab' and '9401 AB' alike. */
export function postcodeSearchPrefix(value: string): string {
  const compact = value.replace(/\s+/g, '').toUpperCase()
  return compact.length > 4 && /^[1-9][0-9]{3}/.test(compact) ? `${compact.slice(0, 4)} ${compact.slice(4)}` : compact
}
