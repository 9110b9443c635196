/**
 * What a map shows, built once from the content: the wijk boundaries and the project geometries
 * as GeoJSON for the map (served as static JSON, see src/pages/kaart/[gebied].json.ts), and the
 * same projects as a list grouped by street for the text alternative next to the map.
 * `kaartModel` makes both from the same features, so the map and its text cannot diverge.
 *
 * Pure: no I/O, no Astro. The colours and line styles per project type are in kaart-stijl.ts.
 */
import { projecttypeNamen, type Geometrie, type Project, type Projecttype } from '../domain/schemas.ts';
import { straatSlug, type Grensvlak, type Positie, type Straat, type VlakGeometrie } from '../domain/straat.ts';

export { grensKleur, kaartAchtergrond, typeStijl } from './kaart-stijl.ts';

export interface ProjectEigenschappen {
  titel: string;
  slug: string;
  type: Projecttype;
  typeNaam: string;
  url: string;
  /** Where the project's keyboard marker stands: the point, the middle of the line, the centre of the area. */
  anker: Positie;
}

export interface WijkEigenschappen {
  wijk: string;
  naam: string;
  /** The wijk this map is about (drawn stronger); on the map of all Voorschoten every wijk. */
  actief: boolean;
}

export interface Feature<G, P> {
  type: 'Feature';
  geometry: G;
  properties: P;
}
export interface FeatureCollection<G, P> {
  type: 'FeatureCollection';
  features: Feature<G, P>[];
}

/** The JSON a map loads. */
export interface KaartData {
  grenzen: FeatureCollection<VlakGeometrie, WijkEigenschappen>;
  projecten: FeatureCollection<Geometrie, ProjectEigenschappen>;
  /** [[west, zuid], [oost, noord]]: what the map shows first and returns to on "Hele gebied". */
  omvang: [Positie, Positie];
}

export interface TekstProject {
  titel: string;
  url: string;
  type: Projecttype;
  typeNaam: string;
}
export interface TekstGroep {
  /** The street name, or undefined for projects that name no street. */
  straat?: string;
  /** The street page, when the street is in the street index. */
  straatUrl?: string;
  projecten: TekstProject[];
}

export interface KaartModel {
  data: KaartData;
  /** The text alternative: streets A–Z, then the projects without a street. */
  tekst: TekstGroep[];
}

export interface KaartInvoer {
  projecten: readonly Project[];
  /** The areas of content/wijkgrenzen.json (see grensvlakken); only those linked to a wijk are drawn. */
  grenzen: readonly Grensvlak[];
  straten: readonly Straat[];
  /** Only this wijk (its projects, its boundary drawn strongly); absent = all of Voorschoten. */
  wijk?: string;
  /** Only these projects (slugs), e.g. a street's, wherever they lie; `wijk` still picks the boundary. */
  alleen?: readonly string[];
}

/** Every vertex of a geometry. */
function punten(g: Geometrie | VlakGeometrie): Positie[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
  }
}

/** Where a project's marker goes: on the geometry, in the middle of it. */
export function ankerpunt(g: Geometrie): Positie {
  switch (g.type) {
    case 'Point':
      return g.coordinates;
    case 'LineString':
      return middenVanLijn(g.coordinates);
    case 'MultiLineString':
      return middenVanLijn(g.coordinates.reduce((a, b) => (b.length > a.length ? b : a)));
    case 'Polygon': {
      const ring = g.coordinates[0]!.slice(0, -1);
      const som = ring.reduce<Positie>((s, p) => [s[0] + p[0], s[1] + p[1]], [0, 0]);
      return [rond(som[0] / ring.length), rond(som[1] / ring.length)];
    }
  }
}

