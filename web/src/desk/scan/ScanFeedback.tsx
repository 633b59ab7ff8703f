import type { Ref } from 'react'
import { Status } from '../../ui/Status'
import type { Feedback } from './use-scan-session'

/** The last scan's answer, big and coloured, announced to screen readers; it flashes on each scan. */
export function ScanFeedback({ feedback, statusRef }: { feedback: Feedback | null; statusRef?: Ref<HTMLDivElement> }) {
  return (
    <Status ref={statusRef} tone={feedback ? (feedback.ok ? 'success' : 'error') : 'info'} className="scan-feedback">
      {feedback && (
        <div key={feedback.round} className="scan-flash">
          {feedback.text}
        </div>
      )}
    </Status>
  )
}
