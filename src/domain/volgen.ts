/**
 * Follow by e-mail (volgen): the form's fields and their zod schema (shared by the static
 * pages and functions/volgen.ts), why we ask the address, and which stream items belong to what
 * a subscription follows. Pure: no I/O.
 */
import { z } from 'zod';
import { emailSchema } from './email.ts';
import { nieuwsVanProject, nieuwsVanStraat, nieuwsVanWijk, type NieuwsItem } from './nieuws.ts';
import { slugSchema } from './schemas.ts';
import { dagBeginMoment, isoDatum, weekdagEnUur } from './tijd.ts';

export const volgSoorten = ['straat', 'project', 'wijk'] as const;
export type VolgSoort = (typeof volgSoorten)[number];
export const frequenties = ['week', 'meteen'] as const;
export type Frequentie = (typeof frequenties)[number];

export const frequentieNamen: Record<Frequentie, string> = {
  week: 'Eén keer per week een overzicht',
  meteen: 'Meteen als er iets nieuws is',
};

/** "deze straat", "dit project", "deze wijk". */
export const volgDitNamen: Record<VolgSoort, string> = {
  straat: 'deze straat',
  project: 'dit project',
  wijk: 'deze wijk',
};

/** Hours a confirmation link stays valid; unconfirmed subscriptions are deleted after it. */
export const bevestigUren = 48;

export const volgSchema = z.strictObject({
  email: emailSchema(
    'Vul uw e-mailadres in.',
    'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
    'Dit e-mailadres is te lang.',
  ),
  frequentie: z.enum(frequenties, { error: 'Kies hoe vaak u een e-mail wilt krijgen.' }).default('week'),
  soort: z.enum(volgSoorten, { error: 'Het formulier klopt niet. Laad de pagina opnieuw.' }),
  doel: slugSchema,
});
export type VolgAanvraag = z.output<typeof volgSchema>;
export type VolgVeld = 'email' | 'frequentie';
export type VolgFouten = Partial<Record<VolgVeld, string>>;
export type VolgInvoer = Partial<Record<VolgVeld, string>>;

/** One sentence under the form: why we ask, who sees it, when it is deleted. */
export const volgPrivacyTekst = `Wij gebruiken uw e-mailadres alleen om u dit nieuws te sturen. Alleen de medewerkers die deze website beheren kunnen het zien. Bevestigt u niet binnen ${bevestigUren} uur, of stopt u met volgen, dan verwijderen wij het meteen.`;

/** Checks raw form input; on failure one Dutch message per field (form errors under "email"). */
export function controleerVolgen(
  invoer: unknown,
): { ok: true; aanvraag: VolgAanvraag } | { ok: false; fouten: VolgFouten } {
  const r = volgSchema.safeParse(invoer);
  if (r.success) return { ok: true, aanvraag: r.data };
  const fouten: VolgFouten = {};
  for (const issue of r.error.issues) {
    const veld = issue.path[0];
    if (veld === 'frequentie') fouten.frequentie ??= issue.message;
    else if (veld === 'email') fouten.email ??= issue.message;
    else fouten.email ??= 'Het formulier klopt niet. Laad de pagina opnieuw.';
  }
  return { ok: false, fouten };
}

/** What the stream needs to know of a followed street: its name and the projects that touch it. */
export interface VolgKennis {
  /** A street by slug: its name and the ids of the projects that touch it (as the street page has them). */
  straat(slug: string): { naam: string; projecten: readonly string[] } | undefined;
}

/** The items of the stream (newest first) that belong to what is followed; [] for an unknown street. */
export function volgItems(
  items: readonly NieuwsItem[],
  volging: { soort: VolgSoort; doel: string },
  kennis: VolgKennis,
): NieuwsItem[] {
  if (volging.soort === 'project') return nieuwsVanProject(items, volging.doel);
  if (volging.soort === 'wijk') return nieuwsVanWijk(items, volging.doel);
  const straat = kennis.straat(volging.doel);
  return straat ? nieuwsVanStraat(items, straat.naam, straat.projecten) : [];
}

/**
 * The items a subscription has not had yet: in what it follows, visible now, id not in `gezien`
 * (its watermark). `gezien` starts with everything visible at confirmation, so an item a deploy
 * adds later with a past date is still new, and nothing is sent twice.
 */
export function nieuweItems(volgItemsNu: readonly NieuwsItem[], gezien: readonly string[]): NieuwsItem[] {
  const al = new Set(gezien);
  return volgItemsNu.filter((i) => !al.has(i.id));
}

/** The weekly overview goes out on Monday from this hour (Amsterdam time). */
export const weekOverzichtUur = 7;

/**
 * Is a subscription due a mail at the real moment `klok`? "meteen": always (every hourly run
 * sends what is new). "week": on Monday from 07:00 Amsterdam time, once that day.
 */
export function isAanDeBeurt(frequentie: Frequentie, klok: Date, laatstVerzonden: Date | null): boolean {
  if (frequentie === 'meteen') return true;
  const { weekdag, uur } = weekdagEnUur(klok);
  if (weekdag !== 1 || uur < weekOverzichtUur) return false;
  return laatstVerzonden === null || laatstVerzonden.getTime() < dagBeginMoment(isoDatum(klok)).getTime();
}
