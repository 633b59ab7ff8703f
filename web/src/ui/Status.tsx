import { forwardRef, type ReactNode } from 'react'

type Tone = 'info' | 'success' | 'error'

/**
 * A message that screen readers announce when it appears or changes. Errors use role="alert" and
 * can take the focus (tabIndex -1) so the user lands on what went wrong.
 */
export const Status = forwardRef<HTMLDivElement, { tone?: Tone; children?: ReactNode; className?: string }>(function Status(
  { tone = 'info', children, className },
  ref,
) {
  return (
    <div
      ref={ref}
      role={tone === 'error' ? 'alert' : 'status'}
      aria-live={tone === 'error' ? 'assertive' : 'polite'}
      tabIndex={-1}
      className={`status status-${tone}${children ? '' : ' status-empty'}${className ? ` ${className}` : ''}`}
    >
      {children}
    </div>
  )
})
