import type { ComponentType } from 'react'
import type { Actor } from '../api/types'
import type { Messages } from '../i18n/nl'

/** A page of the app. Each area (member, locations, desk, logistics) exports a list of these. */
export interface PageRoute {
  /** A wouter pattern, e.g. `/titel/:id`. */
  path: string
  page: ComponentType
}

/** An entry of the main menu; `show` hides it from who cannot use it (the server still decides). */
export interface NavItem {
  href: string
  label: (t: Messages) => string
  show?: (actor: Actor | null) => boolean
}
