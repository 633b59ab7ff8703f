import type { Executor } from '../../../db/database.js'
import { toRecord } from '../catalogue.mapping.js'
import { findRecords } from '../record.repository.js'
import { searchRecordIds } from '../search/search.repository.js'
import { parseCql, SruDiagnostic } from './cql.js'
import { cqlToSql, sruIndexes } from './cql-to-sql.js'
import { diagnosticsXml, dialect, escapeXml, type RecordSchemaName, recordDataXml, recordSchemas, type SruVersion } from './sru-xml.js'

export const sruDefaults = { maximumRecords: 10, maxMaximumRecords: 100 }

export type SruParams = Record<string, string | undefined>

/** Answers an SRU request (GET parameters) with the XML document; problems become diagnostics, never HTTP errors. */
export async function answerSru(db: Executor, params: SruParams, host: string): Promise<string> {
  const version = (['1.1', '1.2', '2.0'].includes(params.version ?? '') ? params.version : '2.0') as SruVersion
  const operation = params.operation ?? (params.query ? 'searchRetrieve' : 'explain')
  const head = '<?xml version="1.0" encoding="UTF-8"?>\n'
  if (params.version && !['1.1', '1.2', '2.0'].includes(params.version))
    return head + envelope('explainResponse', version, '', [new SruDiagnostic(5, '2.0', 'Unsupported version')])
  if (operation === 'explain') return head + envelope('explainResponse', version, explainRecord(version, host))
  if (operation !== 'searchRetrieve')
    return head + envelope('explainResponse', version, '', [new SruDiagnostic(4, operation, 'Unsupported operation')])
  try {
    return head + (await searchRetrieve(db, params, version))
  } catch (error) {
    if (!(error instanceof SruDiagnostic)) throw error
    return head + envelope('searchRetrieveResponse', version, '<sru:numberOfRecords>0</sru:numberOfRecords>', [error])
  }
}

async function searchRetrieve(db: Executor, params: SruParams, version: SruVersion): Promise<string> {
  if (!params.query) throw new SruDiagnostic(7, 'query', 'Mandatory parameter not supplied')
  const start = integer(params.startRecord, 1, 'startRecord')
  const maximum = Math.min(integer(params.maximumRecords, sruDefaults.maximumRecords, 'maximumRecords'), sruDefaults.maxMaximumRecords)
  const schema = schemaOf(params.recordSchema)
  if (params.recordPacking && !['xml'].includes(params.recordPacking) && version !== '2.0')
    throw new SruDiagnostic(71, params.recordPacking, 'Unsupported record packing')
  const condition = cqlToSql(parseCql(params.query))
  const { ids, total } = await searchRecordIds(db, { sql: condition }, {}, 'title', start - 1, maximum)
  if (start > 1 && start > total && total > 0) throw new SruDiagnostic(61, String(start), 'First record position out of range')
  const rows = new Map((await findRecords(db, ids)).map((r) => [r.id, r]))
  const { escaping } = dialect(version)
  const records = ids
    .map((id, i) => {
      const row = rows.get(id)
      if (!row) return ''
      return `<sru:record><sru:recordSchema>${recordSchemas[schema]}</sru:recordSchema><sru:${escaping}>xml</sru:${escaping}><sru:recordData>${recordDataXml(toRecord(row), schema)}</sru:recordData><sru:recordPosition>${start + i}</sru:recordPosition></sru:record>`
    })
    .join('')
  const next = start + ids.length <= total ? `<sru:nextRecordPosition>${start + ids.length}</sru:nextRecordPosition>` : ''
  return envelope(
    'searchRetrieveResponse',
    version,
    `<sru:numberOfRecords>${total}</sru:numberOfRecords>${records ? `<sru:records>${records}</sru:records>` : ''}${next}`,
  )
}

function envelope(name: string, version: SruVersion, body: string, diagnostics: SruDiagnostic[] = []): string {
  return `<sru:${name} xmlns:sru="${dialect(version).ns}"><sru:version>${version}</sru:version>${body}${diagnosticsXml(version, diagnostics)}</sru:${name}>\n`
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback
  if (!/^[0-9]+$/.test(value) || (name === 'startRecord' && Number(value) < 1))
    throw new SruDiagnostic(6, name, 'Unsupported parameter value')
  return Number(value)
}

function schemaOf(requested: string | undefined): RecordSchemaName {
  if (!requested) return 'marcxml'
  const found = (Object.entries(recordSchemas) as [RecordSchemaName, string][]).find(
    ([name, uri]) => requested === name || requested === uri || (name === 'marcxml' && requested === 'marc21'),
  )
  if (!found) throw new SruDiagnostic(66, requested, 'Unknown schema for retrieval')
  return found[0]
}

function explainRecord(version: SruVersion, host: string): string {
  const [hostName, port = '80'] = host.split(':')
  const indexes = Object.keys(sruIndexes)
    .filter((i) => i.includes('.'))
    .map((i) => {
      const [set, name] = i.split('.')
      return `<zr:index><zr:title>${name}</zr:title><zr:map><zr:name set="${set}">${name}</zr:name></zr:map></zr:index>`
    })
    .join('')
  const explain = `<zr:explain xmlns:zr="http://explain.z3950.org/dtd/2.0/"><zr:serverInfo protocol="SRU" version="${version}"><zr:host>${escapeXml(hostName ?? 'localhost')}</zr:host><zr:port>${escapeXml(port)}</zr:port><zr:database>sru</zr:database></zr:serverInfo><zr:databaseInfo><zr:title lang="en" primary="true">naober: the union catalogue of the Drenthe libraries</zr:title></zr:databaseInfo><zr:indexInfo><zr:set name="cql" identifier="info:srw/cql-context-set/1/cql-v1.2"/><zr:set name="dc" identifier="info:srw/cql-context-set/1/dc-v1.1"/><zr:set name="bath" identifier="http://zing.z3950.org/cql/bath/2.0/"/>${indexes}</zr:indexInfo><zr:schemaInfo><zr:schema identifier="${recordSchemas.marcxml}" name="marcxml"><zr:title>MARCXML</zr:title></zr:schema><zr:schema identifier="${recordSchemas.dc}" name="dc"><zr:title>Dublin Core</zr:title></zr:schema></zr:schemaInfo><zr:configInfo><zr:default type="numberOfRecords">${sruDefaults.maximumRecords}</zr:default><zr:setting type="maximumRecords">${sruDefaults.maxMaximumRecords}</zr:setting></zr:configInfo></zr:explain>`
  const { escaping } = dialect(version)
  return `<sru:record><sru:recordSchema>http://explain.z3950.org/dtd/2.0/</sru:recordSchema><sru:${escaping}>xml</sru:${escaping}><sru:recordData>${explain}</sru:recordData></sru:record>`
}
