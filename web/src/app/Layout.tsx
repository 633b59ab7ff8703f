import type { ReactNode } from 'react'
import { Link, useLocation } from 'wouter'
import { useI18n } from '../i18n/i18n'
import { navigation } from './pages'
import { SignedInUser } from './SignedInUser'
import { useSession } from './session'

/** Header (skip link, name, menu, language, who is signed in), the page's <main>, the footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { t, language, setLanguage } = useI18n()
  const { actor } = useSession()
  const [location] = useLocation()
  const items = navigation.filter((item) => item.show?.(actor) ?? true)
  const isCurrent = (href: string) => (href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`))
  return (
    <>
      <a className="skip-link" href="#main">
        {t.app.skipLink}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link href="/" className="brand">
            <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="7" />
              <path d="M8 9h6a2 2 0 0 1 2 2v13a2 2 0 0 0-2-2H8zM24 9h-6a2 2 0 0 0-2 2v13a2 2 0 0 1 2-2h6z" />
            </svg>
            <span>{t.app.name}</span>
          </Link>
          <div className="header-tools">
            <SignedInUser />
            <button
              type="button"
              className="language-switch"
              lang={language === 'nl' ? 'en' : 'nl'}
              aria-label={t.app.switchToLabel}
              onClick={() => setLanguage(language === 'nl' ? 'en' : 'nl')}
            >
              {t.app.switchTo}
            </button>
          </div>
        </div>
        <nav className="main-nav" aria-label={t.app.mainNav}>
          <ul>
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={isCurrent(item.href) ? 'page' : undefined}>
                  {item.label(t)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t.app.footer}</p>
        <p>
          <a href="/api/docs">{t.app.apiDocs}</a>
        </p>
      </footer>
    </>
  )
}
