import { useCallback, useState } from 'react'

const storageKey = 'naober.location'

/** The location a visitor chose as theirs, remembered in this browser; search shows what is on its shelf. */
export function useMyLocation(): [string, (id: string) => void] {
  const [location, setState] = useState(() => {
    try {
      return localStorage.getItem(storageKey) ?? ''
    } catch {
      return ''
    }
  })
  const setLocation = useCallback((id: string) => {
    try {
      if (id) localStorage.setItem(storageKey, id)
      else localStorage.removeItem(storageKey)
    } catch {
      // Not remembered, still used for this visit.
    }
    setState(id)
  }, [])
  return [location, setLocation]
}
