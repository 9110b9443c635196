/**
 * The texts and choices of the site search (src/scripts/zoeken.ts, src/pages/zoeken.astro):
 * pure, so they are unit-tested.
 */

import type { Projecttype } from '../domain/schemas.ts';

/**
 * Everyday words residents search with, per project type, that the project pages may not say
 * ("speeltuin" for a speelplek). A project page carries them as Pagefind metadata
 * (`data-pagefind-meta="zoekwoorden:…"`): searchable, never shown.
 */
export const zoekwoordenPerType: Record<Projecttype, readonly string[]> = {
  riool: ['riool', 'rioolwerk', 'afvoer', 'regenwater', 'wateroverlast'],
  '30-km-zone': ['snelheid', 'verkeer', 'drempels', 'verkeersveiligheid'],
  speelplek: ['speeltuin', 'speeltoestellen', 'spelen', 'kinderen'],
  herinrichting: ['inrichting', 'stoep', 'parkeren', 'bestrating'],
  groen: ['bomen', 'planten', 'park', 'gras'],
  sociaal: ['overlast', 'jongeren', 'welzijn', 'buurt'],
};

/**
 * Pagefind weights (0–10; default 1 for text, 7 for <h1>): the title of a project or street page
 * and a project's type count most, so that page outranks the pages that only mention it.
 */
export const zoekgewicht = { titel: '10', soort: '7' } as const;

/**
 * Pagefind's ranking options (`pagefind.options({ ranking })`, src/scripts/zoeken.ts): a match in
 * a page's title, in a project's zoekwoorden or in a street page's street name
 * (`data-pagefind-meta="straat:…"`) adds to its score, so a street's own page beats the project
 * named after that street.
 */
export const zoekRanking = { metaWeights: { title: 5, zoekwoorden: 3, straat: 3 } } as const;

/** The filters the pages carry (data-pagefind-filter) and their labels on the search page. */
export const zoekfilters = [
  { naam: 'wijk', label: 'Wijk', alle: 'Alle wijken' },
  { naam: 'type', label: 'Soort project', alle: 'Alle soorten' },
] as const;
export type Zoekfilter = (typeof zoekfilters)[number]['naam'];

/** Words in Pagefind's excerpt (its default is 30): room to start at the sentence of the match. */
export const uittrekselWoorden = 40;

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

/** A piece of a result excerpt: plain text, or a match (`<mark>`). */
export interface UittrekselStuk {
  tekst: string;
  mark: boolean;
}

/** End of a sentence: . ! or ? then white space, then a capital or a digit. */
const zinsgrens = /[.!?]\s+(?=[\p{Lu}\d])/gu;

/**
 * Pagefind's excerpt (`uittrekselWoorden` words around the match) starts wherever its window starts, often
 * mid-sentence. This starts it at the sentence that holds the first match when that sentence
 * begins inside the excerpt (the half sentence before it is dropped); otherwise a start that is
 * not a sentence start (no capital or digit) gets "… ". An end that is not a sentence end gets " …".
 */
export function zinsUittreksel(stukken: readonly UittrekselStuk[]): UittrekselStuk[] {
  const uit = stukken.map((s) => ({ ...s }));
  const eersteMark = uit.findIndex((s) => s.mark);
  const voor = eersteMark === -1 ? uit.length : eersteMark;
  // The last sentence start before the first match, over the plain pieces before it.
  let knip: { stuk: number; index: number } | undefined;
  for (let i = 0; i < voor; i++) {
    for (const g of uit[i]!.tekst.matchAll(zinsgrens)) knip = { stuk: i, index: g.index + g[0].length };
  }
  if (knip) {
    uit.splice(0, knip.stuk);
    uit[0]!.tekst = uit[0]!.tekst.slice(knip.index);
  }
  const eerste = uit[0];
  if (eerste) {
    eerste.tekst = eerste.tekst.trimStart();
    if (!knip && !/^[\p{Lu}\d“"'(€]/u.test(eerste.tekst)) uit.unshift({ tekst: '… ', mark: false });
  }
  const laatste = uit.at(-1);
  if (laatste) {
    laatste.tekst = laatste.tekst.trimEnd();
    if (!/[.!?)”"]$/.test(laatste.tekst)) uit.push({ tekst: ' …', mark: false });
  }
  return uit.filter((s) => s.tekst !== '');
}
