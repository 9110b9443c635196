/**
 * The queries pages share. Loads every collection once, checks the cross-references
 * (a wrong reference stops the build, naming file and field) and answers questions such as
 * "the projects of this wijk" or "the upcoming avonden". Anything about today takes `nu`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { actuelePunten, gesprekkenVanWijk, openStatussen, type ActueelPunt } from '../domain/actie.ts';
import { cadans, type Cadans } from '../domain/cadans.ts';
import { eerstvolgendMoment, huidigeFase, projectAfgerond } from '../domain/fasen.ts';
import { controleerInhoud, formatteerProblemen, type Bestand } from '../domain/integriteit.ts';
import { alleNieuwsItems, zichtbaarOp, type NieuwsItem } from '../domain/nieuws.ts';
import { postcodegebieden } from '../domain/schemas.ts';
import { raaktStraat, type Raakt } from '../domain/straatvinder.ts';

export type WijkEntry = CollectionEntry<'wijken'>;
export type ProjectEntry = CollectionEntry<'projecten'>;
export type AvondEntry = CollectionEntry<'avonden'>;
export type EnqueteEntry = CollectionEntry<'enquetes'>;
export type StraatEntry = CollectionEntry<'straten'>;
export type BerichtEntry = CollectionEntry<'berichten'>;
export type ActielijstEntry = CollectionEntry<'acties'>;

export interface Inhoud {
  wijken: WijkEntry[];
  projecten: ProjectEntry[];
  avonden: AvondEntry[];
  enquetes: EnqueteEntry[];
  /** Every street, sorted by name. */
  straten: StraatEntry[];
  /** Progress updates, newest first. */
  berichten: BerichtEntry[];
  /** Actielijsten, oldest occasion first. */
  acties: ActielijstEntry[];
}

/**
 * "Now" for a build. WIJK_NU (an ISO date) fixes it, so the build-output tests do not depend
 * on the day they run. A static site is rebuilt daily (see README) to keep "upcoming" right.
 */
export function bouwMoment(): Date {
  const vast = process.env['WIJK_NU'];
  if (vast) {
    const d = new Date(vast);
    if (Number.isNaN(d.getTime())) throw new Error(`WIJK_NU is geen geldige datum: ${vast}`);
    return d;
  }
  return new Date();
}

let geladen: Promise<Inhoud> | undefined;

/** All content, checked. Throws (and so fails the build) when references are broken. */
export function inhoud(): Promise<Inhoud> {
  geladen ??= laad();
  return geladen;
}

async function laad(): Promise<Inhoud> {
  const [wijken, projecten, avonden, enquetes, straten, berichten, acties] = await Promise.all([
    getCollection('wijken'),
    getCollection('projecten'),
    getCollection('avonden'),
    getCollection('enquetes'),
    getCollection('straten'),
    getCollection('berichten'),
    getCollection('acties'),
  ]);
  const alsBestand = <T>(e: { id: string; filePath?: string; data: T }, map: string): Bestand<T> => ({
    id: e.id,
    bestand: e.filePath ?? `content/${map}/${e.id}.mdx`,
    data: e.data,
  });
  const problemen = controleerInhoud({
    wijken: wijken.map((e) => alsBestand(e, 'wijken')),
    projecten: projecten.map((e) => alsBestand(e, 'projecten')),
    avonden: avonden.map((e) => alsBestand(e, 'avonden')),
    enquetes: enquetes.map((e) => alsBestand(e, 'enquetes')),
    straten: straten.map((e) => ({ id: e.id, bestand: e.filePath ?? 'content/straten.json', data: e.data })),
    berichten: berichten.map((e) => alsBestand(e, 'berichten')),
    acties: acties.map((e) => alsBestand(e, 'acties')),
  });
  if (problemen.length > 0) throw new Error(formatteerProblemen(problemen));
  const opNaam = <T extends { data: { naam?: string; titel?: string } }>(a: T, b: T): number =>
    (a.data.naam ?? a.data.titel ?? '').localeCompare(b.data.naam ?? b.data.titel ?? '', 'nl');
  return {
    wijken: wijken.sort(opNaam),
    projecten: projecten.sort(opNaam),
    avonden: avonden.sort((a, b) => a.data.start.moment.getTime() - b.data.start.moment.getTime()),
    enquetes: enquetes.sort((a, b) => a.data.sluit.moment.getTime() - b.data.sluit.moment.getTime()),
    straten: straten.sort((a, b) => a.data.naam.localeCompare(b.data.naam, 'nl')),
    berichten: berichten.sort((a, b) => b.data.datum.moment.getTime() - a.data.datum.moment.getTime()),
    acties: acties.sort(
      (a, b) => a.data.gelegenheid.datum.getTime() - b.data.gelegenheid.datum.getTime() || a.id.localeCompare(b.id),
    ),
  };
}

let stroom: Promise<NieuwsItem[]> | undefined;

/**
 * The news stream at `nu` (nieuwsStroom in src/domain/nieuws.ts): derived once per build and
 * shared by every page and feed, which only filter it (5,000 street pages do not rebuild it).
 */
export async function nieuws(nu: Date): Promise<NieuwsItem[]> {
  stroom ??= inhoud().then((i) => {
    const namen = new Map(i.straten.map((s) => [s.id, s.data.naam]));
    return alleNieuwsItems({ ...i, straatNaam: (slug) => namen.get(slug) });
  });
  return zichtbaarOp(await stroom, nu);
}

// ------------------------------------------------------------------ pure queries (testable)

export function wijkenPerPostcode(wijken: WijkEntry[]): { code: string; wijken: WijkEntry[] }[] {
  return postcodegebieden.map((code) => ({
    code,
    wijken: wijken.filter((w) => w.data.postcodegebied.code === code),
  }));
}

