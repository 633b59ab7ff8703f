import type { NavItem, PageRoute } from '../app/routes'
import './desk.css'
import { deskPage } from './DeskGate'
import { pageOf } from './pages'

// `/balie/leden/nieuw` comes before `/balie/leden/:id`: the router takes the first match.
export const deskRoutes: PageRoute[] = [
  { path: '/balie', page: deskPage(pageOf.home) },
  { path: '/balie/uitlenen', page: deskPage(pageOf.checkOut) },
  { path: '/balie/innemen', page: deskPage(pageOf.checkIn) },
  { path: '/balie/kastlijst', page: deskPage(pageOf.pullList) },
  { path: '/balie/afhaalplank', page: deskPage(pageOf.holdShelf) },
  { path: '/balie/leden', page: deskPage(pageOf.members) },
  { path: '/balie/leden/nieuw', page: deskPage(pageOf.register) },
  { path: '/balie/leden/:id', page: deskPage(pageOf.member) },
  { path: '/balie/exemplaar', page: deskPage(pageOf.item) },
]

/** The desk is in the menu for staff who work at a desk; the server decides what each may do. */
export const deskNav: NavItem[] = [
  {
    href: '/balie',
    label: (t) => t.desk.nav,
    show: (actor) => actor?.kind === 'staff' && actor.locationIds.length > 0,
  },
]
