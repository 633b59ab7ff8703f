import type { MarcFormat } from '../marc/marc-file.js'

/** One record that was not imported, and why: enough to find it in the file. */
export interface ImportProblem {
  number: number
  offset?: number
  line?: number
  controlNumber?: string
  reason: string
}

export interface ImportReport {
  format: MarcFormat
  recordsRead: number
  created: number
  updated: number
  skipped: number
  itemsCreated: number
  itemsUpdated: number
  problems: ImportProblem[]
  seconds: number
}

export interface ImportProgress {
  bytesRead: number
  bytesTotal: number
  recordsRead: number
  created: number
  updated: number
  skipped: number
}

/** The report keeps the first problems in full; a file with more says how many in `skipped`. */
export const maxProblemsKept = 1000
