/**
 * The one news stream: written progress updates (content/berichten/) and the items nobody
 * should have to write, derived from the other content. The pages, the RSS feeds and the
 * e-mail alerts all read this stream, so they show exactly the same thing.
 *
 * Derived items and their date (the instant they appear):
 * - a new informatieavond: when its sign-up opens (`aanmelding.opent`), the day it is announced;
 * - a survey opens: its `opent`;
 * - a survey's results: from `uitslagVanaf` (the moment it closes; its page then shows them);
 * - a project enters a phase: 00:00 (Amsterdam) on the phase's start date.
 * A written bericht appears at 00:00 (Amsterdam) on its `datum`. Nothing dated after `nu` is shown.
 *
 * Pure: takes the content and `nu`, no I/O.
 */
import { statusBerichten, type ActielijstMetId } from './actie.ts';
import { uitslagVanaf } from './antwoord.ts';
import type { Avond, Bericht, BerichtSoort, Bron, DagOfTijd, Enquete, Project } from './schemas.ts';
import { normaliseer } from './straatnaam.ts';
import { beginVanDag, dagBeginMoment, datumKort, datumLang, kalenderdag, tijd } from './tijd.ts';

/** The kinds in the stream: the written kinds, plus `enquete` (a survey opens) and `fase` (derived). */
export type NieuwsSoort = BerichtSoort | 'enquete' | 'fase' | 'actie';

export const nieuwsSoortNamen: Record<NieuwsSoort, string> = {
  voortgang: 'Voortgang',
  planning: 'Planning',
  hinder: 'Hinder',
  besluit: 'Besluit',
  avond: 'Informatieavond',
  uitslag: 'Uitslag',
  enquete: 'Enquête',
  fase: 'Nieuwe fase',
  actie: 'Actielijst',
};

export interface NieuwsItem {
  /**
   * Stable id: `bericht/<file name>`, `avond/<slug>`, `enquete/<slug>`, `uitslag/<slug>` or
   * `fase/<project>/<start date>`. Correcting a typo in a title or text does not change it.
   */
  id: string;
  soort: NieuwsSoort;
  /** The instant the item appears (and is dated in feeds). */
  moment: Date;
  titel: string;
  /** Plain text, a few sentences. */
  samenvatting: string;
  /** Site path of the page that shows it, with an anchor where the page shows several items. */
  url: string;
  projecten: string[];
  wijken: string[];
  /** Street names, as the projects and the street index spell them. */
  straten: string[];
  /** Only for `hinder`: from `van.begin` up to and including `tot.eind`. */
  periode?: { van: DagOfTijd; tot: DagOfTijd };
  bron: Bron;
}

export interface NieuwsInvoer {
  projecten: readonly { id: string; data: Project }[];
  avonden: readonly { id: string; data: Avond }[];
  enquetes: readonly { id: string; data: Enquete }[];
  /** `body` is the MDX text under the frontmatter (a few plain sentences). */
  berichten: readonly { id: string; data: Bericht; body?: string | undefined }[];
  /** Actielijsten: every status change of a point is an item (src/domain/actie.ts statusBerichten). */
  acties?: readonly ActielijstMetId[];
  /** A street's name by its slug (the street index), to name a point's street as the other items do. */
  straatNaam?: (slug: string) => string | undefined;
}

