import { describe, expect, it } from 'vitest'
import { alone, BatchesInFlight, batchKeys, type Turn } from './batches-in-flight.js'
import type { PendingRecord } from './import-batch.js'

/** A write that ends when the test says so, and says whether it has begun. */
function heldWrite() {
  let finish: () => void = () => undefined
  const done = new Promise<string>((resolve) => {
    finish = () => resolve('written')
  })
  const write = {
    begun: false,
    finish,
    run: () => {
      write.begun = true
      return done
    },
  }
  return write
}

/** Lets every promise that can settle now settle (no timer involved). */
const settle = () => new Promise((resolve) => setImmediate(resolve))

const keys = (...values: string[]) => new Set(values)

/** Starts a batch and gives its turn with the start's result. */
async function startTaking(flights: BatchesInFlight<string>, batchKeys: Set<string>, write: () => Promise<string>) {
  let turn: Turn = alone
  const started = await flights.start(batchKeys, (given) => {
    turn = given
    return write()
  })
  return { turn, outcome: started.outcome }
}

/** Whether a promise has settled, as a flag the test reads. */
function watch(promise: Promise<unknown> | null) {
  const state = { settled: false }
  void promise?.then(() => (state.settled = true))
  return state
}

describe('batches in flight', () => {
  it('writes a batch that shares nothing with the one being written at once', async () => {
    const flights = new BatchesInFlight<string>(2)
    const first = heldWrite()
    const second = heldWrite()
    await flights.start(keys('001 A'), first.run)
    await flights.start(keys('001 B'), second.run)
    expect([first.begun, second.begun]).toEqual([true, true])
  })

  it('holds a batch back until the batch in flight with the same record is written', async () => {
    const flights = new BatchesInFlight<string>(2)
    const first = heldWrite()
    const second = heldWrite()
    await flights.start(keys('001 A', 'copy 1001'), first.run)
    const started = flights.start(keys('copy 1001'), second.run)
    await settle()
    expect(second.begun).toBe(false)
    first.finish()
    await started
    expect(second.begun).toBe(true)
  })

  it('starts no more batches than it has writers, and the next one when a writer is free', async () => {
    const flights = new BatchesInFlight<string>(2)
    const [first, second, third] = [heldWrite(), heldWrite(), heldWrite()]
    await flights.start(keys('001 A'), first.run)
    await flights.start(keys('001 B'), second.run)
    const started = flights.start(keys('001 C'), third.run)
    await settle()
    expect([first.begun, second.begun, third.begun]).toEqual([true, true, false])
    second.finish()
    await started
    expect(third.begun).toBe(true)
  })

  it("gives the write's failure to the caller and frees its writer", async () => {
    const flights = new BatchesInFlight<string>(1)
    const failed = await flights.start(keys('001 A'), () => Promise.reject(new Error('refused')))
    await expect(failed.outcome).rejects.toThrow('refused')
    const next = await flights.start(keys('001 A'), () => Promise.resolve('written'))
    await expect(next.outcome).resolves.toBe('written')
  })

  it('tells a batch that matched a record the batch in flight before it matched to look again once that one is written', async () => {
    const flights = new BatchesInFlight<string>(2)
    const first = heldWrite()
    const { turn: firstTurn } = await startTaking(flights, keys('001 A'), first.run)
    const { turn: secondTurn } = await startTaking(flights, keys('isbn 9789044433333'), () => Promise.resolve('written'))
    const earlierHaveMatched = watch(secondTurn.earlierHaveMatched)
    await settle()
    expect(earlierHaveMatched.settled).toBe(false)
    expect(firstTurn.matched([7, 8])).toBeNull()
    await settle()
    expect(earlierHaveMatched.settled).toBe(true)
    expect(secondTurn.matched([9])).toBeNull()
    const lookAgain = watch(secondTurn.matched([8]))
    await settle()
    expect(lookAgain.settled).toBe(false)
    first.finish()
    await settle()
    expect(lookAgain.settled).toBe(true)
  })

  it('lets a batch go on when the batch before it failed without saying what it matched', async () => {
    const flights = new BatchesInFlight<string>(2)
    let fail: (error: Error) => void = () => undefined
    const failed = await startTaking(flights, keys('001 A'), () => new Promise<string>((_, reject) => (fail = reject)))
    const { turn } = await startTaking(flights, keys('001 B'), () => Promise.resolve('written'))
    const earlierHaveMatched = watch(turn.earlierHaveMatched)
    await settle()
    expect(earlierHaveMatched.settled).toBe(false)
    fail(new Error('refused'))
    await expect(failed.outcome).rejects.toThrow('refused')
    await settle()
    expect(earlierHaveMatched.settled).toBe(true)
  })

  it("keys a batch by its records' 001s, ISBNs, linked ISBNs and copies' barcodes", () => {
    const pending = {
      mapped: { controlNumber: 'X1', isbns: ['9789044411119'], linkedIsbns: ['9789044422221'], items: [{ barcode: 'BIND9001' }] },
    } as unknown as PendingRecord
    expect(batchKeys([pending])).toEqual(keys('001 X1', 'isbn 9789044411119', 'isbn 9789044422221', 'copy BIND9001'))
  })
})
