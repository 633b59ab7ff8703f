import { describe, expect, it } from 'vitest'
import { Random } from './random.js'

describe('Random', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    const a = new Random(42)
    const b = new Random(42)
    const c = new Random(43)
    const first = [a.next(), a.next(), a.next()]
    expect([b.next(), b.next(), b.next()]).toEqual(first)
    expect([c.next(), c.next(), c.next()]).not.toEqual(first)
  })

  it('keeps integers within their bounds and reaches both ends', () => {
    const random = new Random(1)
    const seen = new Set(Array.from({ length: 1000 }, () => random.int(1, 6)))
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('picks by weight', () => {
    const random = new Random(7)
    const picks = Array.from({ length: 10_000 }, () =>
      random.weighted([
        ['often', 9],
        ['rarely', 1],
      ] as const),
    )
    const share = picks.filter((p) => p === 'often').length / picks.length
    expect(share).toBeGreaterThan(0.87)
    expect(share).toBeLessThan(0.93)
  })
})
