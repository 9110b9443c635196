/**
 * The street index (content/straten.json) and the CBS wijk and buurt boundaries
 * (content/wijkgrenzen.json): their schemas, and the pure helpers to name, find and place streets.
 *
 * Both files are written by the importers (scripts/import-straten.ts, scripts/import-wijken.ts)
 * from PDOK, or hold sample data (`bron: 'voorbeeld'`) until someone runs them with network.
 * Coordinates are WGS84 [lengtegraad, breedtegraad] (GeoJSON, RFC 7946).
 *
 * Pure: no I/O. Which wijk slugs exist is passed in (see `controleerStraten`).
 */
import { z } from 'zod';
import { slugSchema } from './schemas.ts';

/** Where a street entry comes from: the PDOK Locatieserver, or invented sample data. */
export const straatBronnen = ['pdok', 'voorbeeld'] as const;
export type StraatBron = (typeof straatBronnen)[number];
/**
 * Where a boundary comes from: CBS's wijk- en buurtkaart (via PDOK), drawn by hand for a wijk
 * that has no CBS unit (`eigen` in content/wijkgrenzen.json), or invented sample data.
 */
export const grensBronnen = ['cbs', 'handmatig', 'voorbeeld'] as const;
export type GrensBron = (typeof grensBronnen)[number];

// ---------------------------------------------------------------- names and search terms

// In their own zod-free module, so the street suggestions in the browser do not load zod.
import { straatSlug } from './straatnaam.ts';
export { normaliseer, straatSlug } from './straatnaam.ts';

// ---------------------------------------------------------------- geometry

/** A rough box around Voorschoten, so swapped or RD coordinates are refused. */
const lonLat = z
  .tuple([z.number(), z.number()])
  .refine(([lon, lat]) => lon > 4.3 && lon < 4.6 && lat > 52.05 && lat < 52.2, {
    error:
      'Coördinaat ligt niet bij Voorschoten. Schrijf [lengtegraad, breedtegraad] in WGS84, bijvoorbeeld [4.44, 52.13].',
  });
export type Positie = [number, number];

const lijn = z.array(lonLat).min(2, 'Een lijn heeft minstens twee punten.');
/** The geometry of a street: a line or several (GeoJSON). */
export const lijnGeometrieSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('LineString'), coordinates: lijn }),
  z.strictObject({ type: z.literal('MultiLineString'), coordinates: z.array(lijn).min(1) }),
]);
export type LijnGeometrie = z.infer<typeof lijnGeometrieSchema>;

const ring = z
  .array(lonLat)
  .min(4, 'Een ring heeft minstens vier punten (de eerste herhaald aan het eind).')
  .refine((r) => r.length === 0 || (r[0]![0] === r.at(-1)![0] && r[0]![1] === r.at(-1)![1]), {
    error: 'Een ring moet eindigen in zijn beginpunt.',
  });
const polygoon = z.array(ring).min(1);
/** The geometry of an area: a polygon (outer ring, then holes) or several (GeoJSON). */
export const vlakGeometrieSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Polygon'), coordinates: polygoon }),
  z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(polygoon).min(1) }),
]);
export type VlakGeometrie = z.infer<typeof vlakGeometrieSchema>;

/** Ray casting; a point exactly on an edge may fall either way (consistently for shared edges). */
function inRing([x, y]: Positie, r: readonly Positie[]): boolean {
  let binnen = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i]!;
    const [xj, yj] = r[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) binnen = !binnen;
  }
  return binnen;
}

/** Whether a point lies inside a polygon or multipolygon (inside the outer ring, not in a hole). */
export function puntInVlak(punt: Positie, vlak: VlakGeometrie): boolean {
  const polygonen = vlak.type === 'Polygon' ? [vlak.coordinates] : vlak.coordinates;
  return polygonen.some(
    ([buiten, ...gaten]) => buiten !== undefined && inRing(punt, buiten) && !gaten.some((gat) => inRing(punt, gat)),
  );
}

// ---------------------------------------------------------------- street index

