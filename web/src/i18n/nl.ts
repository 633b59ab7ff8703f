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
    logistics: 'Logistiek',
  },
  logistics: {
    weekTitle: 'De week van de bussen',
    noPlan: 'Er is nog geen weekplan. Maak er een met naober plan week of via de API.',
    infeasible: 'Deze week past niet. Dit botst:',
    adopted: (id: number) => `Vastgesteld weekplan ${id}.`,
    latest: (id: number) => `Nieuwste weekplan ${id} (nog niet vastgesteld).`,
    totals: (visits: number, routes: number, km: number, co2: number) => `${visits} bezoeken, ${routes} ritten, ${km} km, ${co2} kg CO2.`,
    normMet: (n: number) => `Alle ${n} vestigingen krijgen hun bezoeken.`,
    normShort: (names: string) => `Te weinig bezoeken voor: ${names}.`,
    glanceCaption: 'De week in één oogopslag',
    day: 'Dag',
    visits: 'Bezoeken',
    routes: 'Ritten',
    crates: 'Kratten',
    weekday: (d: number) => ['', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'][d] ?? String(d),
    routeLabel: (day: string, van: string, km: number) => `${day}: ${van}, ${km} km`,
    routeTimes: (from: string, to: string, co2: number, load: number) =>
      `Van ${from} tot ${to}, ${co2} kg CO2, hoogstens ${load} kratten in de bus.`,
    cratesOffOn: (off: number, on: number) => `${off} kratten eraf, ${on} erop`,
    depot: (name: string) => `Depot: ${name}`,
    crate: (code: string) => `Krat ${code}`,
    fromTo: (from: string, to: string) => `Van ${from} naar ${to}`,
    run: (date: string) => `rit van ${date}`,
    crateStatus: { packed: 'ingepakt', sent: 'onderweg', received: 'ontvangen' },
    itemsIn: (n: number) => (n === 1 ? '1 exemplaar in deze krat' : `${n} exemplaren in deze krat`),
    barcode: 'Barcode',
    shelf: 'Plaats',
    title: 'Titel',
    reason: 'Waarom',
    received: 'Ontvangen',
    yes: 'ja',
    transitReason: { hold: 'reservering', home: 'terug naar huis', float: 'zwevend', rotation: 'wisselcollectie' },
    print: 'Afdrukken',
    stopTitle: (date: string) => `Pakbon van de stop, ${date}`,
    stopSummary: (name: string, crates: number, items: number) => `${name}: ${crates} kratten, ${items} exemplaren.`,
  },
  form: {
    required: 'Vul dit in.',
    fixErrors: (n: number) =>
      n === 1 ? 'Er is 1 fout. Verbeter deze en probeer opnieuw.' : `Er zijn ${n} fouten. Verbeter deze en probeer opnieuw.`,
  },
}

export type Messages = typeof nl
