/**
 * The pure street helpers and schemas of src/domain/straat.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  controleerStraten,
  controleerWijkgrenzen,
  normaliseer,
  puntInVlak,
  straatSchema,
  straatSlug,
  wijkgrenzenSchema,
  wijkVoorPunt,
  type Straat,
  type VlakGeometrie,
  type Wijkgrenzen,
} from '../../src/domain/straat.ts';
import { rechthoek } from './nep-pdok.ts';

const meldingen = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('straatSlug', () => {
  it.each([
    ['Jan Evertsenlaan', 'jan-evertsenlaan'],
    ['jan evertsenlaan', 'jan-evertsenlaan'],
    ['  JAN   EVERTSENLAAN ', 'jan-evertsenlaan'],
    ['Händellaan', 'handellaan'],
    ['Dr. Schäferlaan', 'dr-schaferlaan'],
    ["'s-Gravendamseweg", 's-gravendamseweg'],
    ['Van Beethovenlaan', 'van-beethovenlaan'],
    ['Curaçaostraat', 'curacaostraat'],
    ['Ĳsselstraat', 'ijsselstraat'],
    ['Burg. Van Sonsbeeckstraat 2e', 'burg-van-sonsbeeckstraat-2e'],
  ])('%s → %s', (naam, slug) => {
    expect(straatSlug(naam)).toBe(slug);
  });
});

describe('normaliseer', () => {
  it.each([
    ['  Jan   Evertsenlaan ', 'jan evertsenlaan'],
    ['HÄNDELLAAN', 'handellaan'],
    ['\u2019s-Gravendamseweg', "'s-gravendamseweg"],
    ['2251 ab', '2251AB'],
    ['2251AB', '2251AB'],
    [' 2251ab ', '2251AB'],
    ['2251\tAB', '2251AB'],
    ['2251', '2251'],
    ['2251 abc', '2251 abc'],
  ])('%j → %j', (invoer, uit) => {
    expect(normaliseer(invoer)).toBe(uit);
  });

  it('agrees with straatSlug on what counts as the same street', () => {
    for (const [a, b] of [
      ['Händellaan', 'handellaan'],
      ['Jan  Evertsenlaan', 'jan evertsenlaan'],
    ] as const) {
      expect(normaliseer(a)).toBe(normaliseer(b));
      expect(straatSlug(a)).toBe(straatSlug(b));
    }
  });
});

describe('point in polygon', () => {
  const vierkant: VlakGeometrie = { type: 'Polygon', coordinates: [rechthoek(4.43, 52.13, 4.44, 52.14)] };
  const metGat: VlakGeometrie = {
    type: 'Polygon',
    coordinates: [rechthoek(4.43, 52.13, 4.44, 52.14), rechthoek(4.434, 52.134, 4.436, 52.136)],
  };
  const l: VlakGeometrie = {
    type: 'Polygon',
    coordinates: [
      [
        [4.42, 52.12],
        [4.436, 52.12],
        [4.436, 52.1255],
        [4.43, 52.1255],
        [4.43, 52.122],
        [4.42, 52.122],
        [4.42, 52.12],
      ],
    ],
  };
  const twee: VlakGeometrie = {
    type: 'MultiPolygon',
    coordinates: [[rechthoek(4.43, 52.13, 4.44, 52.14)], [rechthoek(4.45, 52.13, 4.46, 52.14)]],
  };

  it('finds points inside and outside a polygon', () => {
    expect(puntInVlak([4.435, 52.135], vierkant)).toBe(true);
    expect(puntInVlak([4.445, 52.135], vierkant)).toBe(false);
    expect(puntInVlak([4.435, 52.145], vierkant)).toBe(false);
  });

  it('respects holes and concave shapes', () => {
    expect(puntInVlak([4.435, 52.135], metGat)).toBe(false);
    expect(puntInVlak([4.431, 52.131], metGat)).toBe(true);
    expect(puntInVlak([4.433, 52.1235], l)).toBe(true);
    expect(puntInVlak([4.425, 52.1235], l)).toBe(false);
  });

  it('looks in every part of a multipolygon', () => {
    expect(puntInVlak([4.455, 52.135], twee)).toBe(true);
    expect(puntInVlak([4.445, 52.135], twee)).toBe(false);
  });

  it('puts a point on a shared edge in exactly one of two neighbours', () => {
    const links: VlakGeometrie = { type: 'Polygon', coordinates: [rechthoek(4.43, 52.13, 4.44, 52.14)] };
    const rechts: VlakGeometrie = { type: 'Polygon', coordinates: [rechthoek(4.44, 52.13, 4.45, 52.14)] };
    const binnen = [links, rechts].filter((v) => puntInVlak([4.44, 52.135], v));
    expect(binnen).toHaveLength(1);
  });

  it('prefers a linked buurt over the CBS wijk around it, and skips unlinked areas', () => {
    const grenzen: Wijkgrenzen = {
      wijken: [
        { wijkcode: 'WK062601', wijknaam: 'Noord', wijk: 'noord-hofland', geometrie: vierkant, bron: 'cbs' },
        { wijkcode: 'WK062602', wijknaam: 'Buiten', geometrie: twee, bron: 'cbs' },
      ],
      buurten: [
        {
          buurtcode: 'BU06260101',
          buurtnaam: 'Alettahof',
          wijkcode: 'WK062601',
          wijk: 'adegeest',
          geometrie: { type: 'Polygon', coordinates: [rechthoek(4.43, 52.13, 4.435, 52.135)] },
          bron: 'cbs',
        },
      ],
    };
    expect(wijkVoorPunt([4.432, 52.132], grenzen)).toBe('adegeest');
    expect(wijkVoorPunt([4.438, 52.138], grenzen)).toBe('noord-hofland');
    expect(wijkVoorPunt([4.455, 52.135], grenzen)).toBeUndefined();
  });

  it('prefers an own boundary (a wijk without CBS unit, like Leidseweg) over the CBS buurt it lies in', () => {
    const grenzen: Wijkgrenzen = {
      wijken: [{ wijkcode: 'WK062600', wijknaam: 'Wijk 00', geometrie: vierkant, bron: 'cbs' }],
      buurten: [
        {
          buurtcode: 'BU06260001',
          buurtnaam: 'Noord-Hofland',
          wijkcode: 'WK062600',
          wijk: 'noord-hofland',
          geometrie: vierkant,
          bron: 'cbs',
        },
      ],
      eigen: [
        {
          wijk: 'leidseweg',
          naam: 'Leidseweg',
          geometrie: { type: 'Polygon', coordinates: [rechthoek(4.43, 52.13, 4.435, 52.135)] },
          bron: 'handmatig',
        },
      ],
    };
    expect(wijkVoorPunt([4.432, 52.132], grenzen)).toBe('leidseweg');
    expect(wijkVoorPunt([4.438, 52.138], grenzen)).toBe('noord-hofland');
    expect(controleerWijkgrenzen(grenzen, ['noord-hofland', 'leidseweg'])).toEqual([]);
    expect(controleerWijkgrenzen(grenzen, ['noord-hofland'])).toEqual(['eigen[0]: wijk "leidseweg" bestaat niet.']);
    grenzen.eigen!.push(grenzen.eigen![0]!);
    expect(controleerWijkgrenzen(grenzen, ['noord-hofland', 'leidseweg'])).toEqual([
      'eigen[1]: wijk "leidseweg" heeft al een eigen grens.',
    ]);
  });
});

describe('street schema', () => {
  const straat = (extra: Partial<Straat> = {}): Straat => ({
    naam: 'Jan Evertsenlaan',
    slug: 'jan-evertsenlaan',
    wijk: 'noord-hofland',
    postcodes: ['2253VA', '2253VB'],
    bron: 'voorbeeld',
    ...extra,
  });

  it('accepts a street, with or without a line geometry', () => {
    expect(meldingen(straatSchema.safeParse(straat()))).toEqual([]);
    const lijn = {
      type: 'LineString' as const,
      coordinates: [
        [4.434, 52.1338],
        [4.4405, 52.1364],
      ] as [number, number][],
    };
    expect(meldingen(straatSchema.safeParse(straat({ geometrie: lijn, bron: 'pdok' })))).toEqual([]);
  });

  it('refuses a wrong slug, unsorted or mixed postcodes, swapped coordinates and unknown keys', () => {
    expect(meldingen(straatSchema.safeParse(straat({ slug: 'evertsenlaan' })))).toEqual([
      'slug: De slug van "Jan Evertsenlaan" is "jan-evertsenlaan".',
    ]);
    expect(meldingen(straatSchema.safeParse(straat({ postcodes: ['2253VB', '2253VA'] })))[0]).toMatch(
      /^postcodes: Zet de postcodes op volgorde/,
    );
    expect(meldingen(straatSchema.safeParse(straat({ postcodes: ['2253', '2253VA'] })))[0]).toMatch(/niet door elkaar/);
    expect(meldingen(straatSchema.safeParse(straat({ postcodes: ['2253 VA'] })))[0]).toMatch(/zonder spatie/);
    const omgedraaid = {
      type: 'LineString' as const,
      coordinates: [
        [52.13, 4.43],
        [52.14, 4.44],
      ] as [number, number][],
    };
    expect(meldingen(straatSchema.safeParse(straat({ geometrie: omgedraaid })))[0]).toMatch(/niet bij Voorschoten/);
    expect(meldingen(straatSchema.safeParse({ ...straat(), huisnummers: [1] }))[0]).toMatch(/huisnummers/);
    expect(meldingen(straatSchema.safeParse(straat({ bron: 'kadernota' as 'pdok' })))[0]).toMatch(/^bron/);
  });

  it('checks the index as a whole: known wijken, sorted, unique slugs', () => {
    const a = straat({ naam: 'Alettahof', slug: 'alettahof', postcodes: [] });
    const b = straat();
    expect(controleerStraten([a, b], ['noord-hofland'])).toEqual([]);
    expect(controleerStraten([b, a], ['noord-hofland'])).toEqual([
      expect.stringMatching(/\[1\] Alettahof: de straten staan niet op slug gesorteerd/),
    ]);
    expect(controleerStraten([b, b], ['noord-hofland'])).toEqual([expect.stringMatching(/komt twee keer voor/)]);
    expect(controleerStraten([a], ['centrum'])).toEqual([expect.stringMatching(/wijk "noord-hofland" bestaat niet/)]);
  });
});

describe('boundary schema', () => {
  const grenzen = (): Wijkgrenzen => ({
    jaar: 2024,
    wijken: [
      {
        wijkcode: 'WK062601',
        wijknaam: 'Noord Hofland',
        wijk: 'noord-hofland',
        geometrie: { type: 'Polygon', coordinates: [rechthoek(4.43, 52.13, 4.44, 52.14)] },
        bron: 'cbs',
      },
    ],
    buurten: [],
  });

  it('accepts polygons and multipolygons', () => {
    expect(meldingen(wijkgrenzenSchema.safeParse(grenzen()))).toEqual([]);
    const g = grenzen();
    g.wijken[0]!.geometrie = { type: 'MultiPolygon', coordinates: [[rechthoek(4.43, 52.13, 4.44, 52.14)]] };
    expect(meldingen(wijkgrenzenSchema.safeParse(g))).toEqual([]);
  });

  it('refuses open rings, bad codes and RD coordinates', () => {
    const open = grenzen();
    open.wijken[0]!.geometrie = {
      type: 'Polygon',
      coordinates: [
        rechthoek(4.43, 52.13, 4.44, 52.14)
          .slice(0, 4)
          .concat([[4.43, 52.131]]),
      ],
    };
    expect(meldingen(wijkgrenzenSchema.safeParse(open))).toEqual([
      'wijken.0.geometrie.coordinates.0: Een ring moet eindigen in zijn beginpunt.',
    ]);
    const code = grenzen();
    code.wijken[0]!.wijkcode = '062601';
    expect(meldingen(wijkgrenzenSchema.safeParse(code))[0]).toMatch(/WK062600/);
    const rd = grenzen();
    rd.wijken[0]!.geometrie = { type: 'Polygon', coordinates: [rechthoek(89000, 460000, 89100, 460100)] };
    expect(meldingen(wijkgrenzenSchema.safeParse(rd))[0]).toMatch(/niet bij Voorschoten/);
  });

  it('checks codes sorted and unique and wijk slugs known', () => {
    const g = grenzen();
    expect(controleerWijkgrenzen(g, ['noord-hofland'])).toEqual([]);
    expect(controleerWijkgrenzen(g, ['centrum'])).toEqual(['wijken[0] WK062601: wijk "noord-hofland" bestaat niet.']);
    g.wijken.push(g.wijken[0]!);
    expect(controleerWijkgrenzen(g, ['noord-hofland'])).toEqual([
      'wijken[1] WK062601: codes dubbel of niet op volgorde.',
    ]);
  });
});
