import type { NavItem, PageRoute } from '../app/routes'
import { SearchPage } from './search/SearchPage'

export const memberRoutes: PageRoute[] = [
  { path: '/', page: SearchPage },
  { path: '/zoeken', page: SearchPage },
]
export const memberNav: NavItem[] = [
  { href: '/zoeken', label: (t) => t.nav.search },
  { href: '/mijn', label: (t) => t.nav.account },
]
