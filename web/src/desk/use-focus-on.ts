import { useEffect, useRef } from 'react'

/**
 * A ref for a message that takes the focus each time `value` changes to something: after React has
 * shown it (an empty Status is not displayed, so it could not take the focus before).
 */
export function useFocusOn<T extends HTMLElement>(value: unknown) {
  const ref = useRef<T>(null)
  useEffect(() => {
    if (value) ref.current?.focus()
  }, [value])
  return ref
}
