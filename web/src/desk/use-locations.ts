import { useEffect, useState } from 'react'
import { api } from '../api/client'

interface LocationName {
  id: string
  name: string
}

// The network's locations change rarely: one request a visit serves every desk page.
let loading: Promise<LocationName[]> | undefined

/** The name of a location by its id (the id itself until the list is there). */
export function useLocationNames(): (id: string | null | undefined) => string {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map())
  useEffect(() => {
    loading ??= api.get<LocationName[]>('/api/locations')
    let live = true
    loading.then(
      (list) => live && setNames(new Map(list.map((l) => [l.id, l.name]))),
      () => {
        loading = undefined
      },
    )
    return () => {
      live = false
    }
  }, [])
  return (id) => (id ? (names.get(id) ?? id) : '')
}
