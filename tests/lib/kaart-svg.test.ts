/**
 * The static map (src/lib/kaart-svg.ts): every project a link with an accessible name in its type's
 * colour and dash pattern, every wijk name as text inside its wijk, everything inside the viewBox,
 * no inline style or script; neighbours of a wijk map clipped to the view.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { projectSchema, type Project } from '../../src/domain/schemas.ts';
import { grensvlakken, wijkgrenzenSchema, type Grensvlak, type Positie } from '../../src/domain/straat.ts';
import {
  binnenVlak,
  kaartSvg,
  knipRing,
  poolVanOntoegankelijkheid,
  svgKaart,
  vereenvoudig,
} from '../../src/lib/kaart-svg.ts';
import { typeStijl } from '../../src/lib/kaart-stijl.ts';
import { kaartModel } from '../../src/lib/kaart.ts';
import { voorbeeldProject } from '../domain/voorbeelden.ts';

function project(wijzig: Record<string, unknown>): Project {
  return projectSchema.parse({ ...voorbeeldProject(), ...wijzig });
}

/** An L-shaped wijk: its centroid (and its bounding box's centre) lie outside it. */
const hoek: Grensvlak['geometrie'] = {
  type: 'Polygon',
  coordinates: [
    [
      [4.43, 52.12],
      [4.45, 52.12],
      [4.45, 52.123],
      [4.433, 52.123],
      [4.433, 52.14],
      [4.43, 52.14],
      [4.43, 52.12],
    ],
  ],
};
const vierkant = (x: number): Grensvlak['geometrie'] => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 52.12],
      [x + 0.02, 52.12],
      [x + 0.02, 52.14],
      [x, 52.14],
      [x, 52.12],
    ],
  ],
});
const grenzen: Grensvlak[] = [
  { code: 'BU1', naam: 'Hoek & Zo', wijk: 'hoek', geometrie: hoek, bron: 'voorbeeld' },
  { code: 'BU2', naam: 'Oost', wijk: 'oost', geometrie: vierkant(4.45), bron: 'voorbeeld' },
];
const projecten: Project[] = [
  project({
    titel: 'Riool <Dorpsstraat>',
    slug: 'riool-dorp',
    type: 'riool',
    wijken: ['hoek'],
    geometrie: {
      type: 'LineString',
      coordinates: [
        [4.431, 52.121],
        [4.44, 52.122],
        [4.449, 52.1215],
      ],
    },
  }),
  project({
    titel: '30 km Oost',
    slug: 'dertig-oost',
    type: '30-km-zone',
    wijken: ['oost'],
    geometrie: {
      type: 'Polygon',
      coordinates: [
        [
          [4.455, 52.125],
          [4.465, 52.125],
          [4.465, 52.135],
          [4.455, 52.125],
        ],
      ],
    },
  }),
  project({
    titel: 'Speelplek',
    slug: 'speelplek',
    type: 'speelplek',
    wijken: ['oost'],
    geometrie: { type: 'Point', coordinates: [4.46, 52.13] },
  }),
];

const opties = { id: 'k', titel: 'Kaart van Voorschoten', beschrijving: 'De wijken en de projecten.' };

