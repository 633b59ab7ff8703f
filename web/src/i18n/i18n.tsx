import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import { en } from './en'
import { type Messages, nl } from './nl'

export type Language = 'nl' | 'en'
const messages: Record<Language, Messages> = { nl, en }
const storageKey = 'naober.language'

/** The stored choice, else Dutch (the site is Dutch first, whatever the browser says). */
function storedLanguage(): Language {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'nl'
  } catch {
    return 'nl'
  }
}

interface I18n {
  t: Messages
  language: Language
  setLanguage: (language: Language) => void
  /** Dates and numbers the way the language writes them. */
  formatDate: (iso: string | Date, options?: Intl.DateTimeFormatOptions) => string
  formatMoney: (cents: number) => string
}

const I18nContext = createContext<I18n | null>(null)

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage)
  useEffect(() => {
    document.documentElement.lang = language
  }, [language])
  const setLanguage = useCallback((next: Language) => {
    try {
      localStorage.setItem(storageKey, next)
    } catch {
      // A browser that keeps nothing still switches for this visit.
    }
    setLanguageState(next)
  }, [])
  const value = useMemo<I18n>(() => {
    const locale = language === 'nl' ? 'nl-NL' : 'en-GB'
    const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' })
    return {
      t: messages[language],
      language,
      setLanguage,
      formatDate: (iso, options = { day: 'numeric', month: 'long', year: 'numeric' }) =>
        new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Amsterdam', ...options }).format(typeof iso === 'string' ? new Date(iso) : iso),
      formatMoney: (cents) => money.format(cents / 100),
    }
  }, [language, setLanguage])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext)
  if (!i18n) throw new Error('useI18n outside I18nProvider')
  return i18n
}
