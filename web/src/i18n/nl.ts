/**
 * The Dutch texts: the source of truth. Plain language (B1): short sentences, everyday words, "u".
 * en.ts must have every key (its type is this object's), so a missing translation fails `tsc`.
 * A text that needs a value is a function.
 */
export const nl = {
  languageName: 'Nederlands',
  app: {
    name: 'Bibliotheken Drenthe',
    skipLink: 'Naar de inhoud',
    mainNav: 'Hoofdmenu',
    language: 'Taal',
    switchTo: 'English',
    switchToLabel: 'Switch to English',
    signedInAs: (who: string) => `Ingelogd: ${who}`,
    signIn: 'Inloggen',
    signOut: 'Uitloggen',
    footer: 'De openbare bibliotheken van Drenthe werken samen.',
    apiDocs: 'API voor ontwikkelaars',
    notFoundTitle: 'Deze pagina bestaat niet',
    notFoundText: 'Misschien is het adres veranderd. Kies een onderdeel in het menu.',
    toHome: 'Naar de startpagina',
    loading: 'Bezig met laden …',
    failed: 'Dat lukte niet.',
    tryAgain: 'Probeer opnieuw',
  },
  nav: {
    search: 'Zoeken',
    account: 'Mijn bibliotheek',
    locations: 'Vestigingen',
  },
  form: {
    required: 'Vul dit in.',
    fixErrors: (n: number) =>
      n === 1 ? 'Er is 1 fout. Verbeter deze en probeer opnieuw.' : `Er zijn ${n} fouten. Verbeter deze en probeer opnieuw.`,
  },
}

export type Messages = typeof nl
