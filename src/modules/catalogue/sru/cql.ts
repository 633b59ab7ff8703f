/** The CQL subset the SRU endpoint answers: and/or/not, parentheses, index relation term. */
export type CqlNode =
  | { kind: 'bool'; op: 'and' | 'or' | 'not'; left: CqlNode; right: CqlNode }
  | { kind: 'clause'; index: string; relation: string; term: string }

/** An SRU diagnostic (info:srw/diagnostic/1/N) with its details. */
export class SruDiagnostic extends Error {
  constructor(
    readonly number: number,
    readonly details: string,
    message: string,
  ) {
    super(message)
  }
}

const tokenPattern = /\s*(?:"((?:[^"\\]|\\.)*)"|(==|<>|<=|>=|[=<>()/])|([^\s()"=<>/]+))/gy

export function parseCql(text: string): CqlNode {
  const tokens: { value: string; quoted: boolean }[] = []
  let end = 0
  tokenPattern.lastIndex = 0
  let match = tokenPattern.exec(text)
  while (match) {
    tokens.push({ value: match[1]?.replace(/\\(.)/g, '$1') ?? match[2] ?? match[3] ?? '', quoted: match[1] !== undefined })
    end = tokenPattern.lastIndex
    match = tokenPattern.exec(text)
  }
  if (text.slice(end).trim() || tokens.length === 0) throw syntaxError(text)
  let at = 0
  const peek = () => tokens[at]
  const isBool = (t = peek()) => t !== undefined && !t.quoted && /^(and|or|not|prox)$/i.test(t.value)

  const query = (): CqlNode => {
    let left = clause()
    while (isBool()) {
      const op = (tokens[at++]?.value ?? '').toLowerCase()
      if (op === 'prox') throw new SruDiagnostic(37, 'prox', 'Unsupported boolean operator')
      if (peek()?.value === '/') throw new SruDiagnostic(46, op, 'Unsupported boolean modifier')
      left = { kind: 'bool', op: op as 'and' | 'or' | 'not', left, right: clause() }
    }
    return left
  }
  const clause = (): CqlNode => {
    const first = tokens[at++]
    if (!first) throw syntaxError(text)
    if (first.value === '(' && !first.quoted) {
      const inner = query()
      if (tokens[at++]?.value !== ')') throw syntaxError(text)
      return inner
    }
    const relation = peek()
    if (
      relation &&
      !relation.quoted &&
      (/^(==|<>|<=|>=|[=<>])$/.test(relation.value) || /^(all|any|adj|within|encloses)$/i.test(relation.value)) &&
      tokens[at + 1]
    ) {
      at++
      if (peek()?.value === '/') throw new SruDiagnostic(20, relation.value, 'Unsupported relation modifier')
      const term = tokens[at++]
      if (!term || (!term.quoted && /^[()]$/.test(term.value))) throw syntaxError(text)
      return { kind: 'clause', index: first.value.toLowerCase(), relation: relation.value.toLowerCase(), term: term.value }
    }
    return { kind: 'clause', index: 'cql.serverchoice', relation: '=', term: first.value }
  }
  const tree = query()
  if (at !== tokens.length) throw syntaxError(text)
  return tree
}

const syntaxError = (text: string) => new SruDiagnostic(10, text, 'Query syntax error')
