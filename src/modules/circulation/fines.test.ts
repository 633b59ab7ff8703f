import { describe, expect, it } from 'vitest'
import { overdueFine } from './fines.js'

describe('overdue fines', () => {
  it('charges nothing under a fine-free rule, however late', () => {
    expect(overdueFine({ overdueFineCentsPerDay: 0, maxOverdueFineCents: 0 }, 40)).toBe(0)
  })

  it('charges per day late and stops at the cap', () => {
    expect(overdueFine({ overdueFineCentsPerDay: 25, maxOverdueFineCents: 500 }, 3)).toBe(75)
    expect(overdueFine({ overdueFineCentsPerDay: 25, maxOverdueFineCents: 500 }, 60)).toBe(500)
  })

  it('charges nothing for a copy returned on time', () => {
    expect(overdueFine({ overdueFineCentsPerDay: 25, maxOverdueFineCents: 500 }, 0)).toBe(0)
  })
})
