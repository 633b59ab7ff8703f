import type { NavItem, PageRoute } from '../app/routes'
import { AccountPage } from './account/AccountPage'
import { SignInPage } from './account/SignInPage'
import { ReservePage } from './reserve/ReservePage'
import { SearchPage } from './search/SearchPage'
import { WorkPage } from './work/WorkPage'

export const memberRoutes: PageRoute[] = [
  { path: '/', page: SearchPage },
  { path: '/zoeken', page: SearchPage },
  { path: '/titel/:id', page: WorkPage },
  { path: '/reserveren/:recordId', page: ReservePage },
  { path: '/inloggen', page: SignInPage },
  { path: '/mijn', page: AccountPage },
]
export const memberNav: NavItem[] = [
  { href: '/zoeken', label: (t) => t.nav.search },
  { href: '/mijn', label: (t) => t.nav.account },
]
