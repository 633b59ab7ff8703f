import { useEffect, useRef } from 'react'
import { useI18n } from '../i18n/i18n'

// The first page of a visit keeps focus at the top, so the skip link is the first stop for Tab.
let firstPageOfVisit = true

/**
 * The page's h1. It names the browser tab and, after a navigation inside the app, takes the focus,
 * so a screen reader announces the new page and Tab continues from its top.
 */
export function PageTitle({ children, documentTitle }: { children: string; documentTitle?: string }) {
  const { t } = useI18n()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    document.title = `${documentTitle ?? children} · ${t.app.name}`
  }, [children, documentTitle, t])
  useEffect(() => {
    if (firstPageOfVisit) firstPageOfVisit = false
    else heading.current?.focus()
  }, [])
  return (
    <h1 ref={heading} tabIndex={-1} className="page-title">
      {children}
    </h1>
  )
}
