import type { CatalogueRecord } from '../catalogue.schema.js'
import { toMarcxml } from '../marc/marc-writer.js'
import { recordToMarc } from '../marc/record-to-marc.js'
import type { SruDiagnostic } from './cql.js'

export type SruVersion = '1.1' | '1.2' | '2.0'
export const recordSchemas = {
  marcxml: 'info:srw/schema/1/marcxml-v1.1',
  dc: 'info:srw/schema/1/dc-v1.1',
} as const
export type RecordSchemaName = keyof typeof recordSchemas

export const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string)

/** SRU 1.x and 2.0 differ in namespaces and in the name of the escaping element. */
export function dialect(version: SruVersion) {
  return version === '2.0'
    ? {
        ns: 'http://docs.oasis-open.org/ns/search-ws/sruResponse',
        diag: 'http://docs.oasis-open.org/ns/search-ws/diagnostic',
        escaping: 'recordXMLEscaping',
      }
    : { ns: 'http://www.loc.gov/zing/srw/', diag: 'http://www.loc.gov/zing/srw/diagnostic/', escaping: 'recordPacking' }
}

export function diagnosticsXml(version: SruVersion, diagnostics: SruDiagnostic[]): string {
  if (diagnostics.length === 0) return ''
  const { diag } = dialect(version)
  const items = diagnostics.map(
    (d) =>
      `<diag:diagnostic xmlns:diag="${diag}"><diag:uri>info:srw/diagnostic/1/${d.number}</diag:uri><diag:details>${escapeXml(d.details)}</diag:details><diag:message>${escapeXml(d.message)}</diag:message></diag:diagnostic>`,
  )
  return `<sru:diagnostics>${items.join('')}</sru:diagnostics>`
}

export function recordDataXml(record: CatalogueRecord, schema: RecordSchemaName): string {
  if (schema === 'marcxml') return toMarcxml(recordToMarc(record), true)
  const dc = (name: string, values: (string | null | undefined)[]) =>
    values
      .filter(Boolean)
      .map((v) => `<dc:${name}>${escapeXml(v as string)}</dc:${name}>`)
      .join('')
  return [
    '<srw_dc:dc xmlns:srw_dc="info:srw/schema/1/dc-schema" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    dc('title', [record.subtitle ? `${record.title} : ${record.subtitle}` : record.title]),
    dc('creator', record.authors),
    dc('subject', record.subjects),
    dc('publisher', [record.publisher]),
    dc('date', [record.year ? String(record.year) : null]),
    dc('type', [record.format]),
    dc('language', [record.language]),
    dc('identifier', [...record.isbns.map((i) => `URN:ISBN:${i}`), record.onlineUrl]),
    '</srw_dc:dc>',
  ].join('')
}
