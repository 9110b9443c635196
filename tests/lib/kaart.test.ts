/**
 * The map model: the map's features and the text alternative come from the same projects, grouped
 * by street; a wijk map shows only that wijk's projects; colours are readable on the background.
 */
import { describe, expect, it } from 'vitest';
import { projectSchema, projecttypen, type Project } from '../../src/domain/schemas.ts';
import { straatSchema, type Grensvlak, type Straat, type VlakGeometrie } from '../../src/domain/straat.ts';
import { ankerpunt, kaartAchtergrond, kaartModel, typeStijl } from '../../src/lib/kaart.ts';
import { voorbeeldProject } from '../domain/voorbeelden.ts';

function project(wijzig: Record<string, unknown>): Project {
  return projectSchema.parse({ ...voorbeeldProject(), ...wijzig });
}

const projecten: Project[] = [
  project({ titel: 'Riool Dorpsstraat', slug: 'riool-dorp', type: 'riool', straten: ['Dorpsstraat', 'Kerkstraat'] }),
  project({
    titel: 'Speelplek Park',
    slug: 'speelplek-park',
    type: 'speelplek',
    wijken: ['noord'],
    straten: [],
    geometrie: { type: 'Point', coordinates: [4.45, 52.14] },
  }),
  project({ titel: 'Bomen Kerkstraat', slug: 'bomen-kerk', type: 'groen', straten: ['Kerkstraat'] }),
];
const straten: Straat[] = [
  straatSchema.parse({ naam: 'Kerkstraat', slug: 'kerkstraat', wijk: 'centrum', postcodes: [], bron: 'voorbeeld' }),
];
const vierkant = (x: number): VlakGeometrie => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 52.12],
      [x + 0.01, 52.12],
      [x + 0.01, 52.13],
      [x, 52.12],
    ],
  ],
});
const grenzen: Grensvlak[] = [
  { code: 'BU06260011', naam: 'Centrum', wijk: 'centrum', geometrie: vierkant(4.43), bron: 'voorbeeld' },
  { naam: 'Noord', wijk: 'noord', geometrie: vierkant(4.46), bron: 'voorbeeld' },
  { code: 'BU06260014', naam: 'Buitengebied', geometrie: vierkant(4.5), bron: 'voorbeeld' },
];

describe('kaartModel', () => {
  it('puts every project on the map and in the text alternative, grouped by street', () => {
    const { data, tekst } = kaartModel({ projecten, grenzen, straten });
    expect(data.projecten.features.map((f) => f.properties.slug)).toEqual([
      'bomen-kerk',
      'riool-dorp',
      'speelplek-park',
    ]);
    expect(data.projecten.features[1]?.properties).toMatchObject({
      titel: 'Riool Dorpsstraat',
      type: 'riool',
      typeNaam: 'Riolering',
      url: '/projecten/riool-dorp/',
    });
    expect(tekst.map((g) => [g.straat, g.straatUrl, g.projecten.map((p) => p.titel)])).toEqual([
      ['Dorpsstraat', undefined, ['Riool Dorpsstraat']],
      ['Kerkstraat', '/straten/kerkstraat/', ['Bomen Kerkstraat', 'Riool Dorpsstraat']],
      [undefined, undefined, ['Speelplek Park']],
    ]);
    // Same set of projects in both.
    const inTekst = new Set(tekst.flatMap((g) => g.projecten.map((p) => p.url)));
    expect([...inTekst].sort()).toEqual(data.projecten.features.map((f) => f.properties.url).sort());
  });

  it('draws only our wijken, and a wijk map shows that wijk strongly and only its projects', () => {
    const alle = kaartModel({ projecten, grenzen, straten });
    expect(alle.data.grenzen.features.map((f) => [f.properties.wijk, f.properties.actief])).toEqual([
      ['centrum', true],
      ['noord', true],
    ]);
    const noord = kaartModel({ projecten, grenzen, straten, wijk: 'noord' });
    expect(noord.data.projecten.features.map((f) => f.properties.slug)).toEqual(['speelplek-park']);
    expect(noord.tekst).toEqual([
      {
        projecten: [
          { titel: 'Speelplek Park', url: '/projecten/speelplek-park/', type: 'speelplek', typeNaam: 'Speelplek' },
        ],
      },
    ]);
    expect(noord.data.grenzen.features.find((f) => f.properties.wijk === 'centrum')?.properties.actief).toBe(false);
    // The extent covers the wijk and its project, not the other wijk.
    expect(noord.data.omvang).toEqual([
      [4.45, 52.12],
      [4.47, 52.14],
    ]);
  });

  it("a street's map shows only the street's projects, also from another wijk, on the map of its wijk", () => {
    const straat = kaartModel({ projecten, grenzen, straten, wijk: 'noord', alleen: ['riool-dorp'] });
    expect(straat.data.projecten.features.map((f) => f.properties.slug)).toEqual(['riool-dorp']);
    expect(straat.data.grenzen.features.filter((f) => f.properties.actief).map((f) => f.properties.wijk)).toEqual([
      'noord',
    ]);
    const [[west], [oost]] = straat.data.omvang;
    // The extent holds the wijk and the project outside it.
    expect(west).toBeLessThan(4.45);
    expect(oost).toBeGreaterThanOrEqual(4.47);
  });

  it('places a marker on the point, halfway along a line, in the middle of an area', () => {
    expect(ankerpunt({ type: 'Point', coordinates: [4.45, 52.14] })).toEqual([4.45, 52.14]);
    expect(
      ankerpunt({
        type: 'LineString',
        coordinates: [
          [4.4, 52.1],
          [4.42, 52.1],
          [4.42, 52.12],
        ],
      }),
    ).toEqual([4.42, 52.1]);
    expect(ankerpunt({ type: 'Polygon', coordinates: vierkant(4.4).coordinates as [number, number][][] })).toEqual([
      4.406667, 52.123333,
    ]);
  });
});

/** WCAG relative luminance and contrast ratio. */
function luminantie(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string): number => {
  const [l1, l2] = [luminantie(a), luminantie(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
};

describe('project type colours', () => {
  it('have a style for every type, each at least 3:1 against the map background and against white', () => {
    for (const type of projecttypen) {
      expect(contrast(typeStijl[type].kleur, kaartAchtergrond), type).toBeGreaterThanOrEqual(3);
      expect(contrast(typeStijl[type].kleur, '#ffffff'), type).toBeGreaterThanOrEqual(3);
    }
  });
});