/** The anchor of an item on a page that lists several: "n-bericht-voorstraat-dicht". */
export const nieuwsAnker = (id: string): string => `n-${id.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;

/** Markdown of a short bericht as plain text: links keep their text, marks and line breaks go. */
export function platteTekst(md: string): string {
  return md
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#+\s*/gm, '')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const uniek = (lijst: string[]): string[] => [...new Set(lijst)];

/** Every item visible at `nu` (moment ≤ nu), newest first; equal moments in id order. */
export function nieuwsStroom(invoer: NieuwsInvoer, nu: Date): NieuwsItem[] {
  return zichtbaarOp(alleNieuwsItems(invoer), nu);
}

/** The items of a sorted stream that are visible at `nu` (moment ≤ nu), in the same order. */
export function zichtbaarOp(items: readonly NieuwsItem[], nu: Date): NieuwsItem[] {
  return items.filter((item) => item.moment.getTime() <= nu.getTime());
}

/**
 * Every item, also those dated after any `nu`, newest first; equal moments in id order, so the
 * order is the same in every build. Use `nieuwsStroom` unless you filter with `zichtbaarOp`.
 */
export function alleNieuwsItems(invoer: NieuwsInvoer): NieuwsItem[] {
  const projecten = new Map(invoer.projecten.map((p) => [p.id, p.data]));
  const vanProject = (id: string): Pick<NieuwsItem, 'wijken' | 'straten'> => {
    const p = projecten.get(id);
    return { wijken: p?.wijken ?? [], straten: p?.straten ?? [] };
  };
  const items: NieuwsItem[] = [];

  for (const s of statusBerichten(invoer.acties ?? [])) {
    const straat = s.straat ? (invoer.straatNaam?.(s.straat) ?? s.straat) : undefined;
    items.push({
      id: s.id.replace(/^actie-/, 'actie/'),
      soort: 'actie',
      // A status change counts from 00:00 (Amsterdam) on its day, like a written bericht.
      moment: beginVanDag(s.datum),
      titel: s.titel,
      samenvatting: `Dit punt staat op de actielijst van de wijk${straat ? `, in de ${straat}` : ''}. Zo ziet u wat we samen afspraken en wat ervan terechtkwam.`,
      url: s.url,
      projecten: [],
      wijken: [s.wijk],
      straten: straat ? [straat] : [],
      bron: s.bron,
    });
  }

  for (const b of invoer.berichten) {
    const d = b.data;
    const id = `bericht/${b.id}`;
    items.push({
      id,
      soort: d.soort,
      moment: d.datum.moment,
      titel: d.titel,
      samenvatting: platteTekst(b.body ?? ''),
      url: `/projecten/${d.projecten[0]}/#${nieuwsAnker(id)}`,
      projecten: d.projecten,
      wijken: d.wijken ?? uniek(d.projecten.flatMap((p) => vanProject(p).wijken)),
      straten: d.straten ?? uniek(d.projecten.flatMap((p) => vanProject(p).straten)),
      ...(d.van && d.tot ? { periode: { van: d.van, tot: d.tot } } : {}),
      bron: d.bron,
    });
  }

  for (const a of invoer.avonden) {
    const d = a.data;
    items.push({
      id: `avond/${a.id}`,
      soort: 'avond',
      moment: d.aanmelding.opent.moment,
      titel: /^informatieavond/i.test(d.titel) ? d.titel : `Informatieavond: ${d.titel}`,
      samenvatting: `Op ${datumLang(d.start.moment)} om ${tijd(d.start.moment)} uur in ${d.locatie.naam}. Aanmelden kan tot ${datumLang(d.aanmelding.sluit.moment)}, ${tijd(d.aanmelding.sluit.moment)} uur.`,
      url: `/avonden/${a.id}/`,
      projecten: [d.project],
      ...vanProject(d.project),
      bron: d.bron,
    });
  }

  for (const e of invoer.enquetes) {
    const d = e.data;
    const gemeen = {
      url: `/enquetes/${e.id}/`,
      projecten: [d.project],
      wijken: d.wijken,
      straten: vanProject(d.project).straten,
      bron: d.bron,
    };
    items.push({
      ...gemeen,
      id: `enquete/${e.id}`,
      soort: 'enquete',
      moment: d.opent.moment,
      titel: `Enquête: ${d.titel}`,
      samenvatting: `Geef uw mening van ${datumLang(d.opent.moment)} tot en met ${datumLang(d.sluit.moment)}.`,
    });
    items.push({
      ...gemeen,
      id: `uitslag/${e.id}`,
      soort: 'uitslag',
      url: `/enquetes/${e.id}/#terugkoppeling`,
      moment: uitslagVanaf(d),
      titel: `Uitslag enquête: ${d.titel}`,
      samenvatting: 'De enquête is gesloten. Lees hoe vaak elk antwoord is gekozen en wat we ermee doen.',
    });
  }

  for (const p of invoer.projecten) {
    const fasen = [...p.data.fasen].sort((a, b) => a.start.getTime() - b.start.getTime());
    fasen.forEach((f, i) => {
      const start = kalenderdag(f.start);
      const id = `fase/${p.id}/${start}`;
      items.push({
        id,
        soort: 'fase',
        moment: dagBeginMoment(start),
        titel: `${p.data.titel}: ${f.naam}`,
        samenvatting: `${i === 0 ? 'Het project begint' : 'Het project gaat verder'} met de fase "${f.naam}", van ${datumKort(f.start)} tot en met ${datumKort(f.eind)}.`,
        url: `/projecten/${p.id}/#${nieuwsAnker(id)}`,
        projecten: [p.id],
        wijken: p.data.wijken,
        straten: p.data.straten,
        bron: p.data.bron,
      });
    });
  }

  return items.sort((a, b) => b.moment.getTime() - a.moment.getTime() || a.id.localeCompare(b.id));
}

