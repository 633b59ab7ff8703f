import type { ReactNode } from 'react'
import { CheckInPage } from './CheckInPage'
import { CheckOutPage } from './CheckOutPage'
import type { DeskSession } from './DeskGate'
import { DeskHome } from './DeskHome'
import { HoldShelfPage } from './HoldShelfPage'
import { ItemLookupPage } from './ItemLookupPage'
import { MemberPage } from './MemberPage'
import { MemberSearchPage } from './MemberSearchPage'
import { PullListPage } from './PullListPage'
import { RegisterMemberPage } from './RegisterMemberPage'

/** Each desk page given the desk session (the signed-in staff member and their location). */
export const pageOf = {
  home: (desk) => <DeskHome desk={desk} />,
  checkOut: (desk) => <CheckOutPage desk={desk} />,
  checkIn: (desk) => <CheckInPage desk={desk} />,
  pullList: (desk) => <PullListPage desk={desk} />,
  holdShelf: (desk) => <HoldShelfPage desk={desk} />,
  members: () => <MemberSearchPage />,
  register: () => <RegisterMemberPage />,
  member: () => <MemberPage />,
  item: () => <ItemLookupPage />,
} satisfies Record<string, (desk: DeskSession) => ReactNode>