describe('kaartSvg', () => {
  const model = kaartModel({ projecten, grenzen, straten: [] });
  const svg = parse(kaartSvg(model.data, opties)).querySelector('svg')!;

  it('links every project to its page, named after it, in its type colour and dash pattern', () => {
    const links = svg.querySelectorAll('a');
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(
      model.data.projecten.features.map((f) => f.properties.url).sort(),
    );
    const riool = svg.querySelector('a[href="/projecten/riool-dorp/"]')!;
    expect(riool.getAttribute('aria-label')).toBe('Riool <Dorpsstraat> (Riolering)');
    expect(riool.querySelector('title')?.text).toBe('Riool <Dorpsstraat> (Riolering)');
    expect(riool.querySelector('path')?.getAttribute('stroke')).toBe(typeStijl.riool.kleur);
    const zone = svg.querySelector('a[href="/projecten/dertig-oost/"] path')!;
    expect(zone.getAttribute('stroke')).toBe(typeStijl['30-km-zone'].kleur);
    expect(zone.getAttribute('stroke-dasharray')).toBe(typeStijl['30-km-zone'].streep.map((s) => s * 3).join(' '));
    expect(zone.getAttribute('d')).toMatch(/Z$/);
    // A point is its marker alone.
    expect(svg.querySelector('a[href="/projecten/speelplek/"] circle')?.getAttribute('stroke')).toBe(
      typeStijl.speelplek.kleur,
    );
  });

  it('names every wijk as text, with a title and description for screen readers', () => {
    expect(svg.querySelectorAll('text').map((t) => t.text)).toEqual(['Hoek & Zo', 'Oost']);
    expect(svg.getAttribute('aria-labelledby')).toBe('k-titel');
    expect(svg.querySelector('#k-titel')?.text).toBe('Kaart van Voorschoten');
    expect(svg.querySelector('#k-uitleg')?.text).toBe('De wijken en de projecten.');
  });

  it('has no style or script the CSP would block, and keeps every coordinate inside the viewBox', () => {
    const tekst = svg.toString();
    expect(tekst).not.toMatch(/style=|<style|<script|\bon[a-z]+=/i);
    const [, , b, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    const getallen = [
      ...svg.querySelectorAll('path').flatMap((p) => [...p.getAttribute('d')!.matchAll(/-?[\d.]+/g)].map(Number)),
      ...svg.querySelectorAll('circle, text').flatMap((c) => [Number(c.getAttribute('cx') ?? c.getAttribute('x'))]),
    ];
    expect(getallen.length).toBeGreaterThan(20);
    for (const n of getallen) expect(n).toBeGreaterThanOrEqual(0);
    for (const n of getallen) expect(n).toBeLessThanOrEqual(Math.max(b!, h!));
    for (const p of svg.querySelectorAll('path'))
      for (const [, x, y] of p.getAttribute('d')!.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)) {
        expect(Number(x)).toBeLessThanOrEqual(b!);
        expect(Number(y)).toBeLessThanOrEqual(h!);
      }
  });

  it("puts each wijk's name inside the wijk, also where its centre lies outside it (an L shape)", () => {
    const m = svgKaart(model.data);
    const l = m.wijken.find((w) => w.wijk === 'hoek')!;
    const xs = l.ringen[0]!.map((p) => p[0]);
    const ys = l.ringen[0]!.map((p) => p[1]);
    const midden: Positie = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
    expect(binnenVlak(midden, l.ringen), 'the test shape is really an L').toBe(false);
    for (const w of m.wijken) expect(binnenVlak(w.label!.punt, w.ringen), w.naam).toBe(true);
  });

  it('on a wijk map clips the neighbours to the view and names a neighbour only where it has room', () => {
    const wijk = kaartModel({ projecten, grenzen, straten: [], wijk: 'oost' });
    const m = svgKaart(wijk.data);
    expect(m.projecten.map((p) => p.eigenschappen.slug)).toEqual(['dertig-oost', 'speelplek']);
    const buur = m.wijken.find((w) => w.wijk === 'hoek')!;
    expect(buur.actief).toBe(false);
    for (const [x, y] of buur.ringen.flat()) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(m.hoogte);
    }
    expect(m.wijken.find((w) => w.wijk === 'oost')?.label).toBeDefined();
  });

  it('labels every real wijk of content/wijkgrenzen.json inside its boundary on the map of Voorschoten', () => {
    const echt = grensvlakken(wijkgrenzenSchema.parse(JSON.parse(readFileSync('content/wijkgrenzen.json', 'utf8'))));
    const m = svgKaart(kaartModel({ projecten: [], grenzen: echt, straten: [] }).data);
    expect(m.wijken).toHaveLength(echt.filter((g) => g.wijk).length);
    for (const w of m.wijken) expect(binnenVlak(w.label!.punt, w.ringen), w.naam).toBe(true);
  });
});

describe('geometry helpers', () => {
  it('clips a ring to the rectangle', () => {
    const ring: Positie[] = [
      [-10, 5],
      [5, 5],
      [5, 20],
      [-10, 20],
      [-10, 5],
    ];
    const geknipt = knipRing(ring, 10, 10);
    expect(geknipt[0]).toEqual(geknipt.at(-1));
    expect(new Set(geknipt.map((p) => p.join(' ')))).toEqual(new Set(['0 5', '5 5', '5 10', '0 10']));
    expect(
      knipRing(
        ring.map(([x, y]) => [x - 100, y]),
        10,
        10,
      ),
    ).toEqual([]);
  });

  it('simplifies a nearly straight line to its ends and rounds to 0.1', () => {
    expect(
      vereenvoudig([
        [0, 0],
        [5, 0.1],
        [10.04, 0],
      ]),
    ).toEqual([
      [0, 0],
      [10, 0],
    ]);
  });

  it('finds the widest point of a polygon', () => {
    const { punt, straal } = poolVanOntoegankelijkheid([
      [
        [0, 0],
        [100, 0],
        [100, 20],
        [0, 20],
        [0, 0],
      ],
    ]);
    expect(punt[1]).toBeCloseTo(10, 0);
    expect(straal).toBeGreaterThan(9);
  });
});
