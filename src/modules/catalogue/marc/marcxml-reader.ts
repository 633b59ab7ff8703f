import { SaxesParser, type SaxesTagNS } from 'saxes'
import type { DataField, MarcReadResult, MarcRecord } from './marc-record.js'

export const marcxmlNamespace = 'http://www.loc.gov/MARC21/slim'

interface Building {
  line: number
  record: MarcRecord
  problem: string | null
  field: DataField | null
  text: string | null
  /** what the text collected belongs to */
  target: { kind: 'leader' } | { kind: 'control'; tag: string } | { kind: 'subfield'; code: string } | null
}

/**
 * Reads MARCXML (MARC21 slim, with or without a namespace prefix) as a stream with saxes, one
 * record at a time, so a file of any size runs in constant memory. A record with a missing tag or
 * subfield code is reported and skipped; XML that is not well-formed ends the reading there,
 * since nothing after it can be trusted.
 */
export async function* readMarcxml(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<MarcReadResult> {
  const parser = new SaxesParser({ xmlns: true, position: true })
  const done: MarcReadResult[] = []
  let number = 0
  let current: Building | null = null
  let fatal: string | null = null

  parser.on('error', (error) => {
    fatal ??= `the XML is not well-formed at line ${parser.line}, column ${parser.column}: ${error.message.replace(/^(.*?:)?\d+:\d+: /, '')}`
  })
  parser.on('opentag', (tag) => {
    if (fatal) return
    if (tag.local === 'record' && isMarc(tag)) {
      current = { line: parser.line, record: { leader: '', fields: [] }, problem: null, field: null, text: null, target: null }
      return
    }
    if (current) open(current, tag)
  })
  parser.on('text', (text) => {
    if (current?.target) current.text = (current.text ?? '') + text
  })
  parser.on('closetag', (tag) => {
    if (!current) return
    if (tag.local === 'record' && isMarc(tag)) {
      if (fatal) return // the record the XML broke in is reported below
      done.push(finish(current, ++number))
      current = null
      return
    }
    close(current, tag)
  })

  const decoder = new TextDecoder('utf-8', { fatal: true })
  for await (const chunk of chunks) {
    try {
      parser.write(decoder.decode(chunk, { stream: true }))
    } catch (error) {
      fatal ??= `the file is not valid UTF-8 (${(error as Error).message})`
    }
    yield* done.splice(0)
    if (fatal) break
  }
  if (!fatal) parser.close()
  yield* done.splice(0)
  if (fatal) {
    const building = current as Building | null
    yield { kind: 'malformed', number: number + 1, line: building?.line ?? parser.line, reason: `${fatal}; reading stopped there` }
  }
}

const isMarc = (tag: SaxesTagNS) => tag.uri === marcxmlNamespace || tag.uri === ''
const attribute = (tag: SaxesTagNS, name: string) => tag.attributes[name]?.value

function open(building: Building, tag: SaxesTagNS): void {
  building.text = null
  switch (tag.local) {
    case 'leader':
      building.target = { kind: 'leader' }
      return
    case 'controlfield': {
      const name = attribute(tag, 'tag')
      if (!name) building.problem ??= 'a controlfield without a tag'
      building.target = { kind: 'control', tag: name ?? '' }
      return
    }
    case 'datafield': {
      const name = attribute(tag, 'tag')
      if (!name) building.problem ??= 'a datafield without a tag'
      building.field = { tag: name ?? '', ind1: attribute(tag, 'ind1') || ' ', ind2: attribute(tag, 'ind2') || ' ', subfields: [] }
      return
    }
    case 'subfield': {
      const code = attribute(tag, 'code')
      if (!code) building.problem ??= `field ${building.field?.tag ?? '?'} has a subfield without a code`
      building.target = { kind: 'subfield', code: code ?? '' }
      return
    }
    default:
      building.problem ??= `unexpected element <${tag.name}> in a record`
  }
}

function close(building: Building, tag: SaxesTagNS): void {
  const text = building.text ?? ''
  const target = building.target
  if (tag.local === 'datafield' && building.field) {
    building.record.fields.push(building.field)
    building.field = null
    return
  }
  if (!target) return
  if (target.kind === 'leader') building.record.leader = text
  else if (target.kind === 'control') building.record.fields.push({ tag: target.tag, value: text })
  else building.field?.subfields.push({ code: target.code, value: text.normalize('NFC') })
  building.target = null
  building.text = null
}

function finish(building: Building, number: number): MarcReadResult {
  const { record, line } = building
  const problem =
    building.problem ??
    (record.leader.length !== 24 ? `the leader has ${record.leader.length} characters instead of 24` : null) ??
    (record.fields.length === 0 ? 'the record has no fields' : null) ??
    record.fields.map((f) => (/^[0-9A-Za-z]{3}$/.test(f.tag) ? null : `'${f.tag}' is not a tag`)).find(Boolean) ??
    null
  return problem ? { kind: 'malformed', number, line, reason: problem } : { kind: 'record', number, line, record }
}
