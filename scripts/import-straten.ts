/**
 * `npm run import:straten`: the streets and postcodes of Voorschoten (gemeentecode 0626) from the
 * PDOK Locatieserver v3.1, into content/straten.json.
 *
 *   GET {PDOK_LOCATIESERVER_BASIS}/free?fq=gemeentecode:0626&fq=type:weg&fl=…&start=…&rows=100
 *   GET {PDOK_LOCATIESERVER_BASIS}/free?fq=gemeentecode:0626&fq=type:postcode&fl=…&start=…&rows=100
 *       (paged with start/rows until response.numFound)
 *
 * Each street gets our wijk by a point-in-polygon of its centroid (centroide_ll) in the boundaries
 * of content/wijkgrenzen.json (run `npm run import:wijken` first); without a centroid, or outside
 * every linked boundary, the wijk most of its postcodes' centroids lie in. Postcodes (PC6) are
 * merged per street. A street that gets no wijk stops the import with a list, unless
 * `--zonder-wijk-overslaan` is given (then it is left out and reported). The file is written
 * only when everything was fetched and validated.
 *
 * Environment: PDOK_LOCATIESERVER_BASIS (default https://api.pdok.nl/bzk/locatieserver/search/v3_1).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import {
  controleerStraten,
  grensvlakken,
  normaliseer,
  straatSlug,
  stratenSchema,
  wijkgrenzenSchema,
  wijkVoorPunt,
  type LijnGeometrie,
  type Positie,
  type Straat,
  type Wijkgrenzen,
} from '../src/domain/straat.ts';
import {
  alsJson,
  bekendeWijken,
  haalJson,
  ImportFout,
  inhoudMap,
  leesAntwoord,
  rond,
  schrijfAtomisch,
} from './import-wijken.ts';

export const gemeentecode = '0626';
/** The Locatieserver returns at most 100 documents per request. */
const rijenPerPagina = 100;

// ---------------------------------------------------------------- WKT

const getal = String.raw`-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?`;

function leesPosities(tekst: string): Positie[] {
  return tekst.split(',').map((paar) => {
    const [lon, lat] = paar.trim().split(/\s+/).map(Number);
    if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      throw new ImportFout(`Onleesbare coördinaat in WKT: "${paar}"`);
    }
    return [rond(lon), rond(lat)];
  });
}

/** "POINT(4.43 52.13)" → [4.43, 52.13]; anything else → undefined. */
export function wktPunt(wkt: string | undefined): Positie | undefined {
  const m = new RegExp(String.raw`^\s*POINT\s*\(\s*(${getal})\s+(${getal})\s*\)\s*$`, 'i').exec(wkt ?? '');
  return m ? [rond(Number(m[1])), rond(Number(m[2]))] : undefined;
}

/** "LINESTRING(…)" or "MULTILINESTRING((…),(…))" → GeoJSON, rounded; anything else → undefined. */
export function wktLijn(wkt: string | undefined): LijnGeometrie | undefined {
  const m = /^\s*(MULTILINESTRING|LINESTRING)\s*\((.*)\)\s*$/is.exec(wkt ?? '');
  if (!m) return undefined;
  const [, soort, binnen] = m;
  if (soort!.toUpperCase() === 'LINESTRING') return { type: 'LineString', coordinates: leesPosities(binnen!) };
  const delen = [...binnen!.matchAll(/\(([^()]*)\)/g)].map((d) => leesPosities(d[1]!));
  return delen.length === 1
    ? { type: 'LineString', coordinates: delen[0]! }
    : { type: 'MultiLineString', coordinates: delen };
}

// ---------------------------------------------------------------- Locatieserver

const docSchema = z.object({
  id: z.string().optional(),
  type: z.string(),
  straatnaam: z.string().optional(),
  postcode: z.union([z.string(), z.array(z.string())]).optional(),
  woonplaatsnaam: z.string().optional(),
  gemeentecode: z.string().optional(),
  centroide_ll: z.string().optional(),
  geometrie_ll: z.string().optional(),
});
type Doc = z.infer<typeof docSchema>;
const solrSchema = z.object({
  response: z.object({
    numFound: z.number().int().min(0),
    start: z.number().int().optional(),
    docs: z.array(docSchema),
  }),
});

