/**
 * The street finder's suggestions as you type (src/scripts/straat-suggesties.ts): which streets
 * to suggest and what the live region says. Matching is the server finder's own
 * (src/domain/straatvinder.ts), so suggestions and GET /api/straat always agree.
 *
 * Pure: no DOM, no I/O.
 */
import { zoekStraten } from '../domain/straatvinder.ts';

/** One entry of /straten/index.json (src/pages/straten/index.json.ts). */
export interface SuggestieStraat {
  naam: string;
  slug: string;
  /** PC6 ("2253VC") where known, else PC4. */
  postcodes: string[];
  /** The name of the street's wijk, shown beside the street. */
  wijk: string;
}

/** At most this many suggestions are shown. */
export const maxSuggesties = 8;

/** The streets to suggest for what was typed so far (at most `max`), and how many matched. */
export function suggesties(
  index: readonly SuggestieStraat[],
  term: string,
  max = maxSuggesties,
): { straten: SuggestieStraat[]; totaal: number } {
  const gevonden = zoekStraten(index, term);
  return { straten: gevonden.slice(0, max), totaal: gevonden.length };
}

/** What the live region announces: "Geen straten gevonden", "1 straat gevonden", "3 straten gevonden". */
export function aantalStratenTekst(totaal: number, getoond = totaal): string {
  if (totaal === 0) return 'Geen straten gevonden';
  const basis = totaal === 1 ? '1 straat gevonden' : `${totaal} straten gevonden`;
  return getoond < totaal ? `${basis}, de eerste ${getoond} staan in de lijst` : basis;
}
