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

/**
 * A batch's place among the batches in flight. Keys cannot tell everything: a record re-imported on
 * its 001 may give up an ISBN, and a record without 001 in the next batch that carries it must not
 * find the record through it while the first batch is still writing. So each batch also says which
 * existing records its look-ups matched, and one that matched a record an earlier batch in flight
 * matched looks again once that batch is written.
 */
export interface Turn {
  /** settles once every batch in flight before this one has said which records it matched (or is written) */
  readonly earlierHaveMatched: Promise<void>
  /**
   * Says which existing records this batch's look-ups matched. When a batch in flight before it
   * matched one of them: settles once that one is written (then look again); else null.
   */
  matched(recordIds: number[]): Promise<void> | null
}

/** The turn of a batch written on its own. */
export const alone: Turn = { earlierHaveMatched: Promise.resolve(), matched: () => null }

interface Flight {
  keys: Set<string>
  /** the existing records its look-ups matched */
  matched: Set<number>
  /** settles once it has said which records it matched, or is written */
  said: Promise<void>
  /** settles (never fails) once the batch's write is over */
  landed: Promise<void>
}

/**
 * Batches written at once, each in its own transaction, in file order: a batch starts when fewer
 * than `most` are being written and none of them shares a key with it; one that does is waited
 * for, so a later record still updates an earlier one, as when the batches went one at a time.
 * The same holds for the records a batch's look-ups match (see Turn).
 */
export class BatchesInFlight<Outcome> {
  readonly #flights = new Set<Flight>()

  constructor(private readonly most: number) {}

  /** Waits for its turn and starts `write`; the promise it gives is the write's outcome. */
  async start(keys: Set<string>, write: (turn: Turn) => Promise<Outcome>): Promise<{ outcome: Promise<Outcome> }> {
    for (let waitFor = this.#blocking(keys); waitFor.length > 0; waitFor = this.#blocking(keys)) {
      await Promise.race(waitFor.map((flight) => flight.landed))
    }
    const earlier = [...this.#flights]
    let say: () => void = settled
    const flight: Flight = { keys, matched: new Set(), said: new Promise((resolve) => (say = resolve)), landed: Promise.resolve() }
    const outcome = write({
      earlierHaveMatched: Promise.all(earlier.map((before) => Promise.race([before.said, before.landed]))).then(settled),
      matched: (recordIds) => {
        for (const id of recordIds) flight.matched.add(id)
        say()
        const before = earlier.filter((other) => this.#flights.has(other) && recordIds.some((id) => other.matched.has(id)))
        return before.length ? Promise.all(before.map((other) => other.landed)).then(settled) : null
      },
    })
    // settles whether the write succeeds or fails: the caller meets a failure through `outcome`
    flight.landed = outcome.then(settled, settled).then(() => void this.#flights.delete(flight))
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
