import { readConfig } from '../config.js'
import { openDatabase } from '../db/open.js'
import { importMarc } from '../modules/catalogue/import/import-marc.js'
import type { ImportReport } from '../modules/catalogue/import/import-report.js'
import { openMarcFile } from '../modules/catalogue/marc/marc-file.js'
import type { ItemsField } from '../modules/catalogue/marc/marc-to-record.js'
import { ProgressBar } from './progress-bar.js'

export async function importMarcCommand(path: string, options: { items?: ItemsField; json?: boolean }): Promise<void> {
  const file = await openMarcFile(path)
  const database = await openDatabase(readConfig())
  try {
    const bar = new ProgressBar('records')
    const report = await importMarc(database.db, file, {
      itemsField: options.items ?? null,
      onProgress: (p) => bar.update(p.recordsRead, p.bytesTotal ? p.bytesRead / p.bytesTotal : 0),
    })
    bar.update(report.recordsRead, 1, true)
    bar.finish()
    console.log(options.json ? JSON.stringify(report, null, 2) : summary(path, report))
  } finally {
    await database.close()
  }
}

function summary(path: string, r: ImportReport): string {
  const rate = r.seconds > 0 ? Math.round(r.recordsRead / r.seconds) : r.recordsRead
  const lines = [
    `${path} (${r.format}): ${r.recordsRead} records read in ${r.seconds.toFixed(1)} s (${rate}/s)`,
    `  created ${r.created}, updated ${r.updated}, skipped ${r.skipped}; copies created ${r.itemsCreated}, updated ${r.itemsUpdated}`,
    ...r.problems.map(
      (p) =>
        `  skipped record ${p.number}${p.offset !== undefined ? ` at byte ${p.offset}` : ''}${p.line !== undefined ? ` at line ${p.line}` : ''}${p.controlNumber ? ` (001 ${p.controlNumber})` : ''}: ${p.reason}`,
    ),
  ]
  if (r.skipped > r.problems.length) lines.push(`  … and ${r.skipped - r.problems.length} more`)
  return lines.join('\n')
}
