import type { Executor } from '../../../db/database.js'
import { toItem, toRecord } from '../catalogue.mapping.js'
import { listItems } from '../item.repository.js'
import { marcxmlNamespace, toIso2709, toMarcxml } from '../marc/marc-writer.js'
import { recordToMarc } from '../marc/record-to-marc.js'
import { findRecords } from '../record.repository.js'
import { type Match, type SearchFilters, searchRecordIds } from '../search/search.repository.js'
import { parseSearchQuery, toTsquery } from '../search/search-query.js'

export type ExportFormat = 'iso2709' | 'marcxml'

export interface ExportSelection extends SearchFilters {
  ids?: number[] | undefined
  q?: string | undefined
  withItems?: boolean | undefined
}

/** The most records one export gives; a larger selection is narrowed with filters. */
export const maxExport = 50_000
const batch = 500

/**
 * Streams the selected records as MARC, batch by batch, so an export never holds the whole
 * selection. The API caps it at maxExport; the CLI (the operator, on the server) may take all.
 */
export async function* exportMarc(db: Executor, selection: ExportSelection, format: ExportFormat, max = maxExport): AsyncGenerator<Buffer> {
  const { ids } = await searchRecordIds(db, matchOf(selection), selection, 'title', 0, max)
  if (format === 'marcxml') yield Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="${marcxmlNamespace}">\n`)
  for (let start = 0; start < ids.length; start += batch) {
    const slice = ids.slice(start, start + batch)
    const rows = new Map((await findRecords(db, slice)).map((r) => [r.id, r]))
    const items = selection.withItems ? (await listItems(db, { recordIds: slice }, 0, 100_000)).rows.map(toItem) : []
    const parts = slice.flatMap((id) => {
      const row = rows.get(id)
      if (!row) return []
      const marc = recordToMarc(
        toRecord(row),
        items.filter((i) => i.recordId === id),
      )
      return [format === 'iso2709' ? toIso2709(marc) : Buffer.from(toMarcxml(marc))]
    })
    yield Buffer.concat(parts)
  }
  if (format === 'marcxml') yield Buffer.from('</collection>\n')
}

function matchOf(selection: ExportSelection): Match {
  if (selection.ids?.length) return { ids: selection.ids }
  const parsed = parseSearchQuery(selection.q ?? '')
  if (parsed.kind === 'isbn') return { isbn: parsed.isbn }
  if (parsed.kind === 'text') return { tsquery: toTsquery(parsed.parts) }
  return null
}
