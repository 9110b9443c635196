/**
 * `npm run import:wijken`: the wijk and buurt boundaries of Voorschoten (gemeentecode GM0626)
 * from CBS's wijk- en buurtkaart, through the PDOK OGC API Features, into content/wijkgrenzen.json.
 *
 *   GET {PDOK_OGC_BASIS}/cbs/wijken-en-buurten-{CBS_JAAR}/ogc/v1/collections/{wijken|buurten}/items
 *       ?gemeentecode=GM0626&f=json&limit=1000          (then every `links` rel="next")
 *
 * A CBS wijk or buurt whose name is one of our 11 wijken (same slug, e.g. "Noord-Hofland" →
 * noord-hofland) gets that slug in `wijk`; so does one listed in `handmatigeKoppeling` below.
 * Everything else is written without `wijk` and reported: nothing is guessed.
 *
 * Voorschoten has one CBS wijk (WK062600) and twelve CBS buurten; ten buurten carry the name of
 * one of our wijken and link by name. Not linked, on purpose: the wijk WK062600 (all of
 * Voorschoten), and the buurten Bloemenwijk (BU06260013) and Buitengebied (BU06260014), because
 * the policy note does not say to which of our wijken they belong; the coördinator decides and
 * fills in `handmatigeKoppeling`. Our wijk Leidseweg has no CBS unit at all: its boundary is drawn
 * by hand in `eigen` of content/wijkgrenzen.json (bron "handmatig"). The import keeps those
 * hand-drawn boundaries, drops sample ones (bron "voorbeeld") and names every wijk left without a
 * boundary.
 *
 * Coordinates are rounded to 6 decimals (≈ 0.1 m) and simplified (Douglas–Peucker, 1 m by
 * default), keys come in a fixed order and lists are sorted by code, so a re-import gives a small
 * diff. The file is written only when everything was fetched and validated.
 *
 * Environment: PDOK_OGC_BASIS (default https://api.pdok.nl), CBS_JAAR (default 2025),
 * WIJKGRENZEN_VEREENVOUDIG_M (default 1; 0 keeps every vertex).
 *
 * The helpers for fetching and writing are shared with scripts/import-straten.ts.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import {
  controleerWijkgrenzen,
  straatSlug,
  wijkgrenzenSchema,
  type Buurtgrens,
  type EigenGrens,
  type Positie,
  type VlakGeometrie,
  type Wijkgrens,
  type Wijkgrenzen,
} from '../src/domain/straat.ts';

export const inhoudMap = resolve(import.meta.dirname, '../content');
export const gemeentecode = 'GM0626';

/**
 * CBS code → our wijk slug, for CBS areas whose name is not the name of our wijk. Fill this in
 * when `npm run import:wijken` reports an area that belongs to one of our wijken; then run it again.
 * Open decisions for the coördinator: BU06260013 Bloemenwijk and BU06260014 Buitengebied.
 */
export const handmatigeKoppeling: Readonly<Record<string, string>> = {};

// ---------------------------------------------------------------- shared helpers

/** A failure with a message meant for the person running the import. */
export class ImportFout extends Error {
  override name = 'ImportFout';
}

/** GET a URL and parse its JSON; every failure becomes an ImportFout naming the URL. */
export async function haalJson(url: string, accept = 'application/json'): Promise<unknown> {
  let antwoord: Response;
  try {
    antwoord = await fetch(url, { headers: { accept }, signal: AbortSignal.timeout(120_000) });
  } catch (fout) {
    const reden =
      fout instanceof Error ? (fout.cause instanceof Error ? fout.cause.message : fout.message) : String(fout);
    throw new ImportFout(`Kan ${url} niet bereiken (${reden}). De import heeft internet nodig.`);
  }
  const tekst = await antwoord.text();
  if (!antwoord.ok) {
    const begin = tekst.replace(/\s+/g, ' ').trim().slice(0, 200);
    throw new ImportFout(
      `${url} antwoordde HTTP ${antwoord.status}${antwoord.statusText ? ` ${antwoord.statusText}` : ''}${begin ? `: ${begin}` : ''}`,
    );
  }
  try {
    return JSON.parse(tekst) as unknown;
  } catch {
    throw new ImportFout(`${url} gaf geen JSON terug (begint met: ${tekst.slice(0, 80)}).`);
  }
}

