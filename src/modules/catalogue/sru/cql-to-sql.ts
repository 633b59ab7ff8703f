import { type RawBuilder, sql } from 'kysely'
import { parseIsbn } from '../isbn.js'
import { wordsOf } from '../search/search-query.js'
import { type CqlNode, SruDiagnostic } from './cql.js'

/** The indexes of the explain record: CQL index → tsquery weight ('' = anywhere) or 'isbn'. */
export const sruIndexes: Record<string, string> = {
  'cql.anywhere': '',
  'cql.serverchoice': '',
  anywhere: '',
  'dc.title': 'A',
  title: 'A',
  'dc.creator': 'B',
  creator: 'B',
  'dc.subject': 'C',
  subject: 'C',
  'bath.isbn': 'isbn',
  isbn: 'isbn',
}

/** A CQL tree as one SQL condition over records r. */
export function cqlToSql(node: CqlNode): RawBuilder<boolean> {
  if (node.kind === 'bool') {
    const left = cqlToSql(node.left)
    const right = cqlToSql(node.right)
    if (node.op === 'and') return sql<boolean>`(${left} and ${right})`
    if (node.op === 'or') return sql<boolean>`(${left} or ${right})`
    return sql<boolean>`(${left} and not ${right})`
  }
  const weight = sruIndexes[node.index]
  if (weight === undefined) throw new SruDiagnostic(16, node.index, 'Unsupported index')
  if (weight === 'isbn') {
    const isbn = parseIsbn(node.term)
    return isbn ? sql<boolean>`r.isbns @> array[${isbn}]::text[]` : sql<boolean>`false`
  }
  const words = wordsOf(node.term)
  if (words.length === 0) return sql<boolean>`true`
  const lexemes = words.map((w) => `${w}${weight ? `:${weight}` : ''}`)
  const joiner: Record<string, string> = { '=': ' & ', all: ' & ', any: ' | ', '==': ' <-> ', adj: ' <-> ' }
  const glue = joiner[node.relation]
  if (!glue) throw new SruDiagnostic(19, node.relation, 'Unsupported relation')
  return sql<boolean>`r.search @@ to_tsquery('naober_dutch', ${lexemes.join(glue)})`
}
