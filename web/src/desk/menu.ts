import type { Messages } from '../i18n/nl'

/** The desk's tasks, in the order of a day at the desk. */
export const deskMenu: { href: string; label: (t: Messages) => string }[] = [
  { href: '/balie/uitlenen', label: (t) => t.desk.menu.checkOut },
  { href: '/balie/innemen', label: (t) => t.desk.menu.checkIn },
  { href: '/balie/kastlijst', label: (t) => t.desk.menu.pullList },
  { href: '/balie/afhaalplank', label: (t) => t.desk.menu.holdShelf },
  { href: '/balie/leden', label: (t) => t.desk.menu.members },
  { href: '/balie/leden/nieuw', label: (t) => t.desk.menu.register },
  { href: '/balie/exemplaar', label: (t) => t.desk.menu.item },
]
