import { describe, expect, it } from 'vitest'
import { buildTransit } from '../../test/factories.js'
import { withTestDatabase } from '../../test/test-app.js'
import { testClockStart } from '../../test/test-database.js'
import { recentTransitVolume } from './transit-volume.js'

const t = withTestDatabase()
const now = () => testClockStart
const weeksAgo = (weeks: number) => new Date(testClockStart.getTime() - weeks * 7 * 86_400_000)

describe('the transit volume the planner counts crates with', () => {
  it('is unknown until four weeks of transits are on record, then averages the last four weeks', async () => {
    for (let i = 0; i < 8; i++)
      await buildTransit(t.db, { from_location_id: 'bind-meppel', to_location_id: 'bind-beilen', created_at: weeksAgo(1) })
    expect((await recentTransitVolume(now)(t.db, ['bind-meppel', 'bind-beilen'])).size).toBe(0)

    await buildTransit(t.db, { from_location_id: 'facet-emmen', to_location_id: 'bind-beilen', created_at: weeksAgo(5) })
    const volume = await recentTransitVolume(now)(t.db, ['bind-meppel', 'bind-beilen', 'facet-emmen'])
    // 8 copies in four weeks: 2 a week sent from Meppel and 2 received in Beilen; Emmen's is older than four weeks
    expect(volume.get('bind-meppel')).toBe(2)
    expect(volume.get('bind-beilen')).toBe(2)
    expect(volume.has('facet-emmen')).toBe(false)
  })
})
