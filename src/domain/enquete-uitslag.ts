/**
 * The results (uitslag) of a survey: counts per option per question and the number of
 * respondents, never the open texts. Pure: the database gives raw counts (functions/lib/
 * enquete-opslag.ts), this adds the labels and percentages in form order, for the JSON answer
 * and for the results page alike.
 */
import { optiesVan } from './antwoord.ts';
import type { Enquete } from './schemas.ts';

/** What the database counts (and what retention keeps when the answers are deleted). */
export interface RuweTelling {
  respondenten: number;
  /** How often each value was chosen, per question. */
  tellingen: { vraag: string; waarde: string; aantal: number }[];
  /** How many respondents answered each question (open questions too: a count, not the text). */
  beantwoord: Record<string, number>;
}

export interface UitslagOptie {
  waarde: string;
  label: string;
  aantal: number;
  /** Share of the respondents who answered this question, 0–100, rounded. */
  procent: number;
}

export interface UitslagVraag {
  id: string;
  vraag: string;
  type: Enquete['vragen'][number]['type'];
  beantwoord: number;
  /** Empty for open questions: their texts are not published. */
  opties: UitslagOptie[];
}

export interface Uitslag {
  enquete: string;
  titel: string;
  respondenten: number;
  vragen: UitslagVraag[];
}

export function maakUitslag(e: Pick<Enquete, 'slug' | 'titel' | 'vragen'>, ruw: RuweTelling): Uitslag {
  return {
    enquete: e.slug,
    titel: e.titel,
    respondenten: ruw.respondenten,
    vragen: e.vragen.map((v) => {
      const beantwoord = ruw.beantwoord[v.id] ?? 0;
      return {
        id: v.id,
        vraag: v.vraag,
        type: v.type,
        beantwoord,
        opties: optiesVan(v).map((o) => {
          const aantal = ruw.tellingen.find((t) => t.vraag === v.id && t.waarde === o.waarde)?.aantal ?? 0;
          return { ...o, aantal, procent: beantwoord === 0 ? 0 : Math.round((aantal / beantwoord) * 100) };
        }),
      };
    }),
  };
}

/**
 * Invented counts for a closed SAMPLE survey without any answers, so that `npm start` shows a
 * results page. Deterministic (same survey, same counts); only used under `netlify dev`, and the
 * page says the figures are invented. Open questions get a count only, as always.
 */
export function voorbeeldTelling(e: Pick<Enquete, 'vragen'>, respondenten = 40): RuweTelling {
  let zaad = 7;
  const volgende = (): number => {
    zaad = (zaad * 48271) % 2147483647;
    return zaad / 2147483647;
  };
  const tellingen: RuweTelling['tellingen'] = [];
  const beantwoord: Record<string, number> = {};
  for (const v of e.vragen) {
    const n = Math.round(respondenten * (0.75 + volgende() * 0.25));
    beantwoord[v.id] = n;
    const opties = optiesVan(v);
    if (opties.length === 0) continue;
    const gewichten = opties.map(() => 0.2 + volgende());
    const som = gewichten.reduce((a, b) => a + b, 0);
    opties.forEach((o, i) =>
      tellingen.push({ vraag: v.id, waarde: o.waarde, aantal: Math.round((n * gewichten[i]!) / som) }),
    );
  }
  return { respondenten, tellingen, beantwoord };
}
