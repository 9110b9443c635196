/**
 * The map's style (MapLibre style JSON): our overlays — wijk boundaries, then project areas, lines
 * and points in each type's colour and dash pattern (src/lib/kaart-stijl.ts) — on a plain
 * background, and the same overlays on top of a basemap style (PDOK BRT by default).
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Projecttype } from '../domain/schemas.ts';
import type { KaartData } from '../lib/kaart.ts';
import { grensKleur, kaartAchtergrond, typeStijl } from '../lib/kaart-stijl.ts';

const projecttypen = Object.keys(typeStijl) as Projecttype[];

const wit = '#ffffff';

/** Our overlays: wijk boundaries, then project areas, lines and points, coloured by type. */
function overlayLagen(): LayerSpecification[] {
  const typeKleur = [
    'match',
    ['get', 'type'],
    ...projecttypen.flatMap((t) => [t, typeStijl[t].kleur]),
    '#000000',
  ] as unknown as ExpressionSpecification;
  const is = (soort: string[]): FilterSpecification => ['in', ['geometry-type'], ['literal', soort]];
  return [
    {
      id: 'grens-vlak',
      type: 'fill',
      source: 'grenzen',
      filter: ['!', ['get', 'actief']],
      paint: { 'fill-color': '#000000', 'fill-opacity': 0.06 },
    },
    {
      id: 'grens-lijn',
      type: 'line',
      source: 'grenzen',
      paint: {
        'line-color': grensKleur,
        'line-width': ['case', ['get', 'actief'], 2.5, 1],
        'line-dasharray': [3, 1.5],
      },
    },
    {
      id: 'project-vlak',
      type: 'fill',
      source: 'projecten',
      filter: is(['Polygon']),
      paint: { 'fill-color': typeKleur, 'fill-opacity': 0.3 },
    },
    {
      id: 'project-rand',
      type: 'line',
      source: 'projecten',
      filter: is(['LineString', 'MultiLineString', 'Polygon']),
      paint: { 'line-color': wit, 'line-width': 9 },
    },
    ...projecttypen.map(
      (t): LayerSpecification =>
        ({
          id: `project-lijn-${t}`,
          type: 'line',
          source: 'projecten',
          filter: ['all', is(['LineString', 'MultiLineString', 'Polygon']), ['==', ['get', 'type'], t]],
          paint: {
            'line-color': typeStijl[t].kleur,
            'line-width': 5,
            ...(typeStijl[t].streep.length > 0 ? { 'line-dasharray': typeStijl[t].streep } : {}),
          },
        }) as LayerSpecification,
    ),
    {
      id: 'project-punt',
      type: 'circle',
      source: 'projecten',
      filter: is(['Point']),
      paint: { 'circle-color': typeKleur, 'circle-radius': 10, 'circle-stroke-color': wit, 'circle-stroke-width': 3 },
    },
  ];
}

/** A GeoJSON source (the types of GeoJSON objects are not installed; the data is ours). */
const geojson = (data: unknown): SourceSpecification => ({ type: 'geojson', data });

export function kaleStijl(data: KaartData): StyleSpecification {
  return {
    version: 8,
    sources: {
      grenzen: geojson(data.grenzen),
      projecten: geojson(data.projecten),
    },
    layers: [
      { id: 'achtergrond', type: 'background', paint: { 'background-color': kaartAchtergrond } },
      ...overlayLagen(),
    ],
  };
}

/** The basemap style with our sources and overlays on top; throws when it cannot be loaded. */
export async function metOndergrond(url: string, eigen: StyleSpecification): Promise<StyleSpecification> {
  const antwoord = await fetch(url, { signal: AbortSignal.timeout(8000) });
  if (!antwoord.ok) throw new Error(`ondergrond: HTTP ${antwoord.status}`);
  const basis = (await antwoord.json()) as Partial<StyleSpecification>;
  if (basis.version !== 8 || !Array.isArray(basis.layers)) throw new Error('ondergrond: geen MapLibre-stijl');
  return {
    ...basis,
    version: 8,
    sources: { ...basis.sources, ...eigen.sources },
    layers: [...basis.layers, ...eigen.layers.filter((l) => l.type !== 'background')],
  };
}
