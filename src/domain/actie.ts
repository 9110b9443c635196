/**
 * The actielijst of a wijkschouw, bewonersavond or informatieavond, its points, and the
 * werkbudget they spend. Pure: schemas and calculations, no I/O; everything about today takes
 * `nu` or a year.
 *
 * One file per occasion (content/acties/<wijk>-<vorm>-<datum>.mdx). The next schouw goes through
 * the old list: a point carried over appears again in the new list with the SAME id, so its
 * history is the row of its states over the lists, and its current state is the one in the
 * latest list (`actuelePunten`).
 */
import { z } from 'zod';
import { instellingen } from './instellingen.ts';
import { bronSchema, datumSchema, slugSchema, type Gesprek } from './schemas.ts';
import { eindVanDag, isoDatum, kalenderjaar } from './tijd.ts';

export const actieGelegenheden = ['wijkschouw', 'bewonersavond', 'informatieavond'] as const;
export type ActieGelegenheid = (typeof actieGelegenheden)[number];
export const gelegenheidNamen: Record<ActieGelegenheid, string> = {
  wijkschouw: 'Wijkschouw',
  bewonersavond: 'Bewonersavond',
  informatieavond: 'Informatieavond',
};

export const actieStatussen = ['nieuw', 'gepland', 'bezig', 'klaar', 'niet'] as const;
export type ActieStatus = (typeof actieStatussen)[number];
export const actieStatusNamen: Record<ActieStatus, string> = {
  nieuw: 'Nieuw',
  gepland: 'Gepland',
  bezig: 'Bezig',
  klaar: 'Klaar',
  niet: 'Doen we niet',
};
/** Points still to do. */
export const openStatussen: readonly ActieStatus[] = ['nieuw', 'gepland', 'bezig'];

export const termijnNamen = { kort: 'korte termijn', lang: 'lange termijn' } as const;

/**
 * A point of an actielijst. `straat` is a street slug (content/straten.json), `project` a project
 * slug, `bericht` the slug of a bericht. `reden` is required for `niet` and `klaar` (the day it was
 * done) for `klaar`: content/integriteit checks both, so one broken file does not hide the others.
 * `kosten` are whole euros charged to the werkbudget of `budgetjaar` (default: the year of `klaar`,
 * otherwise of `sinds`).
 */
export const actiePuntSchema = z.strictObject({
  id: slugSchema,
  wat: z.string().min(1),
  straat: slugSchema.optional(),
  wie: z.string().min(1),
  termijn: z.enum(['kort', 'lang']),
  status: z.enum(actieStatussen),
  /** The day of the last status change. */
  sinds: datumSchema,
  klaar: datumSchema.optional(),
  reden: z.string().min(1).optional(),
  kosten: z.number().int().min(0).max(1_000_000).optional(),
  budgetjaar: z.number().int().min(2000).max(2100).optional(),
  project: slugSchema.optional(),
  bericht: slugSchema.optional(),
});
export type ActiePunt = z.infer<typeof actiePuntSchema>;

export const actielijstSchema = z.strictObject({
  wijk: slugSchema,
  gelegenheid: z.strictObject({
    vorm: z.enum(actieGelegenheden),
    datum: datumSchema,
    onderwerp: z.string().min(1),
  }),
  /** The date of the next wijkschouw, when it is planned. */
  volgendeSchouw: datumSchema.optional(),
  punten: z.array(actiePuntSchema),
  bron: bronSchema,
});
export type Actielijst = z.infer<typeof actielijstSchema>;

/** An actielijst with its id (file name without .mdx). */
export interface ActielijstMetId {
  id: string;
  data: Actielijst;
}

/** One state of a point, in the list of one occasion. */
export interface PuntStand {
  lijst: string;
  datum: Date;
  status: ActieStatus;
  sinds: Date;
}

/** A point as it stands now (its latest list), with the row of its states over the lists. */
export interface ActueelPunt extends ActiePunt {
  wijk: string;
  /** Id of the latest list that names the point. */
  lijst: string;
  /** Oldest first; the last one is the current state. */
  geschiedenis: PuntStand[];
}