/** Every document for the filters, paged with start/rows until response.numFound. */
export async function haalAlleDocs(basis: string, type: string, velden: readonly string[]): Promise<Doc[]> {
  const docs = new Map<string, Doc>();
  let start = 0;
  let numFound = Infinity;
  while (start < numFound) {
    const url = new URL(`${basis}/free`);
    url.searchParams.append('fq', `gemeentecode:${gemeentecode}`);
    url.searchParams.append('fq', `type:${type}`);
    url.searchParams.set('fl', velden.join(','));
    url.searchParams.set('start', String(start));
    url.searchParams.set('rows', String(rijenPerPagina));
    const { response } = leesAntwoord(solrSchema, await haalJson(url.href), url.href);
    numFound = response.numFound;
    if (response.docs.length === 0) break;
    response.docs.forEach((d, i) => docs.set(d.id ?? `${type}-${start + i}`, d));
    start += response.docs.length;
  }
  if (start < numFound) {
    throw new ImportFout(`De Locatieserver meldde ${numFound} documenten van type ${type}, maar gaf er ${start}.`);
  }
  return [...docs.values()];
}

// ---------------------------------------------------------------- the import

export interface StratenOpties {
  /** The Locatieserver, e.g. https://api.pdok.nl/bzk/locatieserver/search/v3_1. */
  basis: string;
  /** content/wijkgrenzen.json from `npm run import:wijken`. */
  wijkgrenzen: string;
  /** The file to write. */
  uitvoer: string;
  /** Our wijk slugs (default: the files in content/wijken/). */
  wijken?: readonly string[];
  /** Leave out (and report) streets that get no wijk, instead of stopping. */
  zonderWijkOverslaan?: boolean;
  log?: (regel: string) => void;
  waarschuw?: (regel: string) => void;
}

export interface StratenVerslag {
  bestand: string;
  straten: number;
  metGeometrie: number;
  /** Slug → number of streets. */
  perWijk: Record<string, number>;
  /** Streets left out because no wijk contains them (only with zonderWijkOverslaan). */
  zonderWijk: string[];
  /** Streets known only from postcode documents (no type:weg document). */
  alleenUitPostcodes: string[];
  /** Streets without any postcode (no addresses). */
  zonderPostcode: string[];
}

export function optiesUitOmgeving(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = []): StratenOpties {
  return {
    basis: (env['PDOK_LOCATIESERVER_BASIS'] ?? 'https://api.pdok.nl/bzk/locatieserver/search/v3_1').replace(/\/+$/, ''),
    wijkgrenzen: join(inhoudMap, 'wijkgrenzen.json'),
    uitvoer: join(inhoudMap, 'straten.json'),
    zonderWijkOverslaan: argv.includes('--zonder-wijk-overslaan'),
  };
}

function leesWijkgrenzen(bestand: string): Wijkgrenzen {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(bestand, 'utf8'));
  } catch (fout) {
    throw new ImportFout(
      `Kan ${bestand} niet lezen (${fout instanceof Error ? fout.message : String(fout)}). Draai eerst npm run import:wijken.`,
    );
  }
  const r = wijkgrenzenSchema.safeParse(data);
  if (!r.success) throw new ImportFout(`${bestand} klopt niet met het schema:\n${z.prettifyError(r.error)}`);
  const vlakken = grensvlakken(r.data);
  if (vlakken.some((v) => v.bron === 'voorbeeld')) {
    throw new ImportFout(`${bestand} bevat voorbeeldgrenzen (bron: voorbeeld). Draai eerst npm run import:wijken.`);
  }
  if (!vlakken.some((v) => v.wijk !== undefined)) {
    throw new ImportFout(
      `${bestand} koppelt geen enkel CBS-gebied aan een van onze wijken; zie handmatigeKoppeling in scripts/import-wijken.ts.`,
    );
  }
  return r.data;
}

