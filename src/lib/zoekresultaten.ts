/**
 * The texts and choices of the site search (src/scripts/zoeken.ts, src/pages/zoeken.astro):
 * pure, so they are unit-tested.
 */

/** The filters the pages carry (data-pagefind-filter) and their labels on the search page. */
export const zoekfilters = [
  { naam: 'wijk', label: 'Wijk', alle: 'Alle wijken' },
  { naam: 'type', label: 'Soort project', alle: 'Alle soorten' },
] as const;
export type Zoekfilter = (typeof zoekfilters)[number]['naam'];

/** Show at most this many results at once. */
export const maxResultaten = 20;

/** What the live region announces after a search. */
export function resultatenTekst(term: string, totaal: number, getoond = totaal): string {
  const t = term.trim();
  if (t === '') return '';
  const wat = totaal === 0 ? 'Geen resultaten' : totaal === 1 ? '1 resultaat' : `${totaal} resultaten`;
  const meer = getoond < totaal ? ` De eerste ${getoond} staan hieronder.` : '';
  return `${wat} voor “${t}”.${meer}`;
}

/**
 * Pagefind's filter argument from the chosen values: only filters with a value, unknown
 * names dropped. `{ wijk: 'Centrum', type: '' }` → `{ wijk: 'Centrum' }`.
 */
export function kiesFilters(gekozen: Partial<Record<string, string | null>>): Partial<Record<Zoekfilter, string>> {
  const uit: Partial<Record<Zoekfilter, string>> = {};
  for (const { naam } of zoekfilters) {
    const waarde = gekozen[naam]?.trim();
    if (waarde) uit[naam] = waarde;
  }
  return uit;
}

/** The values of a filter for a <select>, sorted Dutch-alphabetically. */
export function filterWaarden(aantallen: Record<string, number> | undefined): string[] {
  return Object.keys(aantallen ?? {}).sort((a, b) => a.localeCompare(b, 'nl'));
}
