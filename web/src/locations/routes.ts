import type { NavItem, PageRoute } from '../app/routes'
import { LocationPage } from './LocationPage'
import { LocationsPage } from './LocationsPage'

export const locationRoutes: PageRoute[] = [
  { path: '/vestigingen', page: LocationsPage },
  { path: '/vestigingen/:id', page: LocationPage },
]
export const locationNav: NavItem[] = [{ href: '/vestigingen', label: (t) => t.nav.locations }]
