import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import { api } from '../api/client'
import type { Actor } from '../api/types'

interface Session {
  /** Who is signed in; null until the server has answered. */
  actor: Actor | null
  /** Asks the server again (after signing in or out). */
  refresh: () => Promise<Actor>
  signOut: () => Promise<void>
}

const SessionContext = createContext<Session | null>(null)

export function SessionProvider({ children }: { children: ReactNode }) {
  const [actor, setActor] = useState<Actor | null>(null)
  const refresh = useCallback(async () => {
    const current = await api.get<Actor>('/api/auth/me')
    setActor(current)
    return current
  }, [])
  const signOut = useCallback(async () => {
    await api.post('/api/auth/sign-out')
    setActor({ kind: 'anonymous' })
  }, [])
  useEffect(() => {
    refresh().catch(() => setActor({ kind: 'anonymous' }))
  }, [refresh])
  const value = useMemo(() => ({ actor, refresh, signOut }), [actor, refresh, signOut])
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

export function useSession(): Session {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession outside SessionProvider')
  return session
}
