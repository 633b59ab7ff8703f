import { readConfig } from '../config.js'
import type { Db } from '../db/database.js'
import { openDatabase } from '../db/open.js'
import { fail } from './output.js'

/** Opens the configured database for one command and closes it afterwards. */
export async function withDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const database = await openDatabase(readConfig())
  try {
    return await work(database.db)
  } finally {
    await database.close()
  }
}

/** Runs a command's work and prints its result as JSON or as text. */
export const run = (work: (db: Db) => Promise<unknown>, json: boolean | undefined, text: (result: never) => string) => () =>
  withDatabase(work)
    .then((result) => console.log(json ? JSON.stringify(result, null, 2) : text(result as never)))
    .catch(fail)

/** Barcodes as arguments, else one per line (or separated by spaces) on standard input. */
export async function barcodesFrom(args: string[]): Promise<string[]> {
  return args.length ? args : (await readStdin()).split(/\s+/).filter(Boolean)
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return ''
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
