import type { NavItem, PageRoute } from '../app/routes'

export const locationRoutes: PageRoute[] = []
export const locationNav: NavItem[] = [{ href: '/vestigingen', label: (t) => t.nav.locations }]
