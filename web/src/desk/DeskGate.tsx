import type { ReactNode } from 'react'
import type { Actor } from '../api/types'
import { useSession } from '../app/session'
import { useI18n } from '../i18n/i18n'
import { PageTitle } from '../ui/PageTitle'
import { Status } from '../ui/Status'
import { ChooseLocation } from './ChooseLocation'
import { DeskSignIn } from './DeskSignIn'

export type StaffActor = Extract<Actor, { kind: 'staff' }>
export interface DeskSession {
  actor: StaffActor
  locationId: string
}

/**
 * Every desk page sits behind this: not signed in → the sign-in form (the page follows on the same
 * address); signed in without a location → choose one; else the page with the session's location.
 */
export function DeskGate({ children }: { children: (desk: DeskSession) => ReactNode }) {
  const { t } = useI18n()
  const { actor } = useSession()
  if (actor === null) return <Status>{t.app.loading}</Status>
  if (actor.kind === 'anonymous') return <DeskSignIn />
  if (actor.kind === 'patron')
    return (
      <div className="page narrow">
        <PageTitle>{t.desk.signIn.title}</PageTitle>
        <p>{t.desk.signIn.notStaff}</p>
      </div>
    )
  if (!actor.currentLocationId) return <ChooseLocation actor={actor} />
  return <>{children({ actor, locationId: actor.currentLocationId })}</>
}

/** A page component for the router: `deskPage((desk) => <CheckOut desk={desk} />)`. */
export function deskPage(render: (desk: DeskSession) => ReactNode) {
  return function DeskPage() {
    return <DeskGate>{render}</DeskGate>
  }
}
