import { type ReactNode, useCallback, useRef, useState } from 'react'
import type { ScanEntry } from './ScanLog'

export interface Feedback {
  ok: boolean
  text: ReactNode
  /** Changes with every scan, so the same message twice still flashes. */
  round: number
}

/** The scans of this page visit and the last one's feedback. */
export function useScanSession() {
  const [entries, setEntries] = useState<ScanEntry[]>([])
  const [feedback, setFeedback] = useState<Feedback | null>(null)
  const round = useRef(0)
  const record = useCallback((scan: string, ok: boolean, text: ReactNode) => {
    round.current += 1
    const id = round.current
    setFeedback({ ok, text, round: id })
    setEntries((previous) => [{ id, ok, scan, text }, ...previous])
  }, [])
  return { entries, feedback, record }
}
