import type { NavItem, PageRoute } from '../app/routes'
import { CrateManifestPage, StopManifestPage } from './ManifestPage'
import { WeekPage } from './WeekPage'

export const logisticsRoutes: PageRoute[] = [
  { path: '/logistiek', page: WeekPage },
  { path: '/logistiek/krat/:code', page: CrateManifestPage },
  { path: '/logistiek/stop/:id/:date', page: StopManifestPage },
]
export const logisticsNav: NavItem[] = [
  {
    href: '/logistiek',
    label: (t) => t.nav.logistics,
    show: (actor) => actor?.kind === 'staff' && (actor.role === 'logistics_planner' || actor.role === 'network_admin'),
  },
]