const opDatum = (a: ActielijstMetId, b: ActielijstMetId): number =>
  a.data.gelegenheid.datum.getTime() - b.data.gelegenheid.datum.getTime() || a.id.localeCompare(b.id);

/** Every point of the given lists once, in its latest state; newest status change first. */
export function actuelePunten(lijsten: readonly ActielijstMetId[]): ActueelPunt[] {
  const punten = new Map<string, ActueelPunt>();
  for (const l of [...lijsten].sort(opDatum)) {
    for (const p of l.data.punten) {
      const sleutel = `${l.data.wijk}/${p.id}`;
      const stand: PuntStand = { lijst: l.id, datum: l.data.gelegenheid.datum, status: p.status, sinds: p.sinds };
      const eerder = punten.get(sleutel)?.geschiedenis ?? [];
      punten.set(sleutel, { ...p, wijk: l.data.wijk, lijst: l.id, geschiedenis: [...eerder, stand] });
    }
  }
  return [...punten.values()].sort((a, b) => b.sinds.getTime() - a.sinds.getTime() || a.id.localeCompare(b.id));
}

export type Telling = Record<ActieStatus, number> & { totaal: number };

/** How many points per status, and in total. */
export function telPunten(punten: readonly { status: ActieStatus }[]): Telling {
  const t = { nieuw: 0, gepland: 0, bezig: 0, klaar: 0, niet: 0, totaal: punten.length };
  for (const p of punten) t[p.status] += 1;
  return t;
}

/** "12 punten: 7 klaar, 3 bezig, 2 niet" — only the statuses that occur. */
export function tellingTekst(t: Telling): string {
  const delen = actieStatussen.filter((s) => t[s] > 0).map((s) => `${t[s]} ${s === 'niet' ? 'doen we niet' : s}`);
  const kop = `${t.totaal} ${t.totaal === 1 ? 'punt' : 'punten'}`;
  return delen.length > 0 ? `${kop}: ${delen.join(', ')}` : kop;
}

/** The year a point's cost is charged to, or undefined when it charges nothing. */
export function kostenJaar(p: ActiePunt): number | undefined {
  if (p.kosten === undefined || p.kosten === 0 || p.status === 'niet') return undefined;
  return p.budgetjaar ?? kalenderjaar(p.status === 'klaar' && p.klaar ? p.klaar : p.sinds);
}

export interface Werkbudget {
  jaar: number;
  budget: number;
  /** Euros of points done (`klaar`). */
  besteed: number;
  /** Euros reserved for points not yet done (`nieuw`, `gepland`, `bezig`). */
  gepland: number;
  /** budget − besteed − gepland; negative when overspent. */
  over: number;
}

/**
 * The werkbudget of one year over the given points (pass one wijk's points when the budget is
 * per wijk, all points when it is for the whole municipality). Points marked `niet` cost nothing.
 */
export function werkbudget(
  punten: readonly ActiePunt[],
  jaar: number,
  budget: number = instellingen.werkbudgetEuro,
): Werkbudget {
  let besteed = 0;
  let gepland = 0;
  for (const p of punten) {
    if (kostenJaar(p) !== jaar) continue;
    if (p.status === 'klaar') besteed += p.kosten ?? 0;
    else gepland += p.kosten ?? 0;
  }
  return { jaar, budget, besteed, gepland, over: budget - besteed - gepland };
}

/** The year of `nu` in Dutch time. */
export const jaarVan = (nu: Date): number => Number(isoDatum(nu).slice(0, 4));

const euroFormaat = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
});
/** "€ 1.250" (a negative amount as "€ -250"). */
export const euro = (bedrag: number): string => euroFormaat.format(bedrag).replace(/\u00a0/g, ' ');

