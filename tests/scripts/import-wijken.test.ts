/**
 * `npm run import:wijken` against a local stand-in for the CBS wijk- en buurtkaart OGC API.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wijkgrenzenSchema } from '../../src/domain/straat.ts';
import {
  alsJson,
  bekendeWijken,
  importeerWijken,
  optiesUitOmgeving,
  vereenvoudig,
  wijkVoorNaam,
  type WijkenOpties,
} from '../../scripts/import-wijken.ts';
import { rechthoek, startNepPdok, type NepFeature, type NepPdok } from './nep-pdok.ts';

const wijken = bekendeWijken();

function feature(properties: Record<string, unknown>, geometry: NepFeature['geometry']): NepFeature {
  return {
    type: 'Feature',
    properties: { gemeentecode: 'GM0626', gemeentenaam: 'Voorschoten', ...properties },
    geometry,
  };
}

/** An edge with many vertices on a straight line (as CBS boundaries have), and 9 decimals. */
const rafelig: [number, number][] = [
  [4.430000001, 52.130000004],
  ...Array.from({ length: 9 }, (_, i): [number, number] => [4.431 + i * 0.001, 52.13]),
  [4.44, 52.13],
  [4.44, 52.14],
  [4.43, 52.14],
  [4.430000001, 52.130000004],
];

const cbsWijken: NepFeature[] = [
  feature(
    { wijkcode: 'WK062603', wijknaam: 'Buitengebied', water: 'NEE' },
    { type: 'Polygon', coordinates: [rechthoek(4.45, 52.12, 4.47, 52.14)] },
  ),
  feature(
    { wijkcode: 'WK062601', wijknaam: 'Noord Hofland', water: 'NEE' },
    { type: 'Polygon', coordinates: [rafelig] },
  ),
  feature(
    { wijkcode: 'WK062602', wijknaam: 'Centrum', water: 'NEE' },
    {
      type: 'MultiPolygon',
      coordinates: [[rechthoek(4.44, 52.12, 4.445, 52.13)], [rechthoek(4.445, 52.12, 4.45, 52.125)]],
    },
  ),
  feature(
    { wijkcode: 'WK062604', wijknaam: 'Wijk 04 Krimwijk', water: 'NEE' },
    { type: 'Polygon', coordinates: [rechthoek(4.43, 52.12, 4.44, 52.13)] },
  ),
  // Another municipality: the server's gemeentecode filter must keep it out.
  {
    ...feature(
      { wijkcode: 'WK059901', wijknaam: 'Vlietwijk' },
      { type: 'Polygon', coordinates: [rechthoek(4.4, 52.1, 4.41, 52.11)] },
    ),
    properties: { gemeentecode: 'GM0599', wijkcode: 'WK059901', wijknaam: 'Vlietwijk' },
  },
];
const cbsBuurten: NepFeature[] = [
  feature(
    { buurtcode: 'BU06260301', buurtnaam: 'Vlietwijk', wijkcode: 'WK062603' },
    { type: 'Polygon', coordinates: [rechthoek(4.45, 52.12, 4.46, 52.13)] },
  ),
  feature(
    { buurtcode: 'BU06260302', buurtnaam: 'Recreatiegebied Vlietland', wijkcode: 'WK062603' },
    { type: 'Polygon', coordinates: [rechthoek(4.46, 52.12, 4.47, 52.13)] },
  ),
  feature(
    { buurtcode: 'BU06260101', buurtnaam: 'Alettahof e.o.', wijkcode: 'WK062601' },
    { type: 'Polygon', coordinates: [rechthoek(4.43, 52.13, 4.44, 52.135)] },
  ),
];

let pdok: NepPdok;
let map: string;

beforeAll(async () => {
  pdok = await startNepPdok({ jaar: 2023, wijken: cbsWijken, buurten: cbsBuurten, perPagina: 2 });
  map = mkdtempSync(join(tmpdir(), 'import-wijken-'));
});
afterAll(async () => {
  await pdok.sluit();
  rmSync(map, { recursive: true, force: true });
});

function opties(naam: string, extra: Partial<WijkenOpties> = {}): WijkenOpties & { meldingen: string[] } {
  const meldingen: string[] = [];
  return {
    ...optiesUitOmgeving({ PDOK_OGC_BASIS: `${pdok.url}/`, CBS_JAAR: '2023' }),
    uitvoer: join(map, naam),
    wijken,
    koppeling: {},
    log: () => undefined,
    waarschuw: (r) => meldingen.push(r),
    meldingen,
    ...extra,
  };
}

