import { useCallback, useState } from 'react'

const storageKey = 'naober.desk.sound'
let context: AudioContext | undefined

/** One short tone: high for done, two low ones for a refusal, so staff hear it without looking. */
function play(ok: boolean) {
  context ??= new AudioContext()
  const at = context.currentTime
  for (const [i, frequency] of (ok ? [880] : [220, 220]).entries()) {
    const oscillator = context.createOscillator()
    const gain = context.createGain()
    oscillator.frequency.value = frequency
    gain.gain.value = 0.15
    oscillator.connect(gain).connect(context.destination)
    oscillator.start(at + i * 0.18)
    oscillator.stop(at + i * 0.18 + 0.12)
  }
}

/** The optional scan sound (off by default; the choice is kept in this browser). */
export function useScanSound() {
  const [on, setOn] = useState(() => {
    try {
      return localStorage.getItem(storageKey) === 'on'
    } catch {
      return false
    }
  })
  const toggle = useCallback((next: boolean) => {
    setOn(next)
    try {
      localStorage.setItem(storageKey, next ? 'on' : 'off')
    } catch {
      // A browser that keeps nothing still plays it for this visit.
    }
  }, [])
  const signal = useCallback((ok: boolean) => on && play(ok), [on])
  return { on, toggle, signal }
}