/** Which reading of the note applies, in one sentence for residents. */
export function werkbudgetUitleg(per: 'wijk' | 'gemeente' = instellingen.werkbudgetPer): string {
  const bedrag = euro(instellingen.werkbudgetEuro);
  return per === 'wijk'
    ? `Elke wijk heeft een werkbudget van ${bedrag} per jaar voor kleine, snelle maatregelen uit de wijkschouw en bewonersavonden. De coördinator wijkgericht werken beheert het.`
    : `Alle wijken samen hebben een werkbudget van ${bedrag} per jaar voor kleine, snelle maatregelen uit de wijkschouw en bewonersavonden. De coördinator wijkgericht werken beheert het.`;
}

/**
 * The occasions of a wijk's actielijsten as conversations, for the 4-year cadence (cadans.ts):
 * an actielijst IS the record of its wijkschouw or avond, so it is not written again in the wijk.
 */
export function actieGesprekken(lijsten: readonly Pick<ActielijstMetId, 'data'>[], wijk: string): Gesprek[] {
  return lijsten
    .filter((l) => l.data.wijk === wijk)
    .map((l) => ({
      datum: l.data.gelegenheid.datum,
      vorm: l.data.gelegenheid.vorm,
      onderwerp: l.data.gelegenheid.onderwerp,
      bron: l.data.bron,
    }));
}

/**
 * Every conversation of a wijk: those written in its own file plus the occasions of its
 * actielijsten, oldest first. The site (src/lib/content.ts) and the coördinator's dashboard both
 * use this, so the cadence is the same everywhere.
 */
export function gesprekkenVanWijk(
  eigen: readonly Gesprek[],
  lijsten: readonly Pick<ActielijstMetId, 'data'>[],
  wijk: string,
): Gesprek[] {
  return [...eigen, ...actieGesprekken(lijsten, wijk)].sort((a, b) => a.datum.getTime() - b.datum.getTime());
}

/** The next planned wijkschouw of a wijk after `nu`, if any list names one. */
export function volgendeSchouw(lijsten: readonly ActielijstMetId[], wijk: string, nu: Date): Date | undefined {
  return lijsten
    .flatMap((l) => (l.data.wijk === wijk && l.data.volgendeSchouw ? [l.data.volgendeSchouw] : []))
    .filter((d) => eindVanDag(d).getTime() >= nu.getTime())
    .sort((a, b) => a.getTime() - b.getTime())[0];
}

/** An item for a news stream ("berichten"): one status change of a point. */
export interface StatusBericht {
  /** Stable: `actie-<wijk>-<punt>-<status>`. */
  id: string;
  datum: Date;
  titel: string;
  /** Page of the point: /acties/<wijk>/#punt-<id>. */
  url: string;
  wijk: string;
  straat?: string;
  /** The `bron` of the list the state comes from (sample data says so). */
  bron: Actielijst['bron'];
}

/**
 * Every status change of every point as a stream item, newest first: a point's first state
 * ("Nieuw punt …") and each later state that differs from the one before. Meant for the berichten
 * stream (src/domain/nieuws.ts), which can merge these with its own items.
 */
export function statusBerichten(lijsten: readonly ActielijstMetId[]): StatusBericht[] {
  const uit: StatusBericht[] = [];
  const bronVan = new Map(lijsten.map((l) => [l.id, l.data.bron]));
  for (const p of actuelePunten(lijsten)) {
    p.geschiedenis.forEach((s, i) => {
      if (i > 0 && p.geschiedenis[i - 1]?.status === s.status) return;
      uit.push({
        id: `actie-${p.wijk}-${p.id}-${s.status}`,
        datum: s.sinds,
        titel: `${statusZin[s.status]}: ${p.wat}`,
        url: `/acties/${p.wijk}/#punt-${p.id}`,
        wijk: p.wijk,
        ...(p.straat ? { straat: p.straat } : {}),
        bron: bronVan.get(s.lijst) ?? 'voorbeeld',
      });
    });
  }
  return uit.sort((a, b) => b.datum.getTime() - a.datum.getTime() || a.id.localeCompare(b.id));
}

const statusZin: Record<ActieStatus, string> = {
  nieuw: 'Nieuw punt op de actielijst',
  gepland: 'Gepland',
  bezig: 'We zijn begonnen',
  klaar: 'Klaar',
  niet: 'Doen we niet',
};
