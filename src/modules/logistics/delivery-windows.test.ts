import { describe, expect, it } from 'vitest'
import { deliveryWindows } from './delivery-windows.js'

const shift = { start: 450, end: 960 }

describe('delivery windows', () => {
  it('gives a key-access location the whole shift on every allowed day', () => {
    expect(deliveryWindows('key_access', [1, 4], [], shift)).toEqual([
      { weekday: 1, opens: 450, closes: 960 },
      { weekday: 4, opens: 450, closes: 960 },
    ])
  })

  it('opens the window with the location: staffed and Open+ hours merge, closed days have none', () => {
    const hours = [
      { weekday: 2, opens: '10:00', closes: '17:30' },
      { weekday: 2, opens: '08:00', closes: '21:00' },
      { weekday: 3, opens: '14:00', closes: '17:00' },
    ]
    expect(deliveryWindows('opening_hours', [1, 2, 3], hours, shift)).toEqual([
      { weekday: 2, opens: 480, closes: 1260 },
      { weekday: 3, opens: 840, closes: 1020 },
    ])
  })

  it('takes the longest span of a day that closes over lunch', () => {
    const hours = [
      { weekday: 1, opens: '09:00', closes: '10:00' },
      { weekday: 1, opens: '13:00', closes: '17:00' },
    ]
    expect(deliveryWindows('opening_hours', [1], hours, shift)).toEqual([{ weekday: 1, opens: 780, closes: 1020 }])
  })
})
