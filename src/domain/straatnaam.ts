/**
 * Street names and search terms: how a name becomes a URL slug and how a search term is
 * compared. Pure and without zod, because the street suggestions load it in the browser
 * (src/scripts/straat-suggesties.ts). src/domain/straat.ts re-exports both functions.
 */

/** Lower case without diacritics: "Händellaan" → "handellaan", "ĳ" → "ij". */
function zonderAccenten(tekst: string): string {
  return tekst.normalize('NFKD').replace(/\p{M}/gu, '');
}

/**
 * The URL slug of a street name: lower case, accents stripped, every run of other characters one
 * hyphen. "Jan Evertsenlaan" → "jan-evertsenlaan", "'s-Gravendamseweg" → "s-gravendamseweg".
 * Case- and accent-insensitive: names that differ only in those get the same slug.
 */
export function straatSlug(naam: string): string {
  return zonderAccenten(naam)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Lower case, accents stripped, curly apostrophes straightened, runs of white space one space, trimmed. */
function vereenvoudig(tekst: string): string {
  return zonderAccenten(tekst.replace(/[\u2018\u2019\u201B\u0060\u00B4]/g, "'"))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A search term as the street finder compares it: trimmed, lower case, accents stripped, curly
 * apostrophes straightened, runs of white space one space. A PC6 postcode in any spelling
 * ("2251 ab", " 2251AB ", "2251-AB") becomes "2251AB", the way the index writes it.
 */
export function normaliseer(zoekterm: string): string {
  const tekst = vereenvoudig(zoekterm);
  const pc6 = /^(\d{4}) ?-? ?([a-z]{2})$/.exec(tekst);
  return pc6 ? `${pc6[1]!}${pc6[2]!.toUpperCase()}` : tekst;
}

/** A postcode as people read it: "2253VC" → "2253 VC"; a PC4 ("2253") unchanged. */
export function schrijfPostcode(postcode: string): string {
  return postcode.length === 6 ? `${postcode.slice(0, 4)} ${postcode.slice(4)}` : postcode;
}

/** The town's name, left out of a search term wherever it stands ("Bachlaan, Voorschoten"). */
const plaatsnaam = 'voorschoten';

/** What a resident typed, split into a street name and a postcode (see {@link leesZoekterm}). */
export interface Zoekterm {
  /** The street name as {@link normaliseer} writes it, without house number, postcode or town; '' if none. */
  naam: string;
  /** "2253AB" (PC6) or "2253" (PC4), as the index writes it; undefined if none was typed. */
  postcode?: string;
}

/**
 * Reads a search term the way residents type an address: a street name, a postcode, or both,
 * with or without house number and town, in any order of "street number, postcode town".
 * - the town "Voorschoten" is ignored wherever it stands;
 * - a postcode is 4 digits (not 0 first), optionally 2 letters, in any spelling
 *   ("2253 ab", "2253AB", "2253-AB"), a house number may follow ("2254EA12", "2254 ea 12a");
 * - a house number (digits, optionally an addition of at most 3 letters: "12a", "12 bis",
 *   "12-14") is ignored, also glued to the name ("Bachlaan12");
 * - commas, semicolons and dots around words are separators ("Dr. Schäferlaan" keeps matching,
 *   because the finder compares slugs);
 * - "str" or "str." at the end of the name stands for "straat" ("Voorstr." → "voorstraat").
 * Pure; `Zoekterm.naam` is '' when only a postcode, a number or the town was typed.
 */
export function leesZoekterm(zoekterm: string): Zoekterm {
  const woorden = vereenvoudig(zoekterm)
    .split(/[\s,;]+/)
    .map((w) => w.replace(/^[.:]+|[.:]+$/g, ''))
    .filter((w) => w !== '' && w !== plaatsnaam);
  let rest = woorden.join(' ');

  let postcode: string | undefined;
  const pc = /(?<![\da-z])([1-9]\d{3}) ?-? ?(?:([a-z]{2})(?![a-z]))?/.exec(rest);
  if (pc) {
    postcode = pc[1]! + (pc[2]?.toUpperCase() ?? '');
    rest = `${rest.slice(0, pc.index)} ${rest.slice(pc.index + pc[0].length)}`;
  }

  const naam: string[] = [];
  let naNummer = false;
  for (const woord of rest.split(' ').filter((w) => w !== '')) {
    if (/^\d/.test(woord)) naNummer = true;
    else if (naNummer && /^[a-z]{1,3}$/.test(woord))
      continue; // "12 a", "12 bis"
    else {
      naNummer = false;
      // "Bachlaan12" → "bachlaan" (a number glued to a name of letters)
      const gelijmd = /^([a-z'.-]*[a-z])\d+[a-z]{0,3}$/.exec(woord);
      naam.push(gelijmd ? gelijmd[1]! : woord);
      if (gelijmd) naNummer = true;
    }
  }
  let tekst = naam.join(' ');
  tekst = tekst.replace(/str$/, 'straat');
  return postcode === undefined ? { naam: tekst } : { naam: tekst, postcode };
}
