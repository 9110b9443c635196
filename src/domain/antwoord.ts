/**
 * An answer (antwoord) to a survey: the ONE derivation from a survey definition to a zod schema
 * (`antwoordSchema`), used by the page (src/lib/enqueteformulier.ts renders required markers,
 * maxlength and "kies hoogstens N" from the same rules) and by the function
 * (functions/antwoorden.ts validates with it). Values arrive as strings or string arrays, from a
 * form POST or from JSON. Messages are Dutch and name the question. Pure: no I/O, "now" is passed in.
 */
import { z } from 'zod';
import type { Enquete, Vraag } from './schemas.ts';
import { datumTijd } from './tijd.ts';

/** Months after closing that the answers are kept; then only the counts stay (README, privacy page). */
export const bewaarMaandenNaSluiten = 12;

export const schaalWaarden = ['1', '2', '3', '4', '5'] as const;
export const jaNee = [
  { waarde: 'ja', label: 'Ja' },
  { waarde: 'nee', label: 'Nee' },
] as const;

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const stuurteken = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Raw input: one string per field, or several for a question with several choices. */
export type Invoer = Record<string, string | string[] | undefined>;
/** One Dutch message per field (question id, "code", or `formulierVeld` for the whole form). */
export type Fouten = Record<string, string>;

/** The key of a message about the whole form (nothing answered, unknown fields), not one question. */
export const formulierVeld = 'formulier';
/** Nothing answered (and no question required): the one message, in the error summary. */
export const nietsBeantwoord = 'Beantwoord minstens één vraag.';

/**
 * What is stored: the chosen values per question (always a list, also for one choice, so that
 * counting is the same for every type) apart from the open texts, which are never published.
 */
export interface Antwoord {
  keuzes: Record<string, string[]>;
  teksten: Record<string, string>;
}

/** "Vraag 2" — how messages refer to a question, matching the numbers on the form. */
export const vraagNummer = (e: Pick<Enquete, 'vragen'>, id: string): number =>
  e.vragen.findIndex((v) => v.id === id) + 1;

/** The values a choice question can take, with their labels, in form order. */
export function optiesVan(v: Vraag): { waarde: string; label: string }[] {
  switch (v.type) {
    case 'keuze':
    case 'meerkeuze':
      return v.opties;
    case 'schaal':
      return schaalWaarden.map((w) => ({
        waarde: w,
        label: w === '1' ? `1 (${v.labels.laag})` : w === '5' ? `5 (${v.labels.hoog})` : w,
      }));
    case 'janee':
      return [...jaNee];
    case 'tekst':
      return [];
  }
}

const leeg = (w: unknown): boolean =>
  w === undefined || w === null || w === '' || (Array.isArray(w) && w.every((x) => x === ''));

/** The zod schema of one question's field. Output: string[] for choices, string for text, null when left empty. */
function veldSchema(v: Vraag, nummer: number): z.ZodType<string[] | string | null> {
  const wie = `vraag ${nummer}`;
  const verplicht = (w: unknown, ctx: z.RefinementCtx, melding: string): boolean => {
    if (!leeg(w)) return true;
    if (v.verplicht) ctx.addIssue({ code: 'custom', message: melding });
    return false;
  };
  if (v.type === 'tekst') {
    return z.unknown().transform((w, ctx) => {
      if (!verplicht(w, ctx, `Vul een antwoord in bij ${wie}.`)) return null;
      if (typeof w !== 'string') {
        ctx.addIssue({ code: 'custom', message: `Vul bij ${wie} één tekst in.` });
        return z.NEVER;
      }
      const t = w.replace(/\r\n/g, '\n').trim();
      if (t.length > v.maxLengte) {
        ctx.addIssue({
          code: 'custom',
          message: `Uw antwoord bij ${wie} is te lang: ${t.length} tekens. Gebruik hoogstens ${v.maxLengte} tekens.`,
        });
        return z.NEVER;
      }
      if (stuurteken.test(t)) {
        ctx.addIssue({ code: 'custom', message: `Uw antwoord bij ${wie} bevat een teken dat niet mag.` });
        return z.NEVER;
      }
      return t === '' ? null : t;
    });
  }
  const toegestaan = new Set(optiesVan(v).map((o) => o.waarde));
  if (v.type === 'meerkeuze') {
    return z.unknown().transform((w, ctx) => {
      if (!verplicht(w, ctx, `Kies bij ${wie} minstens één antwoord.`)) return null;
      const lijst = (Array.isArray(w) ? w : [w]).filter((x) => x !== '');
      if (!lijst.every((x): x is string => typeof x === 'string' && toegestaan.has(x))) {
        ctx.addIssue({ code: 'custom', message: `Kies bij ${wie} uit de antwoorden die er staan.` });
        return z.NEVER;
      }
      const uniek = [...new Set(lijst)];
      if (uniek.length > v.maximum) {
        ctx.addIssue({
          code: 'custom',
          message: `Kies bij ${wie} hoogstens ${v.maximum} antwoorden. U koos er ${uniek.length}.`,
        });
        return z.NEVER;
      }
      return uniek;
    });
  }
  return z.unknown().transform((w, ctx) => {
    if (!verplicht(w, ctx, `Kies een antwoord bij ${wie}.`)) return null;
    if (typeof w !== 'string' || !toegestaan.has(w)) {
      ctx.addIssue({ code: 'custom', message: `Kies bij ${wie} één van de antwoorden die er staan.` });
      return z.NEVER;
    }
    return [w];
  });
}