/** "2251AB" (PC6, where known) or "2251" (PC4), no space. */
export const postcodeSchema = z
  .string()
  .regex(/^[1-9]\d{3}(?:[A-Z]{2})?$/, 'Schrijf een postcode als "2251AB" (PC6) of "2251" (PC4), zonder spatie.');

export const straatSchema = z
  .strictObject({
    naam: z.string().min(1),
    slug: slugSchema,
    /** Slug of one of the wijken in content/wijken/ (checked by `controleerStraten`). */
    wijk: slugSchema,
    /** PC6 where known, else PC4; sorted, no duplicates. Empty for a street without addresses. */
    postcodes: z.array(postcodeSchema),
    geometrie: lijnGeometrieSchema.optional(),
    bron: z.enum(straatBronnen),
  })
  .superRefine((straat, ctx) => {
    const verwacht = straatSlug(straat.naam);
    if (straat.slug !== verwacht && !straat.slug.startsWith(`${verwacht}-`)) {
      ctx.addIssue({ code: 'custom', path: ['slug'], message: `De slug van "${straat.naam}" is "${verwacht}".` });
    }
    const pc = straat.postcodes;
    if (pc.some((p, i) => i > 0 && p <= pc[i - 1]!)) {
      ctx.addIssue({ code: 'custom', path: ['postcodes'], message: 'Zet de postcodes op volgorde, elk één keer.' });
    }
    if (new Set(pc.map((p) => p.length)).size > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['postcodes'],
        message:
          'Geef alleen PC6-postcodes ("2251AB") als die bekend zijn, anders alleen PC4 ("2251"); niet door elkaar.',
      });
    }
  });
export type Straat = z.infer<typeof straatSchema>;

/** content/straten.json: every street, sorted by slug. */
export const stratenSchema = z.array(straatSchema);

/** Index-wide rules the per-entry schema cannot see. Returns one message per problem. */
export function controleerStraten(straten: readonly Straat[], bekendeWijken: readonly string[]): string[] {
  const problemen: string[] = [];
  const wijken = new Set(bekendeWijken);
  straten.forEach((s, i) => {
    if (!wijken.has(s.wijk)) {
      problemen.push(
        `[${i}] ${s.naam}: wijk "${s.wijk}" bestaat niet. Bekende wijken: ${[...wijken].sort().join(', ')}`,
      );
    }
    const vorige = straten[i - 1];
    if (vorige && vorige.slug >= s.slug) {
      problemen.push(
        vorige.slug === s.slug
          ? `[${i}] ${s.naam}: slug "${s.slug}" komt twee keer voor.`
          : `[${i}] ${s.naam}: de straten staan niet op slug gesorteerd ("${vorige.slug}" staat voor "${s.slug}").`,
      );
    }
  });
  return problemen;
}

// ---------------------------------------------------------------- wijk and buurt boundaries

export const wijkcodeSchema = z.string().regex(/^WK\d{6}$/, 'Een CBS-wijkcode ziet eruit als "WK062600".');
export const buurtcodeSchema = z.string().regex(/^BU\d{8}$/, 'Een CBS-buurtcode ziet eruit als "BU06260001".');

/** One CBS wijk; `wijk` is our wijk slug when the CBS wijk is one of ours (absent otherwise). */
export const wijkgrensSchema = z.strictObject({
  wijkcode: wijkcodeSchema,
  wijknaam: z.string().min(1),
  wijk: slugSchema.optional(),
  geometrie: vlakGeometrieSchema,
  bron: z.enum(grensBronnen),
});
export type Wijkgrens = z.infer<typeof wijkgrensSchema>;

/** One CBS buurt; `wijk` is our wijk slug when the buurt is one of our wijken by name. */
export const buurtgrensSchema = z.strictObject({
  buurtcode: buurtcodeSchema,
  buurtnaam: z.string().min(1),
  wijkcode: wijkcodeSchema,
  wijk: slugSchema.optional(),
  geometrie: vlakGeometrieSchema,
  bron: z.enum(grensBronnen),
});
export type Buurtgrens = z.infer<typeof buurtgrensSchema>;

/**
 * A boundary for one of our wijken that has no CBS wijk or buurt (Leidseweg): drawn by hand
 * (bron "handmatig") or sample data. It takes precedence over the CBS areas it overlaps.
 */
