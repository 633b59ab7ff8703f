import { looksLikeIsbn, parseIsbn } from '../isbn.js'

/** The fields a member may name, in Dutch or English, and the text-search weight that holds each. */
export const fieldWeights = { title: 'A', author: 'B', subject: 'C', series: 'D' } as const
export type SearchField = keyof typeof fieldWeights
const fieldNames: Record<string, SearchField | 'isbn'> = {
  titel: 'title',
  title: 'title',
  auteur: 'author',
  author: 'author',
  schrijver: 'author',
  onderwerp: 'subject',
  subject: 'subject',
  serie: 'series',
  series: 'series',
  reeks: 'series',
  isbn: 'isbn',
}

/** One part of a query: words that must all occur (as a phrase when quoted), optionally in one field. */
export interface QueryPart {
  words: string[]
  phrase: boolean
  field: SearchField | null
}

export type ParsedQuery = { kind: 'isbn'; isbn: string } | { kind: 'text'; parts: QueryPart[] } | { kind: 'empty' }

const tokenPattern = /(?:(\p{L}+):)?(?:"([^"]*)"?|(\S+))/gu

/** `titel:"in de ban" auteur:tolkien ring` → parts; an ISBN alone, or `isbn:…`, is an exact lookup. */
export function parseSearchQuery(text: string): ParsedQuery {
  const trimmed = text.trim()
  if (!trimmed) return { kind: 'empty' }
  if (looksLikeIsbn(trimmed)) return { kind: 'isbn', isbn: parseIsbn(trimmed) as string }
  const parts: QueryPart[] = []
  for (const match of trimmed.matchAll(tokenPattern)) {
    const [, prefix, quoted, bare] = match
    const field = prefix ? fieldNames[prefix.toLowerCase()] : undefined
    const raw = quoted ?? bare ?? ''
    if (field === 'isbn') {
      const isbn = parseIsbn(raw)
      if (isbn) return { kind: 'isbn', isbn }
    }
    // An unknown prefix ("aap:noot") is just text.
    const words = wordsOf(prefix && !field ? `${prefix} ${raw}` : raw)
    if (words.length)
      parts.push({ words, phrase: quoted !== undefined && words.length > 1, field: field && field !== 'isbn' ? field : null })
  }
  return parts.length ? { kind: 'text', parts } : { kind: 'empty' }
}

/** Letters and digits only: nothing a member types can reach the tsquery syntax. */
export const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)

/** The parts as to_tsquery text for the naober_dutch configuration (which stems and folds accents). */
export function toTsquery(parts: QueryPart[]): string {
  return parts
    .map((part) => {
      const weight = part.field ? `:${fieldWeights[part.field]}` : ''
      const lexemes = part.words.map((w) => `${w}${weight}`)
      return part.phrase ? `(${lexemes.join(' <-> ')})` : lexemes.join(' & ')
    })
    .join(' & ')
}

/** The query text again with some words replaced (for "did you mean"). */
export function replaceWords(text: string, replacements: Map<string, string>): string {
  return text.replace(/[\p{L}\p{N}]+/gu, (word) => replacements.get(foldWord(word)) ?? word)
}

/** Lowercase without accents, as the word list keeps its terms. */
export const foldWord = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
