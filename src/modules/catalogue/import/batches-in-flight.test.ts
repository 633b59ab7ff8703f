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
    let firstTurn: Turn = alone
    await flights.start(keys('001 A'), (turn) => {
      firstTurn = turn
      return first.run()
    })
    let secondTurn: Turn = alone
    await flights.start(keys('isbn 9789044433333'), (turn) => {
      secondTurn = turn
      return Promise.resolve('written')
    })
    let earlierHaveMatched = false
    void secondTurn.earlierHaveMatched.then(() => (earlierHaveMatched = true))
    await settle()
    expect(earlierHaveMatched).toBe(false)
    expect(firstTurn.matched([7, 8])).toBeNull()
    await settle()
    expect(earlierHaveMatched).toBe(true)
    expect(secondTurn.matched([9])).toBeNull()
    const lookAgainAfter = secondTurn.matched([8])
    let lookedAgain = false
    void lookAgainAfter?.then(() => (lookedAgain = true))
    await settle()
    expect(lookedAgain).toBe(false)
    first.finish()
    await settle()
    expect(lookedAgain).toBe(true)
  })

  it('lets a batch go on when the batch before it failed without saying what it matched', async () => {
    const flights = new BatchesInFlight<string>(2)
    let fail: (error: Error) => void = () => undefined
    const failed = await flights.start(keys('001 A'), () => new Promise<string>((_, reject) => (fail = reject)))
    let turn: Turn = alone
    await flights.start(keys('001 B'), (given) => {
      turn = given
      return Promise.resolve('written')
    })
    let earlierHaveMatched = false
    void turn.earlierHaveMatched.then(() => (earlierHaveMatched = true))
    await settle()
    expect(earlierHaveMatched).toBe(false)
    fail(new Error('refused'))
    await expect(failed.outcome).rejects.toThrow('refused')
    await settle()
    expect(earlierHaveMatched).toBe(true)
  })

  it("keys a batch by its records' 001s, ISBNs, linked ISBNs and copies' barcodes", () => {
    const pending = {
      mapped: { controlNumber: 'X1', isbns: ['9789044411119'], linkedIsbns: ['9789044422221'], items: [{ barcode: 'BIND9001' }] },
    } as unknown as PendingRecord
    expect(batchKeys([pending])).toEqual(keys('001 X1', 'isbn 9789044411119', 'isbn 9789044422221', 'copy BIND9001'))
  })
})