/** Parse an external answer with a zod schema; a mismatch names the URL and the fields. */
export function leesAntwoord<S extends z.ZodType>(schema: S, data: unknown, url: string): z.output<S> {
  const r = schema.safeParse(data);
  if (!r.success) throw new ImportFout(`Onverwacht antwoord van ${url}:\n${z.prettifyError(r.error)}`);
  return r.data;
}

/** Round to 6 decimals (≈ 0.1 m in Voorschoten). */
export const rond = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * JSON with 2-space indentation where arrays of plain values (a coordinate pair, a list of
 * postcodes) stay on one line: one vertex per line keeps diffs small. Keys in insertion order,
 * undefined values left out.
 */
export function alsJson(waarde: unknown, inspringing = ''): string {
  const binnen = `${inspringing}  `;
  if (Array.isArray(waarde)) {
    const items = waarde as unknown[];
    if (items.every((v) => v === null || typeof v !== 'object'))
      return `[${items.map((v) => JSON.stringify(v)).join(', ')}]`;
    return `[\n${items.map((v) => binnen + alsJson(v, binnen)).join(',\n')}\n${inspringing}]`;
  }
  if (waarde !== null && typeof waarde === 'object') {
    const paren = Object.entries(waarde).filter(([, v]) => v !== undefined);
    if (paren.length === 0) return '{}';
    return `{\n${paren.map(([k, v]) => `${binnen}${JSON.stringify(k)}: ${alsJson(v, binnen)}`).join(',\n')}\n${inspringing}}`;
  }
  return JSON.stringify(waarde);
}

/** Write a file in one go: a temporary file renamed over the target, so it is never half written. */
export function schrijfAtomisch(bestand: string, tekst: string): void {
  mkdirSync(dirname(bestand), { recursive: true });
  const tijdelijk = `${bestand}.${process.pid}.tmp`;
  try {
    writeFileSync(tijdelijk, tekst);
    renameSync(tijdelijk, bestand);
  } finally {
    rmSync(tijdelijk, { force: true });
  }
}

/** The wijk slugs we have: the file names in content/wijken/. */
export function bekendeWijken(map = inhoudMap): string[] {
  return readdirSync(join(map, 'wijken'))
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => n.replace(/\.mdx$/, ''))
    .sort();
}

// ---------------------------------------------------------------- geometry

/** Perpendicular distance in metres from p to segment a–b (local flat approximation). */
function afstandTotLijnstuk(p: Positie, a: Positie, b: Positie): number {
  const mPerGraadLat = 111_320;
  const mPerGraadLon = mPerGraadLat * Math.cos((a[1] * Math.PI) / 180);
  const [px, py] = [(p[0] - a[0]) * mPerGraadLon, (p[1] - a[1]) * mPerGraadLat];
  const [bx, by] = [(b[0] - a[0]) * mPerGraadLon, (b[1] - a[1]) * mPerGraadLat];
  const lengte2 = bx * bx + by * by;
  const t = lengte2 === 0 ? 0 : Math.max(0, Math.min(1, (px * bx + py * by) / lengte2));
  return Math.hypot(px - t * bx, py - t * by);
}

