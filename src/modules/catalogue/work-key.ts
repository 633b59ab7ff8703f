/**
 * Editions and formats of one work share a key: the title without articles, accents and
 * punctuation, and the first author's surname and first initial. "De Hobbit" by "Tolkien, J.R.R."
 * and "Hobbit" by "Tolkien, John Ronald Reuel" are one work.
 */
const leadingArticles = /^(de|het|een|the|a|an|der|die|das|le|la|les|l|el|il)\s+/

export function normaliseForKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

export function workKey(title: string, firstAuthor: string | null | undefined): string {
  const normalTitle = normaliseForKey(title).replace(leadingArticles, '')
  return `${normalTitle}|${authorKey(firstAuthor)}`
}

function authorKey(author: string | null | undefined): string {
  if (!author) return ''
  const [surname = '', forenames = ''] = author.includes(',') ? author.split(',', 2) : splitDirectOrder(author)
  const initial = normaliseForKey(forenames).charAt(0)
  return `${normaliseForKey(surname)}${initial ? ` ${initial}` : ''}`
}

/** "Annie M.G. Schmidt" → surname "Schmidt", forenames "Annie M.G." */
function splitDirectOrder(author: string): [string, string] {
  const words = author.trim().split(/\s+/)
  const surname = words.pop() ?? ''
  return [surname, words.join(' ')]
}
