import { describe, expect, it } from 'vitest'
import { readConfig } from './config.js'

describe('readConfig', () => {
  it('leaves how many searches run at once to the default unless it is set', () => {
    expect(readConfig({}).searchesAtOnce).toBeUndefined()
    expect(readConfig({ NAOBER_SEARCHES_AT_ONCE: '6' }).searchesAtOnce).toBe(6)
  })

  it('refuses a number of searches at once that is not a whole number of at least 1, naming the setting', () => {
    for (const wrong of ['0', '-2', 'four', '2.5'])
      expect(() => readConfig({ NAOBER_SEARCHES_AT_ONCE: wrong })).toThrow(
        `NAOBER_SEARCHES_AT_ONCE must be a whole number of at least 1, not "${wrong}".`,
      )
  })
})