/** Douglas–Peucker: drop vertices closer than `meter` to the simplified line. Keeps both ends. */
export function vereenvoudig(punten: readonly Positie[], meter: number): Positie[] {
  if (meter <= 0 || punten.length <= 2) return [...punten];
  const houden = new Array<boolean>(punten.length).fill(false);
  houden[0] = houden[punten.length - 1] = true;
  const stapel: [number, number][] = [[0, punten.length - 1]];
  while (stapel.length > 0) {
    const [van, tot] = stapel.pop()!;
    let verste = -1;
    let grootste = meter;
    for (let i = van + 1; i < tot; i++) {
      const d = afstandTotLijnstuk(punten[i]!, punten[van]!, punten[tot]!);
      if (d > grootste) [verste, grootste] = [i, d];
    }
    if (verste >= 0) {
      houden[verste] = true;
      stapel.push([van, verste], [verste, tot]);
    }
  }
  return punten.filter((_, i) => houden[i]);
}

const positieIn = z.tuple([z.number(), z.number()]).rest(z.number());
const ringIn = z.array(positieIn);
const vlakIn = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ringIn) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ringIn)) }),
]);

/** Round, drop repeated vertices, simplify; rings that collapse keep their rounded vertices. */
function netteRing(ring: z.infer<typeof ringIn>, meter: number): Positie[] {
  const afgerond: Positie[] = [];
  for (const [lon, lat] of ring) {
    const p: Positie = [rond(lon), rond(lat)];
    const vorige = afgerond.at(-1);
    if (vorige?.[0] !== p[0] || vorige[1] !== p[1]) afgerond.push(p);
  }
  const eenvoudig = vereenvoudig(afgerond, meter);
  return eenvoudig.length >= 4 ? eenvoudig : afgerond;
}

export function netteVlakGeometrie(geometrie: z.infer<typeof vlakIn>, meter: number): VlakGeometrie {
  const polygoon = (ringen: z.infer<typeof ringIn>[]) => ringen.map((r) => netteRing(r, meter));
  return geometrie.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygoon(geometrie.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometrie.coordinates.map(polygoon) };
}

// ---------------------------------------------------------------- OGC API Features

const featureCollectieSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({ properties: z.record(z.string(), z.unknown()).nullable(), geometry: z.unknown() })),
  numberMatched: z.number().int().optional(),
  links: z.array(z.object({ rel: z.string(), href: z.string() })).optional(),
});
type FeatureCollectie = z.infer<typeof featureCollectieSchema>;
type Feature = FeatureCollectie['features'][number];

/** Every feature of a collection, following `links` rel="next" until there is none. */
export async function haalAlleFeatures(eersteUrl: string): Promise<Feature[]> {
  const features: Feature[] = [];
  const gezien = new Set<string>();
  let numberMatched: number | undefined;
  let url: string | undefined = eersteUrl;
  while (url !== undefined) {
    if (gezien.has(url)) throw new ImportFout(`De volgende pagina verwijst terug naar ${url}; gestopt.`);
    gezien.add(url);
    const pagina: FeatureCollectie = leesAntwoord(
      featureCollectieSchema,
      await haalJson(url, 'application/geo+json'),
      url,
    );
    features.push(...pagina.features);
    numberMatched ??= pagina.numberMatched;
    const volgende = pagina.links?.find((l) => l.rel === 'next');
    url = volgende ? new URL(volgende.href, url).href : undefined;
  }
  if (numberMatched !== undefined && features.length !== numberMatched) {
    throw new ImportFout(
      `${eersteUrl}: ${features.length} objecten opgehaald, maar numberMatched is ${numberMatched}.`,
    );
  }
  return features;
}

const tekstVeld = (props: Record<string, unknown> | null, ...namen: string[]): string | undefined => {
  for (const naam of namen) {
    const v = props?.[naam];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
  }
  return undefined;
};

// ---------------------------------------------------------------- the import

export interface WijkenOpties {
  /** Host of the PDOK OGC APIs, e.g. https://api.pdok.nl. */
  basis: string;
  /** Year of the CBS wijk- en buurtkaart. */
  jaar: number;
  /** The file to write. */
  uitvoer: string;
  /** Our wijk slugs (default: the files in content/wijken/). */
  wijken?: readonly string[];
  /** CBS code → our wijk slug, on top of matching by name (default: `handmatigeKoppeling`). */
  koppeling?: Readonly<Record<string, string>>;
  /** Simplification tolerance in metres; 0 keeps every vertex. */
  vereenvoudigMeter?: number;
  log?: (regel: string) => void;
  waarschuw?: (regel: string) => void;
}

