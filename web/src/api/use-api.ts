import { type DependencyList, useCallback, useEffect, useState } from 'react'
import { ApiError } from './client'

export type Loaded<T> =
  | { state: 'loading'; data?: undefined; error?: undefined }
  | { state: 'done'; data: T; error?: undefined }
  | { state: 'failed'; data?: undefined; error: ApiError }

/**
 * Loads data for a page and loads it again when a dependency changes; `reload` after a change.
 * An answer that arrives after the page moved on is dropped.
 */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): Loaded<T> & { reload: () => void } {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' })
  const [round, setRound] = useState(0)
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the load depends on
  useEffect(() => {
    const controller = new AbortController()
    setResult((previous) => (previous.state === 'done' ? previous : { state: 'loading' }))
    load(controller.signal).then(
      (data) => controller.signal.aborted || setResult({ state: 'done', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return
        setResult({ state: 'failed', error: error instanceof ApiError ? error : new ApiError(0, { detail: String(error) }) })
      },
    )
    return () => controller.abort()
  }, [...deps, round])
  const reload = useCallback(() => setRound((r) => r + 1), [])
  return { ...result, reload }
}
