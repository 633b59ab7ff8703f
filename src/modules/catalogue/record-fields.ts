import type { Audience, RecordFormat } from './catalogue.tables.js'

export const recordFormats = ['book', 'large_print', 'ebook', 'audiobook', 'dvd', 'magazine', 'game', 'music', 'other'] as const
export const audiences = ['age_0_5', 'age_6_11', 'age_12_17', 'adult'] as const
/** Formats read or heard online: no copies on a shelf, a link to the online library instead. */
export const onlineFormats: readonly RecordFormat[] = ['ebook']

/** A bibliographic record's fields as the use cases see them, whether typed in or read from MARC. */
export interface RecordFields {
  controlNumber: string | null
  title: string
  subtitle: string | null
  authors: string[]
  isbns: string[]
  publisher: string | null
  year: number | null
  language: string
  format: RecordFormat
  audience: Audience
  fiction: boolean
  subjects: string[]
  series: string | null
  seriesNumber: string | null
  onlineUrl: string | null
}

export const recordColumns = (fields: RecordFields) => ({
  control_number: fields.controlNumber,
  title: fields.title,
  subtitle: fields.subtitle,
  authors: fields.authors,
  isbns: fields.isbns,
  publisher: fields.publisher,
  year: fields.year,
  language: fields.language,
  format: fields.format,
  audience: fields.audience,
  fiction: fields.fiction,
  subjects: fields.subjects,
  series: fields.series,
  series_number: fields.seriesNumber,
  online_url: fields.onlineUrl,
})