export interface NietGekoppeld {
  soort: 'wijk' | 'buurt';
  code: string;
  naam: string;
}

export interface WijkenVerslag {
  bestand: string;
  wijken: number;
  buurten: number;
  /** CBS code → our wijk slug. */
  gekoppeld: Record<string, string>;
  /** CBS areas that are none of our wijken. */
  nietGekoppeld: NietGekoppeld[];
  /** Our wijken with a hand-drawn boundary kept from the existing file (`eigen`, bron "handmatig"). */
  eigen: string[];
  /** Our wijken that no CBS wijk or buurt was linked to and that have no hand-drawn boundary. */
  zonderGrens: string[];
}

export function optiesUitOmgeving(env: NodeJS.ProcessEnv = process.env): WijkenOpties {
  const jaar = Number(env['CBS_JAAR'] ?? 2025);
  if (!Number.isInteger(jaar) || jaar < 2000 || jaar > 2100) {
    throw new ImportFout(`CBS_JAAR moet een jaartal zijn, niet "${env['CBS_JAAR'] ?? ''}".`);
  }
  const meter = Number(env['WIJKGRENZEN_VEREENVOUDIG_M'] ?? 1);
  if (!Number.isFinite(meter) || meter < 0) throw new ImportFout('WIJKGRENZEN_VEREENVOUDIG_M moet 0 of meer zijn.');
  return {
    basis: (env['PDOK_OGC_BASIS'] ?? 'https://api.pdok.nl').replace(/\/+$/, ''),
    jaar,
    uitvoer: join(inhoudMap, 'wijkgrenzen.json'),
    vereenvoudigMeter: meter,
  };
}

/** Our wijk slug for a CBS name: "Noord Hofland", "Noord-Hofland", "Wijk 03 Noord Hofland" → noord-hofland. */
export function wijkVoorNaam(naam: string, wijken: ReadonlySet<string>): string | undefined {
  const slug = straatSlug(naam);
  const zonderNummer = slug.replace(/^(?:wijk|buurt)-\d+-/, '');
  return [slug, zonderNummer].find((s) => wijken.has(s));
}

/**
 * The hand-drawn boundaries (`eigen`, bron "handmatig") of the file the import will replace, and
 * the wijken whose sample boundaries (bron "voorbeeld") are left out. No file: none. A file that
 * cannot be read is an ImportFout: overwriting it could lose hand-drawn work.
 */
export function bestaandeEigenGrenzen(bestand: string): { eigen: EigenGrens[]; weggelaten: string[] } {
  if (!existsSync(bestand)) return { eigen: [], weggelaten: [] };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(bestand, 'utf8'));
  } catch (fout) {
    throw new ImportFout(
      `Kan ${bestand} niet lezen (${fout instanceof Error ? fout.message : String(fout)}). Daarin kunnen met de hand getekende grenzen staan; herstel of verwijder het bestand.`,
    );
  }
  const r = wijkgrenzenSchema.safeParse(data);
  if (!r.success) {
    throw new ImportFout(
      `${bestand} klopt niet met het schema, dus de met de hand getekende grenzen ("eigen") kunnen niet worden overgenomen. Herstel of verwijder het bestand:\n${z.prettifyError(r.error)}`,
    );
  }
  const alle = r.data.eigen ?? [];
  return {
    eigen: alle.filter((e) => e.bron === 'handmatig'),
    weggelaten: alle.filter((e) => e.bron !== 'handmatig').map((e) => e.wijk),
  };
}

