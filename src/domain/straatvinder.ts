/**
 * The street finder and "which projects touch this street": pure rules shared by the street
 * pages (build time) and GET /api/straat (functions/straat.ts).
 *
 * Pure: no I/O. The street index and the projects are passed in.
 */
import { binnenAfstand, type Geo } from './afstand.ts';
import type { Straat } from './straat.ts';
import { normaliseer, straatSlug } from './straatnaam.ts';

/** The finder reads at most this many characters of a search term. */
export const maxZoeklengte = 100;

/** A project touches a street within this distance (metres) when both geometries are known. */
export const straatAfstandMeters = 50;

type Zoekbaar = Pick<Straat, 'naam' | 'slug' | 'postcodes'>;

const pc6 = /^\d{4}[A-Z]{2}$/;
const pc4 = /^\d{4}$/;

/**
 * The streets a resident may mean by a search term, sorted by name:
 * - a PC6 postcode ("2253 VC", "2253vc"): the streets with that postcode; when the index only knows
 *   the PC4 of a street, the streets with that PC4;
 * - a PC4 postcode ("2253"): every street in it;
 * - a street name, case-, accent- and punctuation-insensitive, a house number after it ignored:
 *   the street with exactly that name; else every street whose name contains the term
 *   (at least 3 letters or digits).
 * Empty for an empty term or no match.
 */
export function zoekStraten<T extends Zoekbaar>(straten: readonly T[], zoekterm: string): T[] {
  const term = normaliseer(zoekterm.slice(0, maxZoeklengte));
  if (term === '') return [];
  const opNaam = (a: T, b: T): number => a.naam.localeCompare(b.naam, 'nl');

  if (pc6.test(term)) {
    const precies = straten.filter((s) => s.postcodes.includes(term));
    const viaPc4 = precies.length > 0 ? precies : straten.filter((s) => s.postcodes.includes(term.slice(0, 4)));
    return [...viaPc4].sort(opNaam);
  }
  if (pc4.test(term)) return straten.filter((s) => s.postcodes.some((p) => p.startsWith(term))).sort(opNaam);

  const naam = term.replace(/^(.*\D)\s+\d+\s*[a-z]?$/, '$1');
  const slug = straatSlug(naam);
  if (slug === '') return [];
  const precies = straten.filter((s) => normaliseer(s.naam) === naam || straatSlug(s.naam) === slug);
  if (precies.length > 0) return [...precies].sort(opNaam);
  if (slug.replace(/-/g, '').length < 3) return [];
  return straten.filter((s) => straatSlug(s.naam).includes(slug)).sort(opNaam);
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
