/**
 * The street finder and "which projects touch this street": pure rules shared by the street
 * pages (build time) and GET /api/straat (functions/straat.ts).
 *
 * Pure: no I/O. The street index and the projects are passed in.
 */
import { binnenAfstand, type Geo } from './afstand.ts';
import type { Straat } from './straat.ts';
import { leesZoekterm, normaliseer, straatSlug } from './straatnaam.ts';

/** The finder reads at most this many characters of a search term. */
export const maxZoeklengte = 100;

/** A project touches a street within this distance (metres) when both geometries are known. */
export const straatAfstandMeters = 50;

type Zoekbaar = Pick<Straat, 'naam' | 'slug' | 'postcodes'>;

/**
 * How the streets of a {@link Zoekresultaat} were found:
 * - 'naam': the street with exactly the typed name;
 * - 'deel': the streets whose name contains what was typed;
 * - 'pc6': the streets with the typed PC6 postcode;
 * - 'pc6-onbekend': the index does not know the typed PC6; these are the streets of its PC4;
 * - 'pc4': the streets of the typed PC4 (streets known by PC6 included).
 */
export type Vondst = 'naam' | 'deel' | 'pc6' | 'pc6-onbekend' | 'pc4';

/** The finder's answer: the streets (sorted by name), how they were found, and the postcode read. */
export interface Zoekresultaat<T> {
  straten: T[];
  /** Undefined when nothing was found by name and no postcode was typed. */
  soort?: Vondst;
  /** The postcode read from the term, as the index writes it ("2253AB", "2253"). */
  postcode?: string;
}

/**
 * The streets a resident may mean by a search term, read with {@link leesZoekterm} (town,
 * house number and punctuation ignored):
 * - a street name, case-, accent- and punctuation-insensitive: the street with exactly that name;
 *   else every street whose name contains the term (at least 3 letters or digits);
 * - only a postcode, or a name that matches nothing plus a postcode:
 *   a PC6 ("2253 VC", "2253vc", "2254 EA 12"): the streets with that postcode; when no street has
 *   it, every street of its PC4 ('pc6-onbekend'); a PC4 ("2253"): every street in it, also the
 *   streets the index knows by PC6.
 * Empty `straten` for an empty term or no match.
 */
export function vindStraten<T extends Zoekbaar>(straten: readonly T[], zoekterm: string): Zoekresultaat<T> {
  const { naam, postcode } = leesZoekterm(zoekterm.slice(0, maxZoeklengte));
  const opNaam = (a: T, b: T): number => a.naam.localeCompare(b.naam, 'nl');

  const slug = straatSlug(naam);
  if (slug !== '') {
    const precies = straten.filter((s) => normaliseer(s.naam) === naam || straatSlug(s.naam) === slug);
    if (precies.length > 0) return { straten: [...precies].sort(opNaam), soort: 'naam' };
    const deel = slug.replace(/-/g, '').length < 3 ? [] : straten.filter((s) => straatSlug(s.naam).includes(slug));
    if (deel.length > 0) return { straten: deel.sort(opNaam), soort: 'deel' };
  }
  if (postcode === undefined) return { straten: [] };

  const pc4 = postcode.slice(0, 4);
  const inPc4 = straten.filter((s) => s.postcodes.some((p) => p.startsWith(pc4))).sort(opNaam);
  if (postcode.length === 4) return { straten: inPc4, soort: 'pc4', postcode };
  const precies = straten.filter((s) => s.postcodes.includes(postcode));
  if (precies.length > 0) return { straten: [...precies].sort(opNaam), soort: 'pc6', postcode };
  return { straten: inPc4, soort: 'pc6-onbekend', postcode };
}

/** The streets of {@link vindStraten} alone. */
export function zoekStraten<T extends Zoekbaar>(straten: readonly T[], zoekterm: string): T[] {
  return vindStraten(straten, zoekterm).straten;
}

/** Why a project is shown on a street page. */
export type Raakt = 'genoemd' | 'dichtbij';

/**
 * Whether a project touches a street: the project names the street (compared as the finder
 * compares names), or its geometry lies within 50 m of the street's geometry where both are known.
 */
export function raaktStraat(
  project: { straten: readonly string[]; geometrie?: Geo | undefined },
  straat: { naam: string; geometrie?: Geo | undefined },
): Raakt | undefined {
  const naam = normaliseer(straat.naam);
  if (project.straten.some((s) => normaliseer(s) === naam)) return 'genoemd';
  if (project.geometrie && straat.geometrie && binnenAfstand(project.geometrie, straat.geometrie, straatAfstandMeters))
    return 'dichtbij';
  return undefined;
}
