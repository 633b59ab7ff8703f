import { describe, expect, it } from 'vitest'
import { memberMayCancel, stageOf } from './hold-stage.js'

describe('the stage a member sees', () => {
  it('follows the request from placed to ready', () => {
    expect(stageOf('waiting', null)).toBe('placed')
    expect(stageOf('targeted', null)).toBe('copy_chosen')
    expect(stageOf('in_transit', null)).toBe('pulled')
    expect(stageOf('in_transit', new Date())).toBe('in_van')
    expect(stageOf('ready', null)).toBe('ready')
  })

  it('lets the member cancel until the copy is pulled, not after', () => {
    expect(memberMayCancel('waiting')).toBe(true)
    expect(memberMayCancel('targeted')).toBe(true)
    expect(memberMayCancel('in_transit')).toBe(false)
    expect(memberMayCancel('ready')).toBe(false)
  })
})