export async function importeerWijken(opties: WijkenOpties): Promise<WijkenVerslag> {
  const log = opties.log ?? console.log;
  const waarschuw = opties.waarschuw ?? console.warn;
  const wijken = new Set(opties.wijken ?? bekendeWijken());
  const koppeling = opties.koppeling ?? handmatigeKoppeling;
  const meter = opties.vereenvoudigMeter ?? 1;
  for (const [code, wijk] of Object.entries(koppeling)) {
    if (!wijken.has(wijk)) throw new ImportFout(`De koppeling ${code} → "${wijk}" noemt een wijk die niet bestaat.`);
  }

  const api = `${opties.basis}/cbs/wijken-en-buurten-${opties.jaar}/ogc/v1`;
  const items = (collectie: string) =>
    `${api}/collections/${collectie}/items?gemeentecode=${gemeentecode}&f=json&limit=1000`;
  let ruweWijken: Feature[];
  let ruweBuurten: Feature[];
  try {
    ruweWijken = await haalAlleFeatures(items('wijken'));
    ruweBuurten = await haalAlleFeatures(items('buurten'));
  } catch (fout) {
    if (fout instanceof ImportFout && fout.message.includes(' HTTP 404')) {
      fout.message += `\nBestaat de wijk- en buurtkaart ${opties.jaar} bij PDOK? Kies een ander jaar met CBS_JAAR.`;
    }
    throw fout;
  }
  log(
    `CBS ${opties.jaar}: ${ruweWijken.length} wijken en ${ruweBuurten.length} buurten van ${gemeentecode} opgehaald.`,
  );

  const { eigen, weggelaten } = bestaandeEigenGrenzen(opties.uitvoer);

  const gekoppeld: Record<string, string> = {};
  const nietGekoppeld: NietGekoppeld[] = [];
  const koppel = (soort: 'wijk' | 'buurt', code: string, naam: string): string | undefined => {
    const wijk = koppeling[code] ?? wijkVoorNaam(naam, wijken);
    if (wijk) gekoppeld[code] = wijk;
    else nietGekoppeld.push({ soort, code, naam });
    return wijk;
  };
  const geometrie = (f: Feature, code: string) => {
    const g = vlakIn.safeParse(f.geometry);
    if (!g.success)
      throw new ImportFout(`${code} heeft geen Polygon- of MultiPolygon-geometrie in lengte-/breedtegraad.`);
    return netteVlakGeometrie(g.data, meter);
  };
  const verplicht = (f: Feature, soort: string, ...namen: string[]): string => {
    const v = tekstVeld(f.properties, ...namen);
    if (v === undefined)
      throw new ImportFout(`Een ${soort} zonder ${namen[0]!}: ${JSON.stringify(f.properties).slice(0, 200)}`);
    return v;
  };

  const wijkgrenzen: Wijkgrens[] = ruweWijken.map((f) => {
    const wijkcode = verplicht(f, 'CBS-wijk', 'wijkcode', 'statcode');
    const wijknaam = verplicht(f, 'CBS-wijk', 'wijknaam', 'statnaam');
    const wijk = koppel('wijk', wijkcode, wijknaam);
    return { wijkcode, wijknaam, wijk, geometrie: geometrie(f, wijkcode), bron: 'cbs' };
  });
  const buurtgrenzen: Buurtgrens[] = ruweBuurten.map((f) => {
    const buurtcode = verplicht(f, 'CBS-buurt', 'buurtcode', 'statcode');
    const buurtnaam = verplicht(f, 'CBS-buurt', 'buurtnaam', 'statnaam');
    const wijkcode = tekstVeld(f.properties, 'wijkcode') ?? `WK${buurtcode.slice(2, 8)}`;
    const wijk = koppel('buurt', buurtcode, buurtnaam);
    return { buurtcode, buurtnaam, wijkcode, wijk, geometrie: geometrie(f, buurtcode), bron: 'cbs' };
  });
  const opCode =
    <T>(sleutel: (t: T) => string) =>
    (a: T, b: T) =>
      sleutel(a) < sleutel(b) ? -1 : 1;
  const bestand: Wijkgrenzen = {
    jaar: opties.jaar,
    wijken: wijkgrenzen.sort(opCode((w) => w.wijkcode)),
    buurten: buurtgrenzen.sort(opCode((b) => b.buurtcode)),
    ...(eigen.length > 0 ? { eigen } : {}),
  };

  const r = wijkgrenzenSchema.safeParse(bestand);
  if (!r.success) throw new ImportFout(`Het resultaat klopt niet met het schema:\n${z.prettifyError(r.error)}`);
  const problemen = controleerWijkgrenzen(r.data, [...wijken]);
  if (problemen.length > 0) throw new ImportFout(`Het resultaat klopt niet:\n${problemen.join('\n')}`);

  // Fixed key order, whatever order the schema returns them in.
  const uit = {
    jaar: r.data.jaar,
    wijken: r.data.wijken.map((w) => ({
      wijkcode: w.wijkcode,
      wijknaam: w.wijknaam,
      wijk: w.wijk,
      geometrie: w.geometrie,
      bron: w.bron,
    })),
    buurten: r.data.buurten.map((b) => ({
      buurtcode: b.buurtcode,
      buurtnaam: b.buurtnaam,
      wijkcode: b.wijkcode,
      wijk: b.wijk,
      geometrie: b.geometrie,
      bron: b.bron,
    })),
    eigen: r.data.eigen?.map((e) => ({ wijk: e.wijk, naam: e.naam, geometrie: e.geometrie, bron: e.bron })),
  };
  schrijfAtomisch(opties.uitvoer, `${alsJson(uit)}\n`);

  const metGrens = new Set([...Object.values(gekoppeld), ...eigen.map((e) => e.wijk)]);
  const zonderGrens = [...wijken].filter((w) => !metGrens.has(w));
  log(`Geschreven: ${opties.uitvoer} (${Object.keys(gekoppeld).length} gebieden gekoppeld aan onze wijken).`);
  if (nietGekoppeld.length > 0) {
    waarschuw(
      `Niet gekoppeld aan een van onze wijken (staan zonder "wijk" in het bestand):\n` +
        nietGekoppeld.map((n) => `  ${n.soort} ${n.code} "${n.naam}"`).join('\n') +
        `\nHoort zo'n gebied bij een van onze wijken? Zet de code in handmatigeKoppeling in scripts/import-wijken.ts.`,
    );
  }
  if (eigen.length > 0)
    log(`Met de hand getekende grenzen overgenomen (eigen): ${eigen.map((e) => e.wijk).join(', ')}.`);
  if (weggelaten.length > 0)
    waarschuw(
      `Voorbeeldgrenzen weggelaten (eigen, bron "voorbeeld"): ${weggelaten.join(', ')}. Die horen niet bij echte CBS-grenzen.`,
    );
  if (zonderGrens.length > 0) {
    waarschuw(
      `Onze wijken zonder grens: ${zonderGrens.join(', ')}.\n` +
        `Heeft zo'n wijk een CBS-gebied met een andere naam? Zet de code in handmatigeKoppeling in scripts/import-wijken.ts.\n` +
        `Heeft hij geen CBS-gebied (zoals Leidseweg)? Teken de grens met de hand onder "eigen" in ${opties.uitvoer} ` +
        `(bron "handmatig"); de import neemt die over. Zonder grens krijgen de straten van die wijk geen wijk.`,
    );
  }
  return {
    bestand: opties.uitvoer,
    wijken: wijkgrenzen.length,
    buurten: buurtgrenzen.length,
    gekoppeld,
    nietGekoppeld,
    eigen: eigen.map((e) => e.wijk),
    zonderGrens,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  try {
    await importeerWijken(optiesUitOmgeving());
  } catch (fout) {
    console.error(
      `import:wijken mislukt, er is niets geschreven.\n${fout instanceof Error ? fout.message : String(fout)}`,
    );
    process.exitCode = 1;
  }
}