const rond = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The point halfway along a line (by length in degrees; fine over a few hundred metres). */
function middenVanLijn(lijn: Positie[]): Positie {
  const stukken = lijn.slice(1).map((p, i) => Math.hypot(p[0] - lijn[i]![0], p[1] - lijn[i]![1]));
  let rest = stukken.reduce((a, b) => a + b, 0) / 2;
  for (let i = 0; i < stukken.length; i++) {
    const lengte = stukken[i]!;
    if (rest <= lengte && lengte > 0) {
      const [a, b] = [lijn[i]!, lijn[i + 1]!];
      const t = rest / lengte;
      return [rond(a[0] + t * (b[0] - a[0])), rond(a[1] + t * (b[1] - a[1]))];
    }
    rest -= lengte;
  }
  return lijn[0]!;
}

/** The bounding box of some positions. */
export function omvangVan(posities: readonly Positie[]): [Positie, Positie] {
  if (posities.length === 0) throw new Error('Een kaart zonder iets om te tonen heeft geen omvang.');
  const lon = posities.map((p) => p[0]);
  const lat = posities.map((p) => p[1]);
  return [
    [Math.min(...lon), Math.min(...lat)],
    [Math.max(...lon), Math.max(...lat)],
  ];
}

/** The map data and its text alternative, from the same projects. */
export function kaartModel({ projecten, grenzen, straten, wijk, alleen }: KaartInvoer): KaartModel {
  const getoond = projecten
    .filter((p) => (alleen ? alleen.includes(p.slug) : wijk === undefined || p.wijken.includes(wijk)))
    .toSorted((a, b) => a.titel.localeCompare(b.titel, 'nl'));
  const projectFeatures = getoond.map((p): Feature<Geometrie, ProjectEigenschappen> => ({
    type: 'Feature',
    geometry: p.geometrie,
    properties: {
      titel: p.titel,
      slug: p.slug,
      type: p.type,
      typeNaam: projecttypeNamen[p.type],
      url: `/projecten/${p.slug}/`,
      anker: ankerpunt(p.geometrie),
    },
  }));
  const grensFeatures = grenzen.flatMap((g): Feature<VlakGeometrie, WijkEigenschappen>[] =>
    g.wijk === undefined
      ? []
      : [
          {
            type: 'Feature',
            geometry: g.geometrie,
            properties: { wijk: g.wijk, naam: g.naam, actief: wijk === undefined || g.wijk === wijk },
          },
        ],
  );
  const inOmvang = [
    ...grensFeatures.filter((f) => f.properties.actief).flatMap((f) => punten(f.geometry)),
    ...projectFeatures.flatMap((f) => punten(f.geometry)),
  ];
  const data: KaartData = {
    grenzen: { type: 'FeatureCollection', features: grensFeatures },
    projecten: { type: 'FeatureCollection', features: projectFeatures },
    omvang: omvangVan(inOmvang.length > 0 ? inOmvang : grensFeatures.flatMap((f) => punten(f.geometry))),
  };
  return { data, tekst: tekstAlternatief(projectFeatures, getoond, straten) };
}

/** The projects of the map grouped by the streets they name: streets A–Z, then those without. */
function tekstAlternatief(
  features: readonly Feature<Geometrie, ProjectEigenschappen>[],
  projecten: readonly Project[],
  straten: readonly Straat[],
): TekstGroep[] {
  const perStraat = new Map<string, TekstProject[]>();
  const zonderStraat: TekstProject[] = [];
  for (const { properties: e } of features) {
    const item: TekstProject = { titel: e.titel, url: e.url, type: e.type, typeNaam: e.typeNaam };
    const namen = projecten.find((p) => p.slug === e.slug)?.straten ?? [];
    if (namen.length === 0) zonderStraat.push(item);
    for (const naam of new Set(namen)) perStraat.set(naam, [...(perStraat.get(naam) ?? []), item]);
  }
  const bekend = new Map(straten.map((s) => [straatSlug(s.naam), s.slug]));
  const groepen: TekstGroep[] = [...perStraat.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'nl'))
    .map(([straat, lijst]) => {
      const slug = bekend.get(straatSlug(straat));
      return slug ? { straat, straatUrl: `/straten/${slug}/`, projecten: lijst } : { straat, projecten: lijst };
    });
  return zonderStraat.length > 0 ? [...groepen, { projecten: zonderStraat }] : groepen;
}
