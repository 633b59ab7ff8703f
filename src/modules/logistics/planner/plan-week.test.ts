import { describe, expect, it } from 'vitest'
import { referenceFigures } from '../fleet-figures.js'
import { estimatedDistances, type Point } from '../transport-cost.js'
import { checkWeekPlan } from './check-week.js'
import { planWeek } from './plan-week.js'
import type { WeekInput, WeekStop, WeekVan } from './week-types.js'

const shift = { start: 450, end: 960 }
const weekdays = [1, 2, 3, 4, 5]

/** A small province: the depot at Assen and stops on a ring of villages around it. */
function weekInput(stops: Partial<WeekStop>[], vans = 2, vanChanges: Partial<WeekVan> = {}): WeekInput {
  const depot: Point = { latitude: 53.0, longitude: 6.56 }
  const points = new Map<string, Point>([['depot', depot]])
  const full = stops.map((stop, i): WeekStop => {
    const angle = (2 * Math.PI * i) / stops.length
    const id = stop.locationId ?? `village-${i + 1}`
    points.set(id, { latitude: depot.latitude + 0.2 * Math.sin(angle), longitude: depot.longitude + 0.3 * Math.cos(angle) })
    return {
      locationId: id,
      name: `Bibliotheek ${id}`,
      visitsPerWeek: 2,
      allowedWeekdays: weekdays,
      windowKind: 'key_access',
      windows: weekdays.map((weekday) => ({ weekday, opens: shift.start, closes: shift.end })),
      serviceMinutes: 10,
      cratesOff: 2,
      cratesOn: 2,
      ...stop,
    }
  })
  const ids = ['depot', ...full.map((s) => s.locationId)]
  const distances = estimatedDistances(points)
  return {
    depot: { id: 'depot', name: 'Depot' },
    stops: full,
    vans: Array.from({ length: vans }, (_, i) => ({
      id: `van-${i + 1}`,
      name: `Van ${i + 1}`,
      fuel: 'diesel' as const,
      capacityCrates: 80,
      shiftStart: shift.start,
      shiftMinutes: shift.end - shift.start,
      ...referenceFigures.diesel,
      ...vanChanges,
    })),
    weekdays,
    matrix: {
      km: ids.flatMap((a) => ids.map((b) => distances.km(a, b))),
      minutes: ids.flatMap((a) => ids.map((b) => distances.minutes(a, b))),
    },
    distanceSource: 'estimate',
    reference: referenceFigures,
    seconds: 10,
    seed: 1,
  }
}

const twelve = Array.from({ length: 12 }, () => ({}))

describe('the week planner', () => {
  it('visits every location twice on well-spread days and passes the independent week check', () => {
    const input = weekInput(twelve)
    const plan = planWeek(input)
    expect(checkWeekPlan(input, plan)).toEqual([])
    if (!plan.feasible) throw new Error('expected a plan')
    expect(plan.normMet).toBe(true)
    for (const check of plan.norm) {
      const [first = 0, second = 0] = check.weekdays
      expect(second - first).toBeGreaterThanOrEqual(2)
    }
    expect(plan.totals.visits).toBe(24)
    expect(plan.totals.co2Kg.fleet).toBeCloseTo(plan.totals.km * referenceFigures.diesel.co2KgPerKm, 0)
  })

  it('spreads three visits a week over the days, never three days running, and keeps the days balanced', () => {
    const input = weekInput(twelve.map(() => ({ visitsPerWeek: 3 })))
    const plan = planWeek(input)
    expect(checkWeekPlan(input, plan)).toEqual([])
    if (!plan.feasible) throw new Error('expected a plan')
    for (const check of plan.norm) expect((check.weekdays[2] ?? 0) - (check.weekdays[0] ?? 0)).toBeGreaterThan(2)
    const visits = plan.days.map((d) => d.visits)
    expect(Math.max(...visits) - Math.min(...visits)).toBeLessThanOrEqual(3)
    expect(plan.norm.filter((n) => n.weekdays.join() === '1,3,5').length).toBeGreaterThan(0)
  })

  it('delivers inside opening hours when there is no key', () => {
    const afternoons = weekdays.map((weekday) => ({ weekday, opens: 840, closes: 990 }))
    const input = weekInput(twelve.map((_, i) => (i < 3 ? { windowKind: 'opening_hours' as const, windows: afternoons } : {})))
    const plan = planWeek(input)
    expect(checkWeekPlan(input, plan)).toEqual([])
  })

  it('names a location open on one allowed day that needs two visits', () => {
    const plan = planWeek(
      weekInput([{ locationId: 'dalen', windowKind: 'opening_hours', windows: [{ weekday: 2, opens: 840, closes: 1020 }] }, {}, {}]),
    )
    expect(plan.feasible).toBe(false)
    if (plan.feasible) return
    expect(plan.clashes).toEqual([
      {
        kind: 'no_visit_days',
        locationId: 'dalen',
        message:
          'Bibliotheek dalen needs 2 visits a week but can be visited on only Tuesday: the van may come on Monday, Tuesday, Wednesday, Thursday, Friday; it is open on Tuesday of those.',
      },
    ])
  })

  it('names a location the van cannot reach within its window, and crates larger than a van', () => {
    const early = weekdays.map((weekday) => ({ weekday, opens: 400, closes: 455 }))
    const plan = planWeek(
      weekInput([
        { locationId: 'vroeg', windowKind: 'opening_hours', windows: early },
        { locationId: 'groot', cratesOff: 90 },
      ]),
    )
    if (plan.feasible) throw new Error('expected clashes')
    expect(plan.clashes.map((c) => [c.kind, c.locationId])).toEqual([
      ['unreachable', 'vroeg'],
      ['crates_exceed_van', 'groot'],
    ])
    expect(plan.clashes[0]?.message).toContain('on Monday the van arrives at 07:')
    expect(plan.clashes[1]?.message).toBe('Bibliotheek groot needs 90 crates a visit, more than a van holds (80).')
  })

  it('explains a day with more work than the vans have hours', () => {
    const input = weekInput(
      Array.from({ length: 6 }, () => ({ visitsPerWeek: 5, serviceMinutes: 90 })),
      1,
    )
    const plan = planWeek({ ...input, seconds: 1 })
    if (plan.feasible) throw new Error('expected clashes')
    expect(plan.clashes.map((c) => [c.kind, c.weekday])).toEqual(weekdays.map((weekday) => ['day_overloaded', weekday]))
    expect(plan.clashes[0]?.message).toMatch(
      /^Monday: 6 visits do not fit 1 van within their windows and shifts \(the best plan found runs \d+ minutes past/,
    )
  }, 30_000)
})
