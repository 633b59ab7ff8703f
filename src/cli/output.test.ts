import { afterEach, describe, expect, it, vi } from 'vitest'
import { ConfigError } from '../config.js'
import { fail } from './output.js'

describe('fail', () => {
  afterEach(() => vi.restoreAllMocks())

  it('prints a setting that cannot be used as one line naming it, without a stack trace, and exits with 1', () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never)
    fail(new ConfigError('NAOBER_SEARCHES_AT_ONCE must be a whole number of at least 1, not "abc".'))
    expect(printed).toHaveBeenCalledWith('naober: NAOBER_SEARCHES_AT_ONCE must be a whole number of at least 1, not "abc".')
    expect(exit).toHaveBeenCalledWith(1)
  })
})
