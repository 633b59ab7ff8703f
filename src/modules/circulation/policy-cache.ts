import type { Db } from '../../db/database.js'
import { type CirculationPolicy, loadCirculationPolicy } from './policy.js'

// The policy changes rarely and is read on every check-out: keep it per database for a short while.
// Changes made through the circulation rules API clear it at once; closed days and hours changed
// elsewhere take effect within the lifetime below.
const lifetimeMs = 30_000

interface Cached {
  policy: Promise<CirculationPolicy>
  loadedAt: number
  day: string
}

const cache = new WeakMap<Db, Cached>()

export function circulationPolicy(db: Db, now: Date): Promise<CirculationPolicy> {
  const day = now.toISOString().slice(0, 10)
  const cached = cache.get(db)
  if (cached && cached.day === day && Date.now() - cached.loadedAt < lifetimeMs) return cached.policy
  const policy = loadCirculationPolicy(db, day)
  cache.set(db, { policy, loadedAt: Date.now(), day })
  policy.catch(() => cache.delete(db))
  return policy
}

export function invalidateCirculationPolicy(db: Db): void {
  cache.delete(db)
}
