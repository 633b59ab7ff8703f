import type { Messages } from './nl'

/** The English texts; typed against the Dutch ones, so no key can be missing. */
export const en: Messages = {
  languageName: 'English',
  app: {
    name: 'Libraries of Drenthe',
    skipLink: 'Skip to content',
    mainNav: 'Main menu',
    language: 'Language',
    switchTo: 'Nederlands',
    switchToLabel: 'Schakel naar Nederlands',
    signedInAs: (who: string) => `Signed in: ${who}`,
    signIn: 'Sign in',
    signOut: 'Sign out',
    footer: 'The public libraries of Drenthe work together.',
    apiDocs: 'API for developers',
    notFoundTitle: 'This page does not exist',
    notFoundText: 'The address may have changed. Choose a part of the site in the menu.',
    toHome: 'Go to the home page',
    loading: 'Loading …',
    failed: 'That did not work.',
    tryAgain: 'Try again',
  },
  nav: {
    search: 'Search',
    account: 'My library',
    locations: 'Locations',
  },
  form: {
    required: 'Please fill this in.',
    fixErrors: (n: number) =>
      n === 1 ? 'There is 1 error. Correct it and try again.' : `There are ${n} errors. Correct them and try again.`,
  },
}