/** Nuisance going on at `nu`: van.begin ≤ nu ≤ tot.eind (a whole day counts up to its end). */
export function isHuidigeHinder(item: NieuwsItem, nu: Date): boolean {
  const p = item.periode;
  return p !== undefined && p.van.begin.getTime() <= nu.getTime() && nu.getTime() <= p.tot.eind.getTime();
}

/** Nuisance that is announced and starts after `nu`. */
export function isKomendeHinder(item: NieuwsItem, nu: Date): boolean {
  return item.periode !== undefined && item.periode.van.begin.getTime() > nu.getTime();
}

/** Current nuisance first (ending soonest first), then coming nuisance (starting soonest first). */
export function hinderNuEnStraks(items: readonly NieuwsItem[], nu: Date): { nu: NieuwsItem[]; straks: NieuwsItem[] } {
  const op = (f: (i: NieuwsItem) => number) => (a: NieuwsItem, b: NieuwsItem) => f(a) - f(b);
  return {
    nu: items.filter((i) => isHuidigeHinder(i, nu)).sort(op((i) => i.periode!.tot.eind.getTime())),
    straks: items.filter((i) => isKomendeHinder(i, nu)).sort(op((i) => i.periode!.van.begin.getTime())),
  };
}

export const nieuwsVanProject = (items: readonly NieuwsItem[], project: string): NieuwsItem[] =>
  items.filter((i) => i.projecten.includes(project));

export const nieuwsVanWijk = (items: readonly NieuwsItem[], wijk: string): NieuwsItem[] =>
  items.filter((i) => i.wijken.includes(wijk));

/** The normalised street names of an item, computed once per item (5,000 street pages ask). */
const genormaliseerd = new WeakMap<NieuwsItem, Set<string>>();

/** Does an item name this street (by name, normalised as the street finder does)? */
export function noemtStraat(item: NieuwsItem, straatnaam: string): boolean {
  let namen = genormaliseerd.get(item);
  if (!namen) {
    namen = new Set(item.straten.map(normaliseer));
    genormaliseerd.set(item, namen);
  }
  return namen.has(normaliseer(straatnaam));
}

/**
 * The news of a street: every item that names the street, and every item of the projects that
 * touch it (`projecten`, from `projectenVanStraat`), newest first.
 */
export function nieuwsVanStraat(
  items: readonly NieuwsItem[],
  straatnaam: string,
  projecten: readonly string[],
): NieuwsItem[] {
  return items.filter((i) => i.projecten.some((p) => projecten.includes(p)) || noemtStraat(i, straatnaam));
}

const wanneer = (d: DagOfTijd, moment: Date): string =>
  d.heleDag ? datumLang(moment) : `${datumLang(moment)}, ${tijd(moment)} uur`;

/**
 * When nuisance lasts, as residents read it: whole days "van maandag 8 maart 2027 tot en met vrijdag
 * 12 maart 2027" (or "op …" for one day); with times on one day "op woensdag 10 maart 2027 van
 * 08:00 tot 11:00 uur"; with times over several days "van maandag 8 maart 2027, 08:00 uur tot
 * vrijdag 12 maart 2027, 17:00 uur".
 */
export function periodeTekst(p: NonNullable<NieuwsItem['periode']>): string {
  const zelfdeDag = datumLang(p.van.begin) === datumLang(p.tot.eind);
  if (p.van.heleDag && p.tot.heleDag)
    return zelfdeDag
      ? `op ${datumLang(p.van.begin)}`
      : `van ${datumLang(p.van.begin)} tot en met ${datumLang(p.tot.eind)}`;
  if (zelfdeDag && !p.van.heleDag && !p.tot.heleDag)
    return `op ${datumLang(p.van.begin)} van ${tijd(p.van.begin)} tot ${tijd(p.tot.eind)} uur`;
  return `van ${wanneer(p.van, p.van.begin)} tot ${p.tot.heleDag ? 'en met ' : ''}${wanneer(p.tot, p.tot.eind)}`;
}

/** "tot en met vrijdag 14 maart 2027" */
export function totTekst(p: NonNullable<NieuwsItem['periode']>): string {
  return `tot en met ${wanneer(p.tot, p.tot.eind)}`;
}
