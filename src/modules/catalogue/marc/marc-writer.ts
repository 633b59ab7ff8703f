import marcjs from 'marcjs'
import { isDataField, type MarcRecord } from './marc-record.js'

/**
 * ISO 2709 and MARCXML out, written by marcjs (which counts lengths in UTF-8 bytes and escapes
 * subfield text). Our control fields hold only digits and codes, so its unescaped control fields
 * are safe here.
 */
const toMarcjs = (record: MarcRecord) => ({
  leader: record.leader,
  fields: record.fields.map((f) =>
    isDataField(f) ? [f.tag, f.ind1 + f.ind2, ...f.subfields.flatMap((s) => [s.code, s.value])] : [f.tag, f.value],
  ),
})

export const toIso2709 = (record: MarcRecord): Buffer => Buffer.from(marcjs.Marc.format(toMarcjs(record), 'iso2709'), 'utf8')

export const marcxmlNamespace = 'http://www.loc.gov/MARC21/slim'

/** One <record> element; with the namespace on it when it stands alone (as in SRU recordData). */
export function toMarcxml(record: MarcRecord, withNamespace = false): string {
  const xml = marcjs.Marc.format(toMarcjs(record), 'marcxml')
  return withNamespace ? xml.replace(/^<record>/, `<record xmlns="${marcxmlNamespace}">`) : xml
}