interface Verzameld {
  naam: string;
  woonplaats: string;
  centroide?: Positie | undefined;
  lijnen: Positie[][];
  postcodes: Set<string>;
  postcodePunten: Positie[];
  uitWeg: boolean;
}

export async function importeerStraten(opties: StratenOpties): Promise<StratenVerslag> {
  const log = opties.log ?? console.log;
  const waarschuw = opties.waarschuw ?? console.warn;
  const wijken = opties.wijken ?? bekendeWijken();
  const grenzen = leesWijkgrenzen(opties.wijkgrenzen);

  const velden = ['id', 'type', 'straatnaam', 'postcode', 'woonplaatsnaam', 'gemeentecode', 'centroide_ll'];
  const wegen = await haalAlleDocs(opties.basis, 'weg', [...velden, 'geometrie_ll']);
  const postcodes = await haalAlleDocs(opties.basis, 'postcode', velden);
  log(`Locatieserver: ${wegen.length} wegen en ${postcodes.length} postcodes in gemeente ${gemeentecode}.`);
  if (wegen.length === 0)
    throw new ImportFout(`De Locatieserver gaf geen enkele weg voor gemeentecode ${gemeentecode}.`);

  const straten = new Map<string, Verzameld>();
  const vreemd: string[] = [];
  const verzamel = (d: Doc): Verzameld | undefined => {
    const naam = d.straatnaam?.trim();
    if (!naam || (d.gemeentecode !== undefined && d.gemeentecode !== gemeentecode)) {
      vreemd.push(
        `${d.type} ${d.id ?? '?'}${naam ? ` (${naam}, gemeente ${d.gemeentecode ?? '?'})` : ' zonder straatnaam'}`,
      );
      return undefined;
    }
    const woonplaats = d.woonplaatsnaam?.trim() ?? '';
    const sleutel = `${woonplaats}|${naam}`;
    let s = straten.get(sleutel);
    if (!s) {
      s = { naam, woonplaats, lijnen: [], postcodes: new Set(), postcodePunten: [], uitWeg: false };
      straten.set(sleutel, s);
    }
    for (const pc of [d.postcode ?? []].flat()) {
      const p = normaliseer(pc);
      if (/^[1-9]\d{3}(?:[A-Z]{2})?$/.test(p)) s.postcodes.add(p);
      else vreemd.push(`${d.type} ${d.id ?? '?'}: postcode "${pc}"`);
    }
    return s;
  };
  for (const d of wegen) {
    const s = verzamel(d);
    if (!s) continue;
    s.uitWeg = true;
    s.centroide ??= wktPunt(d.centroide_ll);
    const lijn = wktLijn(d.geometrie_ll);
    if (lijn) s.lijnen.push(...(lijn.type === 'LineString' ? [lijn.coordinates] : lijn.coordinates));
  }
  for (const d of postcodes) {
    const s = verzamel(d);
    const punt = wktPunt(d.centroide_ll);
    if (s && punt) s.postcodePunten.push(punt);
  }
  if (vreemd.length > 0) waarschuw(`Overgeslagen documenten of waarden:\n  ${vreemd.join('\n  ')}`);

  // A slug shared by streets in different woonplaatsen gets the woonplaats appended.
  const perSlug = new Map<string, number>();
  for (const s of straten.values()) perSlug.set(straatSlug(s.naam), (perSlug.get(straatSlug(s.naam)) ?? 0) + 1);

  const resultaat: Straat[] = [];
  const zonderWijk: string[] = [];
  const alleenUitPostcodes: string[] = [];
  const zonderPostcode: string[] = [];
  for (const s of straten.values()) {
    const basisSlug = straatSlug(s.naam);
    const slug = perSlug.get(basisSlug)! > 1 && s.woonplaats ? `${basisSlug}-${straatSlug(s.woonplaats)}` : basisSlug;
    const label = s.woonplaats ? `${s.naam} (${s.woonplaats})` : s.naam;
    const wijk = (s.centroide && wijkVoorPunt(s.centroide, grenzen)) ?? meesteStemmen(s.postcodePunten, grenzen);
    if (!wijk) {
      zonderWijk.push(label);
      continue;
    }
    if (!s.uitWeg) alleenUitPostcodes.push(label);
    const pc6 = [...s.postcodes].filter((p) => p.length === 6);
    const pcs = (pc6.length > 0 ? pc6 : [...s.postcodes]).sort();
    if (pcs.length === 0) zonderPostcode.push(label);
    const geometrie: LijnGeometrie | undefined =
      s.lijnen.length === 0
        ? undefined
        : s.lijnen.length === 1
          ? { type: 'LineString', coordinates: s.lijnen[0]! }
          : { type: 'MultiLineString', coordinates: s.lijnen };
    resultaat.push({ naam: s.naam, slug, wijk, postcodes: pcs, geometrie, bron: 'pdok' });
  }

  if (zonderWijk.length > 0) {
    const lijst = `${zonderWijk.length} straten liggen in geen enkele gekoppelde wijk- of buurtgrens:\n  ${zonderWijk.sort().join('\n  ')}`;
    if (!opties.zonderWijkOverslaan) {
      throw new ImportFout(
        `${lijst}\nKoppel de CBS-gebieden waarin ze liggen in handmatigeKoppeling (scripts/import-wijken.ts) en draai ` +
          `npm run import:wijken opnieuw, of laat ze weg met --zonder-wijk-overslaan.`,
      );
    }
    waarschuw(`${lijst}\nWeggelaten (--zonder-wijk-overslaan).`);
  }

  resultaat.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const r = stratenSchema.safeParse(resultaat);
  if (!r.success) throw new ImportFout(`Het resultaat klopt niet met het schema:\n${z.prettifyError(r.error)}`);
  const problemen = controleerStraten(r.data, wijken);
  if (problemen.length > 0) throw new ImportFout(`Het resultaat klopt niet:\n${problemen.join('\n')}`);

  const uit = r.data.map((s) => ({
    naam: s.naam,
    slug: s.slug,
    wijk: s.wijk,
    postcodes: s.postcodes,
    geometrie: s.geometrie,
    bron: s.bron,
  }));
  schrijfAtomisch(opties.uitvoer, `${alsJson(uit)}\n`);

  const perWijk: Record<string, number> = Object.fromEntries(wijken.map((w) => [w, 0]));
  for (const s of r.data) perWijk[s.wijk] = (perWijk[s.wijk] ?? 0) + 1;
  log(`Geschreven: ${opties.uitvoer} (${r.data.length} straten).`);
  const leeg = Object.entries(perWijk).filter(([, n]) => n === 0);
  if (leeg.length > 0) waarschuw(`Wijken zonder straten: ${leeg.map(([w]) => w).join(', ')}`);
  if (alleenUitPostcodes.length > 0)
    waarschuw(`Alleen uit postcodes bekend (geen weg): ${alleenUitPostcodes.join(', ')}`);
  return {
    bestand: opties.uitvoer,
    straten: r.data.length,
    metGeometrie: r.data.filter((s) => s.geometrie).length,
    perWijk,
    zonderWijk,
    alleenUitPostcodes,
    zonderPostcode,
  };
}

/** The wijk most of the points lie in (ties: the first alphabetically); undefined if none. */
function meesteStemmen(punten: readonly Positie[], grenzen: Wijkgrenzen): string | undefined {
  const stemmen = new Map<string, number>();
  for (const p of punten) {
    const wijk = wijkVoorPunt(p, grenzen);
    if (wijk) stemmen.set(wijk, (stemmen.get(wijk) ?? 0) + 1);
  }
  return [...stemmen].sort(([a, n], [b, m]) => m - n || (a < b ? -1 : 1))[0]?.[0];
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  try {
    await importeerStraten(optiesUitOmgeving(process.env, process.argv.slice(2)));
  } catch (fout) {
    console.error(
      `import:straten mislukt, er is niets geschreven.\n${fout instanceof Error ? fout.message : String(fout)}`,
    );
    process.exitCode = 1;
  }
}
