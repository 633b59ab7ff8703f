import { describe, expect, it } from 'vitest'
import { SearchesBusyError, SearchQueue } from './search-queue.js'

/** A search that runs until the test ends it. */
function pending() {
  let end!: () => void
  let fail!: (error: Error) => void
  const done = new Promise<void>((resolve, reject) => {
    end = resolve
    fail = reject
  })
  return { done, end, fail }
}

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe('SearchQueue', () => {
  it('runs at most the given number of searches at once, the others in the order they came', async () => {
    const queue = new SearchQueue(2)
    const searches = [pending(), pending(), pending(), pending()]
    const started: number[] = []
    const runs = searches.map((search, i) =>
      queue.run(async () => {
        started.push(i)
        await search.done
        return i
      }),
    )
    await tick()
    expect(started).toEqual([0, 1])
    searches[1]?.end()
    await tick()
    expect(started).toEqual([0, 1, 2])
    searches[0]?.end()
    searches[2]?.end()
    await tick()
    expect(started).toEqual([0, 1, 2, 3])
    searches[3]?.end()
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3])
  })

  it('gives the place of a failed search to the next one', async () => {
    const queue = new SearchQueue(1)
    const first = pending()
    const failed = queue.run(() => first.done)
    const next = queue.run(async () => 'next')
    first.fail(new Error('statement failed'))
    await expect(failed).rejects.toThrow('statement failed')
    expect(await next).toBe('next')
  })

  it('refuses a search when too many are waiting, and takes searches again once they have run', async () => {
    const queue = new SearchQueue(1, 1)
    const first = pending()
    const running = queue.run(() => first.done)
    const waiting = queue.run(async () => 'waited')
    await expect(queue.run(async () => 'refused')).rejects.toBeInstanceOf(SearchesBusyError)
    first.end()
    await running
    expect(await waiting).toBe('waited')
    expect(await queue.run(async () => 'later')).toBe('later')
  })
})
