/**
 * The numbers the council fixed, in one place. Pages and functions read them from here.
 * Source: ../shared/kadernota-wijkgericht-werken.md (the policy note).
 */
export const instellingen = {
  /**
   * The municipality talks with every wijk at least once every N years.
   * The note says 6 once (section 7) and 4 in its conclusions (6.2.3, 8): 4 is the rule.
   */
  gesprekIntervalJaren: 4,
  /** A next conversation counts as "binnenkort" (due soon) this many months before it is due. */
  gesprekBinnenkortMaanden: 6,
  /**
   * Werkbudget for small quick fixes from wijkschouwen and bewonersavonden, euro per year; the
   * coördinator holds it. The note says "5.000 euro per jaar" (section 7) and "5.000 euro per
   * gebied" (conclusions): `werkbudgetPer` chooses the reading — 'wijk' (every wijk its own
   * € 5,000 a year, the default) or 'gemeente' (€ 5,000 a year for all wijken together).
   * Pages say which reading applies (src/domain/actie.ts `werkbudgetUitleg`).
   */
  werkbudgetEuro: 5000,
  werkbudgetPer: 'wijk' as 'wijk' | 'gemeente',
  /** Servicepunt: small reports are fixed within this many working days (6.1.1). */
  servicepuntKleinWerkdagen: 3,
  /** Servicepunt: larger questions are answered within this many weeks (6.1.1). */
  servicepuntGrootWeken: 6,
  /** All dates and times on the site are Dutch local time. */
  tijdzone: 'Europe/Amsterdam',
  gemeente: 'Voorschoten',
  /** The site's address when URL is not set (astro.config.mjs `site`, and the letters' QR codes). */
  standaardSite: 'https://wijkgericht.voorschoten.example',
  /** Number of wijken according to the note (2.1). */
  aantalWijken: 11,
  /**
   * Basemap of the maps: PDOK's BRT-Achtergrondkaart as vector tiles (a MapLibre style URL).
   * PUBLIC_KAART_ONDERGROND overrides it at build time; empty or "geen" = plain background.
   */
  kaartOndergrond:
    'https://api.pdok.nl/kadaster/brt-achtergrondkaart/ogc/v1/styles/standaard__webmercatorquad?f=mapbox',
} as const;

export type Instellingen = typeof instellingen;