describe('import:wijken against a local OGC API', () => {
  it('follows the next links, links CBS areas to our wijken by name and reports the rest', async () => {
    pdok.verzoeken.length = 0;
    const o = opties('wijkgrenzen.json');
    const verslag = await importeerWijken(o);

    // Paging: 4 Voorschoten wijken at 2 a page, 3 buurten at 2 a page.
    const paden = pdok.verzoeken.map((u) => u.pathname.replace(/^.*collections\//, ''));
    expect(paden).toEqual(['wijken/items', 'wijken/items', 'buurten/items', 'buurten/items']);
    for (const u of pdok.verzoeken) {
      expect(u.pathname).toContain('/cbs/wijken-en-buurten-2023/ogc/v1/');
      expect(u.searchParams.get('gemeentecode')).toBe('GM0626');
      expect(u.searchParams.get('f')).toBe('json');
      expect(u.searchParams.get('limit')).toBe('1000');
    }
    expect(pdok.verzoeken[1]!.searchParams.get('offset')).toBe('2');

    const bestand = wijkgrenzenSchema.parse(JSON.parse(readFileSync(o.uitvoer, 'utf8')));
    expect(bestand.jaar).toBe(2023);
    expect(bestand.wijken.map((w) => [w.wijkcode, w.wijk ?? null])).toEqual([
      ['WK062601', 'noord-hofland'],
      ['WK062602', 'centrum'],
      ['WK062603', null],
      ['WK062604', 'krimwijk'],
    ]);
    expect(bestand.buurten.map((b) => [b.buurtcode, b.wijkcode, b.wijk ?? null])).toEqual([
      ['BU06260101', 'WK062601', null],
      ['BU06260301', 'WK062603', 'vlietwijk'],
      ['BU06260302', 'WK062603', null],
    ]);
    expect(new Set([...bestand.wijken, ...bestand.buurten].map((v) => v.bron))).toEqual(new Set(['cbs']));
    expect(bestand.wijken[1]!.geometrie.type).toBe('MultiPolygon');

    // Never guessed: "Alettahof e.o." lies in Noord Hofland but is not named like one of our wijken.
    expect(verslag.nietGekoppeld).toEqual([
      { soort: 'wijk', code: 'WK062603', naam: 'Buitengebied' },
      { soort: 'buurt', code: 'BU06260302', naam: 'Recreatiegebied Vlietland' },
      { soort: 'buurt', code: 'BU06260101', naam: 'Alettahof e.o.' },
    ]);
    expect(o.meldingen.join('\n')).toMatch(/Niet gekoppeld[\s\S]*WK062603 "Buitengebied"[\s\S]*handmatigeKoppeling/);
    expect(verslag.zonderGrens).toEqual(
      wijken.filter((w) => !['noord-hofland', 'centrum', 'krimwijk', 'vlietwijk'].includes(w)),
    );
    expect(o.meldingen.join('\n')).toContain('Onze wijken zonder CBS-grens: adegeest');
  });

  it('rounds to 6 decimals, drops collinear vertices, and writes stable keys and order', async () => {
    const o = opties('stabiel.json');
    await importeerWijken(o);
    const tekst = readFileSync(o.uitvoer, 'utf8');
    const bestand = JSON.parse(tekst) as { wijken: Record<string, unknown>[]; buurten: Record<string, unknown>[] };
    expect(Object.keys(bestand)).toEqual(['jaar', 'wijken', 'buurten']);
    expect(Object.keys(bestand.wijken[0]!)).toEqual(['wijkcode', 'wijknaam', 'wijk', 'geometrie', 'bron']);
    expect(Object.keys(bestand.buurten[1]!)).toEqual([
      'buurtcode',
      'buurtnaam',
      'wijkcode',
      'wijk',
      'geometrie',
      'bron',
    ]);
    expect(Object.keys(bestand.wijken[2]!)).not.toContain('wijk');
    for (const getal of tekst.match(/-?\d+\.\d+/g) ?? []) expect(getal.split('.')[1]!.length).toBeLessThanOrEqual(6);
    // The ragged edge of Noord Hofland: 9 vertices on a straight line go, the corners stay.
    expect((bestand.wijken[0]!['geometrie'] as { coordinates: unknown }).coordinates).toEqual([
      [
        [4.43, 52.13],
        [4.44, 52.13],
        [4.44, 52.14],
        [4.43, 52.14],
        [4.43, 52.13],
      ],
    ]);
    // One vertex per line, so a moved vertex is a one-line diff; a second run changes nothing.
    expect(tekst).toContain('\n            [4.44, 52.13],\n');
    await importeerWijken(o);
    expect(readFileSync(o.uitvoer, 'utf8')).toBe(tekst);

    const alles = opties('alles.json', { vereenvoudigMeter: 0 });
    await importeerWijken(alles);
    expect(readFileSync(alles.uitvoer, 'utf8')).toContain('[4.435, 52.13]');
  });

  it('links a CBS area by code through the manual table', async () => {
    const o = opties('koppeling.json', { koppeling: { BU06260101: 'noord-hofland' } });
    const verslag = await importeerWijken(o);
    expect(verslag.gekoppeld['BU06260101']).toBe('noord-hofland');
    expect(verslag.nietGekoppeld.map((n) => n.code)).not.toContain('BU06260101');
    await expect(importeerWijken(opties('fout.json', { koppeling: { BU06260101: 'hofland' } }))).rejects.toThrow(
      /BU06260101 → "hofland" noemt een wijk die niet bestaat/,
    );
  });

  it('fails with a clear message on a server error and writes nothing', async () => {
    const kapot = await startNepPdok({
      jaar: 2023,
      wijken: cbsWijken,
      buurten: cbsBuurten,
      storing: { 'collections/buurten': 500 },
    });
    try {
      const o = { ...opties('bestaand.json'), basis: kapot.url };
      writeFileSync(o.uitvoer, 'oud\n');
      await expect(importeerWijken(o)).rejects.toThrow(
        new RegExp(
          `${kapot.url}/cbs/wijken-en-buurten-2023/ogc/v1/collections/buurten/items\\S* antwoordde HTTP 500 Internal Server Error`,
        ),
      );
      expect(readFileSync(o.uitvoer, 'utf8')).toBe('oud\n');
      expect(existsSync(join(map, 'nieuw.json'))).toBe(false);
      await expect(importeerWijken({ ...opties('nieuw.json'), basis: kapot.url })).rejects.toThrow(/HTTP 500/);
      expect(existsSync(join(map, 'nieuw.json'))).toBe(false);
    } finally {
      await kapot.sluit();
    }
  });

  it('points to CBS_JAAR when the year does not exist, and says when the server is unreachable', async () => {
    const o = { ...opties('jaar.json'), jaar: 2019 };
    await expect(importeerWijken(o)).rejects.toThrow(/HTTP 404[\s\S]*wijk- en buurtkaart 2019[\s\S]*CBS_JAAR/);
    const weg = await startNepPdok({});
    await weg.sluit();
    await expect(importeerWijken({ ...opties('weg.json'), basis: weg.url })).rejects.toThrow(
      /Kan http:\/\/127\.0\.0\.1:\d+\/cbs\S+ niet bereiken/,
    );
    expect(existsSync(o.uitvoer)).toBe(false);
  });

  it('reads its settings from the environment', () => {
    expect(optiesUitOmgeving({})).toMatchObject({ basis: 'https://api.pdok.nl', jaar: 2025, vereenvoudigMeter: 1 });
    expect(
      optiesUitOmgeving({ PDOK_OGC_BASIS: 'http://localhost:9/', CBS_JAAR: '2022', WIJKGRENZEN_VEREENVOUDIG_M: '0' }),
    ).toMatchObject({
      basis: 'http://localhost:9',
      jaar: 2022,
      vereenvoudigMeter: 0,
    });
    expect(optiesUitOmgeving({}).uitvoer).toMatch(/content[/\\]wijkgrenzen\.json$/);
    expect(() => optiesUitOmgeving({ CBS_JAAR: 'vorig jaar' })).toThrow(/CBS_JAAR/);
  });
});

describe('import:wijken helpers', () => {
  it('matches CBS names to our slugs exactly, ignoring case, accents and a "Wijk 03" prefix', () => {
    const bekend = new Set(wijken);
    expect(wijkVoorNaam('Noord-Hofland', bekend)).toBe('noord-hofland');
    expect(wijkVoorNaam('NOORD HOFLAND', bekend)).toBe('noord-hofland');
    expect(wijkVoorNaam('Wijk 03 Vlietwijk', bekend)).toBe('vlietwijk');
    expect(wijkVoorNaam('Vlietwijk-Oost', bekend)).toBeUndefined();
    expect(wijkVoorNaam('Verspreide huizen Centrum', bekend)).toBeUndefined();
  });

  it('simplifies a line within the tolerance and keeps both ends', () => {
    const lijn: [number, number][] = [
      [4.43, 52.13],
      [4.435, 52.130001],
      [4.44, 52.13],
      [4.44, 52.14],
    ];
    expect(vereenvoudig(lijn, 1)).toEqual([lijn[0], lijn[2], lijn[3]]);
    expect(vereenvoudig(lijn, 0)).toEqual(lijn);
    expect(vereenvoudig(lijn, 0.05)).toEqual(lijn);
  });

  it('writes JSON with plain arrays on one line', () => {
    expect(alsJson({ a: [1, 2], b: [[3, 4]], c: undefined, d: {}, e: 'x' })).toBe(
      '{\n  "a": [1, 2],\n  "b": [\n    [3, 4]\n  ],\n  "d": {},\n  "e": "x"\n}',
    );
  });
});