/**
 * The schema of an answer to this survey: one field per question (unknown fields are refused),
 * output split into `keuzes` and `teksten`. The letter code is not part of it (checked apart,
 * with 403, see functions/antwoorden.ts).
 */
export function antwoordSchema(e: Pick<Enquete, 'vragen'>): z.ZodType<Antwoord, Invoer> {
  const velden = Object.fromEntries(e.vragen.map((v, i) => [v.id, veldSchema(v, i + 1)]));
  // A question left out is the same as a question left empty (so a required one gets its message).
  const leegVoorIeder = Object.fromEntries(e.vragen.map((v) => [v.id, '']));
  const aanvullen = (w: unknown): unknown =>
    w && typeof w === 'object' && !Array.isArray(w) ? { ...leegVoorIeder, ...w } : w;
  return z
    .preprocess(aanvullen, z.strictObject(velden))
    .transform((uit) => {
      const a: Antwoord = { keuzes: {}, teksten: {} };
      for (const v of e.vragen) {
        const w = uit[v.id];
        if (w === undefined || w === null) continue;
        if (typeof w === 'string') a.teksten[v.id] = w;
        else a.keuzes[v.id] = w;
      }
      return a;
    })
    .refine((a) => Object.keys(a.keuzes).length + Object.keys(a.teksten).length > 0, {
      error: nietsBeantwoord,
      path: [],
    }) as unknown as z.ZodType<Antwoord, Invoer>;
}

/**
 * Checks raw input; on failure one message per question (the first problem), in form order, or
 * one for the whole form under `formulierVeld` (nothing answered; unknown fields). A survey with
 * required questions left empty gets their messages, not the whole-form one.
 */
export function controleerAntwoord(
  e: Pick<Enquete, 'vragen'>,
  invoer: Invoer,
): { ok: true; antwoord: Antwoord } | { ok: false; fouten: Fouten } {
  const r = antwoordSchema(e).safeParse(invoer);
  if (r.success) return { ok: true, antwoord: r.data };
  const fouten: Fouten = {};
  for (const issue of r.error.issues) {
    const veld = issue.path[0];
    if (typeof veld === 'string' && e.vragen.some((v) => v.id === veld)) fouten[veld] ??= issue.message;
    else if (issue.code === 'unrecognized_keys')
      fouten[formulierVeld] ??= 'Het formulier bevat onbekende velden. Laad de pagina opnieuw.';
    else if (issue.path.length === 0) fouten[formulierVeld] ??= issue.message;
  }
  return { ok: false, fouten };
}

export type EnqueteVenster = 'nog-niet' | 'open' | 'gesloten';

/** Whether the survey takes answers at `nu`: from `opent` (inclusive) until `sluit` (exclusive). */
export function enqueteVenster(e: Pick<Enquete, 'opent' | 'sluit'>, nu: Date): EnqueteVenster {
  const t = nu.getTime();
  if (t < e.opent.moment.getTime()) return 'nog-niet';
  if (t >= e.sluit.moment.getTime()) return 'gesloten';
  return 'open';
}

/** Why answering is not possible at this moment: from when the survey opens, or since when it is closed. */
export function enqueteVensterMelding(
  e: Pick<Enquete, 'opent' | 'sluit'>,
  venster: Exclude<EnqueteVenster, 'open'>,
): { titel: string; tekst: string } {
  return venster === 'nog-niet'
    ? {
        titel: 'Deze enquête is nog niet open',
        tekst: `Deze enquête is nog niet open. Meedoen kan vanaf ${datumTijd(e.opent.moment)}.`,
      }
    : {
        titel: 'Deze enquête is gesloten',
        tekst: `Deze enquête is gesloten sinds ${datumTijd(e.sluit.moment)}. U kunt niet meer meedoen.`,
      };
}

/** Results are published from the moment the survey closes. */
export const uitslagVanaf = (e: Pick<Enquete, 'sluit'>): Date => e.sluit.moment;

/** What the form and the privacy page say about keeping answers. */
export const enquetePrivacyTekst = (lettercode: boolean): string =>
  `Wij vragen niet naar uw naam, e-mailadres of adres en bewaren ook uw IP-adres niet. ${
    lettercode
      ? 'Uw code uit de brief zorgt dat elk adres één keer meedoet; we slaan niet op welke code bij welk antwoord hoort. '
      : ''
  }We bewaren de antwoorden om ze te tellen en te lezen, tot ${bewaarMaandenNaSluiten} maanden na het sluiten van de enquête. Daarna verwijderen we ze en bewaren we alleen de aantallen per antwoord. Schrijf in open vragen geen naam of adres.`;
