import os from 'node:os'
import { DomainError } from '../../../errors.js'

/**
 * How many searches run at once by default: Elasticsearch's search thread pool, 1.5 × the cores + 1
 * (4 on 2 cores).
 */
export const defaultSearchesAtOnce = Math.floor(os.availableParallelism() * 1.5) + 1

export class SearchesBusyError extends DomainError {
  readonly code = 'searches_busy'
  readonly status = 503
  constructor() {
    super('Too many searches are waiting. Try again in a moment.', { retryAfterSeconds: 1 })
  }
}

/**
 * At most `most` searches run at once; the others wait their turn in the order they came, and
 * beyond `mostWaiting` a search is refused rather than queued without end.
 *
 * Why: run all at once, the server's cores are shared among every search in progress, so each one
 * takes as many times longer as there are others, and a costly search (a word with filters and
 * "available at") the longest of all. In turn, a search waits for those before it and then runs at
 * full speed. bench:search, 8 clients on 2 cores, alternating: p95 66.5 → 62.9 ms and 68.4 → 63.2 ms
 * with 4 at once, as many searches a second; the costly kinds gained most (misspelt 77 → 68 ms),
 * an ISBN lookup lost a little (36 → 43 ms).
 */
export class SearchQueue {
  #running = 0
  readonly #waiting: (() => void)[] = []

  constructor(
    readonly most: number,
    readonly mostWaiting = 1000,
  ) {}

  async run<T>(search: () => Promise<T>): Promise<T> {
    if (this.#running < this.most) this.#running++
    else if (this.#waiting.length >= this.mostWaiting) throw new SearchesBusyError()
    // a search that ends hands its place straight to the first waiting (#running stays the same)
    else await new Promise<void>((resolve) => this.#waiting.push(resolve))
    try {
      return await search()
    } finally {
      const next = this.#waiting.shift()
      if (next) next()
      else this.#running--
    }
  }
}
