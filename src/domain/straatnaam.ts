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

/**
 * A search term as the street finder compares it: trimmed, lower case, accents stripped, curly
 * apostrophes straightened, runs of white space one space. A PC6 postcode in any spelling
 * ("2251 ab", " 2251AB ") becomes "2251AB", the way the index writes it.
 */
export function normaliseer(zoekterm: string): string {
  const tekst = zonderAccenten(zoekterm.replace(/[\u2018\u2019\u201B\u0060\u00B4]/g, "'"))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  const pc6 = /^(\d{4}) ?([a-z]{2})$/.exec(tekst);
  return pc6 ? `${pc6[1]!}${pc6[2]!.toUpperCase()}` : tekst;
}
