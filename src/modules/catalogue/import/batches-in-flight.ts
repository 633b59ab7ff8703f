import type { PendingRecord } from './import-batch.js'

/**
 * What a batch's records can meet in another batch: their 001s, their ISBNs (a record without 001
 * matches on one, an edition joins the work of the ISBN it links to) and their copies' barcodes.
 * A batch that shares none of these with an earlier one finds and writes the same rows whether the
 * earlier one is committed or not.
 */
export function batchKeys(batch: PendingRecord[]): Set<string> {
  const keys = new Set<string>()
  for (const { mapped } of batch) {
    if (mapped.controlNumber) keys.add(`001 ${mapped.controlNumber}`)
    for (const isbn of mapped.isbns) keys.add(`isbn ${isbn}`)
    for (const isbn of mapped.linkedIsbns) keys.add(`isbn ${isbn}`)
    for (const item of mapped.items) keys.add(`copy ${item.barcode}`)
  }
  return keys
}

const settled = () => undefined

interface Flight {
  keys: Set<string>
  /** settles (never fails) once the batch's write is over */
  landed: Promise<void>
}

/**
 * Batches written at once, each in its own transaction, in file order: a batch starts when fewer
 * than `most` are being written and none of them shares a key with it; one that does is waited
 * for, so a later record still updates an earlier one, as when the batches went one at a time.
 */
export class BatchesInFlight<Outcome> {
  readonly #flights = new Set<Flight>()

  constructor(private readonly most: number) {}

  /** Waits for its turn and starts `write`; the promise it gives is the write's outcome. */
  async start(keys: Set<string>, write: () => Promise<Outcome>): Promise<{ outcome: Promise<Outcome> }> {
    for (let waitFor = this.#blocking(keys); waitFor.length > 0; waitFor = this.#blocking(keys)) {
      await Promise.race(waitFor.map((flight) => flight.landed))
    }
    const outcome = write()
    // settles whether the write succeeds or fails: the caller meets a failure through `outcome`
    const flight: Flight = { keys, landed: outcome.then(settled, settled).then(() => void this.#flights.delete(flight)) }
    this.#flights.add(flight)
    return { outcome }
  }

  /** Every batch being written, when no writer is free; else those sharing a key with `keys`. */
  #blocking(keys: Set<string>): Flight[] {
    const flights = [...this.#flights]
    if (flights.length >= this.most) return flights
    return flights.filter((flight) => shareAny(flight.keys, keys))
  }
}

function shareAny(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size < b.size ? [a, b] : [b, a]
  for (const key of small) if (large.has(key)) return true
  return false
}