/** Projects of a wijk: running and planned first (soonest first), finished ones last. */
export function projectenVanWijk(projecten: ProjectEntry[], wijk: string, nu: Date): ProjectEntry[] {
  return projecten
    .filter((p) => p.data.wijken.includes(wijk))
    .sort((a, b) => eerstvolgendMoment(a.data.fasen, nu) - eerstvolgendMoment(b.data.fasen, nu));
}

/**
 * The projects that touch a street (named in the project's streets, or within 50 m where both
 * geometries are known): running and planned first (soonest first), finished ones last.
 */
export function projectenVanStraat(
  projecten: ProjectEntry[],
  straat: StraatEntry,
  nu: Date,
): { project: ProjectEntry; raakt: Raakt }[] {
  return projecten
    .flatMap((project) => {
      const raakt = raaktStraat(project.data, straat.data);
      return raakt ? [{ project, raakt }] : [];
    })
    .sort(
      (a, b) =>
        eerstvolgendMoment(a.project.data.fasen, nu) - eerstvolgendMoment(b.project.data.fasen, nu) ||
        a.project.data.titel.localeCompare(b.project.data.titel, 'nl'),
    );
}

export function stratenVanWijk(straten: StraatEntry[], wijk: string): StraatEntry[] {
  return straten.filter((s) => s.data.wijk === wijk);
}

export function komendeAvonden(avonden: AvondEntry[], nu: Date): AvondEntry[] {
  return avonden.filter((a) => a.data.eind.moment.getTime() > nu.getTime());
}

export function avondenVanProjecten(avonden: AvondEntry[], projecten: string[]): AvondEntry[] {
  return avonden.filter((a) => projecten.includes(a.data.project));
}

/** The avonden of a wijk: those of its projects, past and upcoming, in the given order. */
export function avondenVanWijk(avonden: AvondEntry[], projecten: ProjectEntry[], wijk: string): AvondEntry[] {
  return avondenVanProjecten(
    avonden,
    projecten.filter((p) => p.data.wijken.includes(wijk)).map((p) => p.id),
  );
}

/** Origin of the site ("https://…", no trailing slash) from `site` in astro.config.mjs. */
export function siteBasis(site: URL | undefined): string {
  if (!site)
    throw new Error(
      'Zet "site" in astro.config.mjs: agenda-bestanden en abonneerlinks hebben een volledig adres nodig.',
    );
  return site.href.replace(/\/$/, '');
}

/** Surveys that are open now or will open later (so residents can plan). */
export function lopendeEnquetes(enquetes: EnqueteEntry[], nu: Date): EnqueteEntry[] {
  return enquetes.filter((e) => e.data.sluit.moment.getTime() > nu.getTime());
}

export function isOpen(e: EnqueteEntry, nu: Date): boolean {
  return e.data.opent.moment.getTime() <= nu.getTime() && nu.getTime() < e.data.sluit.moment.getTime();
}

export function enquetesVanProjecten(enquetes: EnqueteEntry[], projecten: string[]): EnqueteEntry[] {
  return enquetes.filter((e) => projecten.includes(e.data.project));
}

export function projectStand(p: ProjectEntry, nu: Date): { fase?: string; afgerond: boolean } {
  const fase = huidigeFase(p.data.fasen, nu);
  return { ...(fase ? { fase: fase.naam } : {}), afgerond: projectAfgerond(p.data.fasen, nu) };
}

/** A wijk's conversations: those in its file plus the occasions of its actielijsten. */
export function wijkGesprekken(w: WijkEntry, acties: ActielijstEntry[]): WijkEntry['data']['gesprekken'] {
  return gesprekkenVanWijk(w.data.gesprekken, acties, w.id);
}

export function wijkCadans(w: WijkEntry, acties: ActielijstEntry[], nu: Date): Cadans {
  return cadans(wijkGesprekken(w, acties), nu);
}

/** The points of a wijk in their current state, newest status change first. */
export function puntenVanWijk(acties: ActielijstEntry[], wijk: string): ActueelPunt[] {
  return actuelePunten(acties.filter((l) => l.data.wijk === wijk));
}

/**
 * The points on a street that are open, or were closed (klaar/niet) within `maanden` months
 * before `nu`; newest status change first.
 */
export function puntenVanStraat(acties: ActielijstEntry[], straat: string, nu: Date, maanden = 12): ActueelPunt[] {
  const grens = new Date(nu.getTime());
  grens.setUTCMonth(grens.getUTCMonth() - maanden);
  return actuelePunten(acties).filter(
    (p) => p.straat === straat && (openStatussen.includes(p.status) || p.sinds.getTime() >= grens.getTime()),
  );
}

export function vindWijk(wijken: WijkEntry[], id: string): WijkEntry {
  const w = wijken.find((x) => x.id === id);
  if (!w) throw new Error(`Wijk "${id}" bestaat niet`);
  return w;
}

export function vindProject(projecten: ProjectEntry[], id: string): ProjectEntry {
  const p = projecten.find((x) => x.id === id);
  if (!p) throw new Error(`Project "${id}" bestaat niet`);
  return p;
}

/** /nieuws/ shows the stream in static pages of this many items. */
export const NIEUWS_PER_PAGINA = 20;

/** Site path of news page `n` (1-based): "/nieuws/", "/nieuws/2/", … */
export const nieuwsPaginaPad = (n: number): string => (n === 1 ? '/nieuws/' : `/nieuws/${n}/`);

/** The site paths of all news pages for a stream of `aantal` items (at least the first page). */
export function nieuwsPaginaPaden(aantal: number): string[] {
  const paginas = Math.max(1, Math.ceil(aantal / NIEUWS_PER_PAGINA));
  return Array.from({ length: paginas }, (_, i) => nieuwsPaginaPad(i + 1));
}
