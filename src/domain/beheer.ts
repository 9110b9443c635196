/**
 * The coördinator's forms (/beheer/): the sign-in request (an e-mail address) and the short
 * message to everyone confirmed for an avond. One zod schema per form, used by the function.
 */
import { z } from 'zod';
import { emailSchema } from './email.ts';

/** How long a sign-in link stays valid, in minutes. */
export const inlogLinkMinuten = 15;
/** How long a staff session lasts, in hours. */
export const sessieUren = 8;
/** How long the audit log is kept, in days. */
export const logboekDagen = 365;
/** Longest message to participants, in characters. */
export const maxBericht = 1000;

export const inlogSchema = z.strictObject({
  email: emailSchema('Vul uw e-mailadres in.', 'Vul een geldig e-mailadres in, zoals naam@voorschoten.nl.'),
});

export const berichtSchema = z.strictObject({
  bericht: z
    .string({ error: 'Schrijf het bericht.' })
    .transform((v) => v.trim())
    .pipe(
      z
        .string()
        .min(1, 'Schrijf het bericht.')
        .max(maxBericht, `Het bericht is te lang: hooguit ${maxBericht} tekens.`),
    ),
});

/**
 * The addresses in BEHEER_EMAILS (comma-separated), in the stored form of `emailSchema`
 * (trimmed, lower case, domain in ASCII). Entries that are no address are left out.
 */
export function beheerAdressen(lijst: string | undefined): Set<string> {
  const adressen = new Set<string>();
  for (const deel of (lijst ?? '').split(',')) {
    const r = inlogSchema.shape.email.safeParse(deel);
    if (r.success) adressen.add(r.data);
  }
  return adressen;
}
