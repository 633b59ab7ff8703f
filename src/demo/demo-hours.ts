import type { HoursKind } from '../modules/network/network.tables.js'
import type { LocationCsv } from './drenthe-data.js'
import type { Random } from './random.js'

export interface DemoSpan {
  weekday: number
  kind: HoursKind
  opens: string
  closes: string
}

const span = (kind: HoursKind, weekdays: number[], opens: string, closes: string): DemoSpan[] =>
  weekdays.map((weekday) => ({ weekday, kind, opens, closes }))

export type LocationSize = 'central' | 'main' | 'branch' | 'extra_small' | 'service_point' | 'mobile_stop' | 'office'

export function sizeOf(location: Pick<LocationCsv, 'type' | 'type_detail'>): LocationSize {
  if (location.type === 'office') return 'office'
  if (location.type === 'mobile_stop') return 'mobile_stop'
  if (location.type === 'service_point') return 'service_point'
  if (location.type_detail.includes('central')) return 'central'
  if (location.type_detail.includes('main')) return 'main'
  if (location.type_detail.includes('extra small')) return 'extra_small'
  return 'branch'
}

/**
 * The source data has no opening hours, so the demo makes believable ones by size: central
 * libraries open six days and evenings with Open+ from 8 to 22; villages a few afternoons.
 */
export function demoHours(size: LocationSize, random: Random): DemoSpan[] {
  switch (size) {
    case 'central':
      return [
        ...span('staffed', [1], '13:00', '20:00'),
        ...span('staffed', [2, 3, 5], '10:00', '18:00'),
        ...span('staffed', [4], '10:00', '20:00'),
        ...span('staffed', [6], '10:00', '16:00'),
        ...span('self_service', [1, 2, 3, 4, 5, 6], '08:00', '22:00'),
      ]
    case 'main':
      return [
        ...span('staffed', [1, 3, 5], '13:00', '17:30'),
        ...span('staffed', [2, 4], '10:00', '17:30'),
        ...span('staffed', [6], '10:00', '13:00'),
        ...(random.chance(0.6) ? span('self_service', [1, 2, 3, 4, 5, 6], '08:00', '21:00') : []),
      ]
    case 'branch': {
      const days = random.pick([
        [2, 4, 5],
        [1, 3, 5],
        [2, 3, 5],
      ])
      return [
        ...span('staffed', days, '14:00', '17:00'),
        ...span('staffed', [6], '10:00', '12:00'),
        ...(random.chance(0.4) ? span('self_service', [1, 2, 3, 4, 5, 6], '08:00', '20:00') : []),
      ]
    }
    case 'extra_small':
      return [...span('staffed', [random.pick([2, 3, 4])], '14:00', '17:00'), ...span('staffed', [6], '10:00', '12:00')]
    case 'service_point':
      return span(
        'staffed',
        random.pick([
          [2, 4],
          [1, 3],
        ]),
        '14:00',
        '16:30',
      )
    case 'mobile_stop':
      return span('staffed', [random.int(1, 5)], '15:00', '16:00')
    case 'office':
      return span('staffed', [1, 2, 3, 4, 5], '08:00', '16:30')
  }
}

/** Step-free entrance everywhere but the smallest points; more in the larger libraries. */
export function demoAccessibility(size: LocationSize, random: Random): string[] {
  switch (size) {
    case 'central':
      return ['step_free_entrance', 'lift', 'accessible_toilet', 'hearing_loop', 'disabled_parking', 'reading_aids', 'quiet_space']
    case 'main':
      return ['step_free_entrance', 'accessible_toilet', ...(random.chance(0.5) ? ['hearing_loop'] : []), 'low_shelves']
    case 'branch':
    case 'extra_small':
    case 'service_point':
      return ['step_free_entrance', ...(random.chance(0.5) ? ['accessible_toilet'] : [])]
    case 'mobile_stop':
      return []
    case 'office':
      return ['step_free_entrance']
  }
}
