/**
 * A sign-up (aanmelding) for an informatieavond: the form's fields, their labels and the reasons
 * we ask them (AVG), and the one zod schema that both the page (src/components/AanmeldFormulier)
 * and the function (functions/aanmelden.ts) use. Pure: no I/O, "now" is passed in.
 */
import { z } from 'zod';
import { emailSchema } from './email.ts';
import type { Avond } from './schemas.ts';
import { datumTijd } from './tijd.ts';

export const maxPersonen = 4;
export const maxVraag = 500;
/** Days after the evening that names, e-mail addresses and questions are kept (AVG). */
export const standaardBewaarDagen = 30;

/** Control characters (incl. CR/LF, which could inject e-mail headers) are refused everywhere. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const stuurteken = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const regeleinde = /[\r\n]/;

const tekst = (leeg: string) =>
  z
    .string({ error: leeg })
    .transform((v) => v.trim())
    .pipe(z.string().min(1, leeg));

export const aanmeldingSchema = z.strictObject({
  naam: tekst('Vul uw naam in.')
    .pipe(z.string().max(100, 'Uw naam is te lang. Gebruik hoogstens 100 tekens.'))
    .refine(
      (v) => !stuurteken.test(v) && !regeleinde.test(v),
      'Uw naam bevat een teken dat niet mag. Gebruik alleen letters.',
    ),
  email: emailSchema(
    'Vul uw e-mailadres in.',
    'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
    'Dit e-mailadres is te lang.',
  ),
  personen: z.coerce
    .number({ error: `Kies met hoeveel personen u komt: 1 tot en met ${maxPersonen}.` })
    .int(`Kies met hoeveel personen u komt: 1 tot en met ${maxPersonen}.`)
    .min(1, `Kies met hoeveel personen u komt: 1 tot en met ${maxPersonen}.`)
    .max(
      maxPersonen,
      `U kunt zich met hoogstens ${maxPersonen} personen aanmelden. Komen er meer? Bel het servicepunt.`,
    ),
  vraag: z
    .string()
    .optional()
    .transform((v) => (v ?? '').replace(/\r\n/g, '\n').trim())
    .pipe(z.string().max(maxVraag, `Uw vraag is te lang. Gebruik hoogstens ${maxVraag} tekens.`))
    .refine((v) => !stuurteken.test(v), 'Uw vraag bevat een teken dat niet mag.')
    .transform((v) => (v === '' ? undefined : v)),
});
export type Aanmelding = z.output<typeof aanmeldingSchema>;
export type AanmeldVeld = keyof z.input<typeof aanmeldingSchema>;

/** The fields in form order, with label, hint (why we ask, who sees it) and HTML attributes. */
export const aanmeldVelden: readonly {
  naam: AanmeldVeld;
  label: string;
  uitleg: string;
  optioneel?: true;
}[] = [
  { naam: 'naam', label: 'Naam', uitleg: 'Zo weten de organisatoren wie er komt. Uw naam staat op de presentielijst.' },
  {
    naam: 'email',
    label: 'E-mailadres',
    uitleg: 'Hierheen sturen wij uw bevestiging en de link om af te zeggen. Wij sturen geen nieuwsbrieven.',
  },
  {
    naam: 'personen',
    label: 'Met hoeveel personen komt u?',
    uitleg: `Uzelf meegeteld, hoogstens ${maxPersonen}. Zo weten we hoeveel stoelen er nodig zijn.`,
  },
  {
    naam: 'vraag',
    label: 'Wat wilt u vragen of meegeven?',
    uitleg: `Dan kunnen de sprekers zich voorbereiden. Hoogstens ${maxVraag} tekens.`,
    optioneel: true,
  },
];

/** Who sees the data and when it is deleted: shown under the form and on the answer pages. */
export const privacyTekst = (bewaarDagen = standaardBewaarDagen): string =>
  `Alleen de medewerkers die de avond organiseren zien uw gegevens. ${bewaarDagen} dagen na de avond verwijderen wij uw naam, e-mailadres en vraag. Daarna bewaren we alleen hoeveel mensen er kwamen.`;

export type Fouten = Partial<Record<AanmeldVeld, string>>;
export type Invoer = Partial<Record<AanmeldVeld, string>>;

/** Checks raw form input; on failure gives one Dutch message per field (the first problem). */
export function controleerAanmelding(
  invoer: unknown,
): { ok: true; aanmelding: Aanmelding } | { ok: false; fouten: Fouten } {
  const r = aanmeldingSchema.safeParse(invoer);
  if (r.success) return { ok: true, aanmelding: r.data };
  const fouten: Fouten = {};
  for (const issue of r.error.issues) {
    const veld = issue.path[0];
    if (typeof veld === 'string' && aanmeldVelden.some((v) => v.naam === veld)) {
      fouten[veld as AanmeldVeld] ??= issue.message;
    } else if (issue.code === 'unrecognized_keys') {
      // Unknown fields are a client error, not a resident's mistake: reported under "naam".
      fouten.naam ??= 'Het formulier bevat onbekende velden. Laad de pagina opnieuw.';
    }
  }
  return { ok: false, fouten };
}

export type AanmeldVenster = 'nog-niet' | 'open' | 'gesloten' | 'geannuleerd';

/**
 * Whether sign-up is open at `nu`: from `opent` (inclusive) until `sluit` (exclusive); never for a
 * cancelled avond ('geannuleerd').
 */
export function aanmeldVenster(avond: Pick<Avond, 'aanmelding' | 'geannuleerd'>, nu: Date): AanmeldVenster {
  if (avond.geannuleerd) return 'geannuleerd';
  const t = nu.getTime();
  if (t < avond.aanmelding.opent.moment.getTime()) return 'nog-niet';
  if (t >= avond.aanmelding.sluit.moment.getTime()) return 'gesloten';
  return 'open';
}

/**
 * Why sign-up is not possible at this moment, in plain Dutch: from when it opens, or since when it
 * is closed. `titel` heads an alert, `tekst` says the date. Used by the avond page, the function's
 * answers (409, the live form) and GET /api/avonden/<slug>.
 */
export function vensterMelding(
  avond: Pick<Avond, 'aanmelding'>,
  venster: Exclude<AanmeldVenster, 'open'>,
): { titel: string; tekst: string } {
  if (venster === 'geannuleerd') return { titel: 'Deze avond gaat niet door', tekst: 'Deze avond gaat niet door.' };
  return venster === 'nog-niet'
    ? { titel: 'Aanmelden kan nog niet', tekst: `Aanmelden kan vanaf ${datumTijd(avond.aanmelding.opent.moment)}.` }
    : {
        titel: 'Aanmelden is gesloten',
        tekst: `Aanmelden voor deze avond kan niet meer. De aanmelding sloot op ${datumTijd(avond.aanmelding.sluit.moment)}.`,
      };
}