export const eigenGrensSchema = z.strictObject({
  wijk: slugSchema,
  naam: z.string().min(1),
  geometrie: vlakGeometrieSchema,
  bron: z.enum(grensBronnen),
});
export type EigenGrens = z.infer<typeof eigenGrensSchema>;

/**
 * content/wijkgrenzen.json. `jaar` is the year of the CBS wijk- en buurtkaart (absent for samples).
 * Voorschoten has one CBS wijk (WK062600) and twelve CBS buurten; our wijken are buurten, so the
 * buurten carry the links. `eigen` holds boundaries of wijken without a CBS unit (absent = none).
 */
export const wijkgrenzenSchema = z.strictObject({
  jaar: z.number().int().min(2000).max(2100).optional(),
  wijken: z.array(wijkgrensSchema),
  buurten: z.array(buurtgrensSchema),
  eigen: z.array(eigenGrensSchema).optional(),
});
export type Wijkgrenzen = z.infer<typeof wijkgrenzenSchema>;

/** One area of content/wijkgrenzen.json, whatever its level: `code` is absent for an own boundary. */
export interface Grensvlak {
  code?: string;
  naam: string;
  wijk?: string | undefined;
  geometrie: VlakGeometrie;
  bron: GrensBron;
}

/**
 * Every area of the file, finest first: own boundaries, then CBS buurten, then CBS wijken. The
 * first area with a `wijk` that contains a point decides the point's wijk ({@link wijkVoorPunt}).
 */
export function grensvlakken(grenzen: Wijkgrenzen): Grensvlak[] {
  return [
    ...(grenzen.eigen ?? []).map((e) => ({ naam: e.naam, wijk: e.wijk, geometrie: e.geometrie, bron: e.bron })),
    ...grenzen.buurten.map((b) => ({
      code: b.buurtcode,
      naam: b.buurtnaam,
      wijk: b.wijk,
      geometrie: b.geometrie,
      bron: b.bron,
    })),
    ...grenzen.wijken.map((w) => ({
      code: w.wijkcode,
      naam: w.wijknaam,
      wijk: w.wijk,
      geometrie: w.geometrie,
      bron: w.bron,
    })),
  ];
}

/** File-wide rules: codes unique and sorted, our wijk slugs known. */
export function controleerWijkgrenzen(grenzen: Wijkgrenzen, bekendeWijken: readonly string[]): string[] {
  const problemen: string[] = [];
  const wijken = new Set(bekendeWijken);
  const lijsten = [
    ['wijken', grenzen.wijken.map((w) => ({ code: w.wijkcode, wijk: w.wijk }))],
    ['buurten', grenzen.buurten.map((b) => ({ code: b.buurtcode, wijk: b.wijk }))],
  ] as const;
  (grenzen.eigen ?? []).forEach((e, i) => {
    if (!wijken.has(e.wijk)) problemen.push(`eigen[${i}]: wijk "${e.wijk}" bestaat niet.`);
    if (grenzen.eigen?.findIndex((a) => a.wijk === e.wijk) !== i)
      problemen.push(`eigen[${i}]: wijk "${e.wijk}" heeft al een eigen grens.`);
  });
  for (const [lijst, items] of lijsten) {
    items.forEach(({ code, wijk }, i) => {
      if (wijk !== undefined && !wijken.has(wijk))
        problemen.push(`${lijst}[${i}] ${code}: wijk "${wijk}" bestaat niet.`);
      const vorige = items[i - 1];
      if (vorige && vorige.code >= code) problemen.push(`${lijst}[${i}] ${code}: codes dubbel of niet op volgorde.`);
    });
  }
  return problemen;
}

/**
 * Our wijk for a point: the own boundary that contains it, else the buurt that contains it, if that
 * buurt is linked to one of our wijken, else the CBS wijk that contains it, if linked. Undefined
 * when none is.
 */
export function wijkVoorPunt(punt: Positie, grenzen: Wijkgrenzen): string | undefined {
  return grensvlakken(grenzen).find((v) => v.wijk !== undefined && puntInVlak(punt, v.geometrie))?.wijk;
}
