/** One MARC 21 record as read from a file or built for export: a leader and its fields in order. */
export interface MarcRecord {
  leader: string
  fields: MarcField[]
}

export type MarcField = ControlField | DataField

export interface ControlField {
  tag: string
  value: string
}

export interface DataField {
  tag: string
  ind1: string
  ind2: string
  subfields: Subfield[]
}

export interface Subfield {
  code: string
  value: string
}

export const isDataField = (field: MarcField): field is DataField => 'subfields' in field

export const controlValue = (record: MarcRecord, tag: string): string | undefined => {
  const field = record.fields.find((f) => f.tag === tag)
  return field && !isDataField(field) ? field.value : undefined
}

export const dataFields = (record: MarcRecord, ...tags: string[]): DataField[] =>
  record.fields.filter((f): f is DataField => isDataField(f) && tags.includes(f.tag))

export const subfieldValues = (field: DataField, ...codes: string[]): string[] =>
  field.subfields.filter((s) => codes.includes(s.code)).map((s) => s.value)

export const firstSubfield = (field: DataField | undefined, code: string): string | undefined =>
  field?.subfields.find((s) => s.code === code)?.value

/** Where a record sat in its file, for the import report. */
export interface MarcPosition {
  /** 1-based number of the record in the file */
  number: number
  /** ISO 2709: byte offset where it starts */
  offset?: number
  /** MARCXML: line where it starts */
  line?: number
}

/** One thing read from a MARC file: a record, or why the record there could not be read. */
export type MarcReadResult = ({ kind: 'record'; record: MarcRecord } | { kind: 'malformed'; reason: string }) & MarcPosition
