import { deskNav, deskRoutes } from '../desk/routes'
import { locationNav, locationRoutes } from '../locations/routes'
import { logisticsNav, logisticsRoutes } from '../logistics/routes'
import { memberNav, memberRoutes } from '../member/routes'
import type { NavItem, PageRoute } from './routes'

// Every area's pages and menu entries, in menu order. A new area adds its two lists here.
export const pages: PageRoute[] = [...memberRoutes, ...locationRoutes, ...deskRoutes, ...logisticsRoutes]
export const navigation: NavItem[] = [...memberNav, ...locationNav, ...deskNav, ...logisticsNav]
