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
  handmatigeKoppeling,
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

/** The real CBS units of Voorschoten (2022 codes, /work/shared/reference/pdok-cbs.md): one wijk, twelve buurten. */
const cbsWijken: NepFeature[] = [
  feature(
    { wijkcode: 'WK062600', wijknaam: 'Wijk 00', water: 'NEE' },
    { type: 'Polygon', coordinates: [rechthoek(4.42, 52.12, 4.47, 52.14)] },
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
const buurtnamen: [string, string][] = [
  ['BU06260012', 'Nassauwijk'],
  ['BU06260001', 'Noord-Hofland'],
  ['BU06260002', 'Adegeest'],
  ['BU06260004', 'Boschgeest'],
  ['BU06260006', 'Bijdorp'],
  ['BU06260007', 'Vlietwijk'],
  ['BU06260008', 'Starrenburg'],
  ['BU06260009', 'Dobbewijk'],
  ['BU06260010', 'Krimwijk'],
  ['BU06260011', 'Centrum'],
  ['BU06260013', 'Bloemenwijk'],
  ['BU06260014', 'Buitengebied'],
];
const cbsBuurten: NepFeature[] = buurtnamen.map(([buurtcode, buurtnaam], i) =>
  feature(
    { buurtcode, buurtnaam, wijkcode: 'WK062600', wijknaam: 'Wijk 00' },
    buurtnaam === 'Noord-Hofland'
      ? { type: 'Polygon', coordinates: [rafelig] }
      : buurtnaam === 'Centrum'
        ? {
            type: 'MultiPolygon',
            coordinates: [[rechthoek(4.44, 52.12, 4.445, 52.13)], [rechthoek(4.445, 52.12, 4.45, 52.125)]],
          }
        : { type: 'Polygon', coordinates: [rechthoek(4.42 + i * 0.004, 52.12, 4.424 + i * 0.004, 52.125)] },
  ),
);
/** The ten CBS buurten that carry the name of one of our wijken. */
const doorNaam = {
  BU06260001: 'noord-hofland',
  BU06260002: 'adegeest',
  BU06260004: 'boschgeest',
  BU06260006: 'bijdorp',
  BU06260007: 'vlietwijk',
  BU06260008: 'starrenburg',
  BU06260009: 'dobbewijk',
  BU06260010: 'krimwijk',
  BU06260011: 'centrum',
  BU06260012: 'nassauwijk',
};

let pdok: NepPdok;
let map: string;

beforeAll(async () => {
  pdok = await startNepPdok({ jaar: 2023, wijken: cbsWijken, buurten: cbsBuurten, perPagina: 5 });
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
  it('follows the next links, links the real CBS buurten to our wijken by name and reports the rest', async () => {
    pdok.verzoeken.length = 0;
    const o = opties('wijkgrenzen.json');
    const verslag = await importeerWijken(o);

    // Paging: 1 Voorschoten wijk, 12 buurten at 5 a page.
    const paden = pdok.verzoeken.map((u) => u.pathname.replace(/^.*collections\//, ''));
    expect(paden).toEqual(['wijken/items', 'buurten/items', 'buurten/items', 'buurten/items']);
    for (const u of pdok.verzoeken) {
      expect(u.pathname).toContain('/cbs/wijken-en-buurten-2023/ogc/v1/');
      expect(u.searchParams.get('gemeentecode')).toBe('GM0626');
      expect(u.searchParams.get('f')).toBe('json');
      expect(u.searchParams.get('limit')).toBe('1000');
    }
    expect(pdok.verzoeken.map((u) => u.searchParams.get('offset'))).toEqual([null, null, '5', '10']);

    const bestand = wijkgrenzenSchema.parse(JSON.parse(readFileSync(o.uitvoer, 'utf8')));
    expect(bestand.jaar).toBe(2023);
    expect(bestand.wijken.map((w) => [w.wijkcode, w.wijk ?? null])).toEqual([['WK062600', null]]);
    // "Noord-Hofland" (CBS, with a hyphen) is our "Noord Hofland".
    expect(bestand.buurten.map((b) => [b.buurtcode, b.wijkcode, b.wijk ?? null])).toEqual(
      [...buurtnamen]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([code]) => [code, 'WK062600', (doorNaam as Record<string, string | undefined>)[code] ?? null]),
    );
    expect(verslag.gekoppeld).toEqual(doorNaam);
    expect(new Set([...bestand.wijken, ...bestand.buurten].map((v) => v.bron))).toEqual(new Set(['cbs']));
    expect(bestand.buurten.find((b) => b.buurtnaam === 'Centrum')!.geometrie.type).toBe('MultiPolygon');

    // Never guessed: the note does not say where Bloemenwijk and Buitengebied belong.
    expect(verslag.nietGekoppeld).toEqual([
      { soort: 'wijk', code: 'WK062600', naam: 'Wijk 00' },
      { soort: 'buurt', code: 'BU06260013', naam: 'Bloemenwijk' },
      { soort: 'buurt', code: 'BU06260014', naam: 'Buitengebied' },
    ]);
    const meldingen = o.meldingen.join('\n');
    expect(meldingen).toMatch(/Niet gekoppeld[\s\S]*BU06260013 "Bloemenwijk"[\s\S]*handmatigeKoppeling/);
    // Leidseweg has no CBS unit: reported with what to do.
    expect(verslag.zonderGrens).toEqual(['leidseweg']);
    expect(verslag.eigen).toEqual([]);
    expect(meldingen).toMatch(/Onze wijken zonder grens: leidseweg\.[\s\S]*"eigen"[\s\S]*"handmatig"/);
  });

  it('keeps a hand-drawn boundary for a wijk without CBS unit, and drops a sample one', async () => {
    const leidseweg = (bron: 'handmatig' | 'voorbeeld') => ({
      wijken: [],
      buurten: [],
      eigen: [
        {
          wijk: 'leidseweg',
          naam: 'Leidseweg',
          geometrie: { type: 'Polygon', coordinates: [rechthoek(4.43, 52.13, 4.435, 52.135)] },
          bron,
        },
      ],
    });
    const o = opties('eigen.json');
    writeFileSync(o.uitvoer, JSON.stringify(leidseweg('handmatig')));
    const verslag = await importeerWijken(o);
    const bestand = wijkgrenzenSchema.parse(JSON.parse(readFileSync(o.uitvoer, 'utf8')));
    expect(bestand.eigen).toEqual(leidseweg('handmatig').eigen);
    expect(verslag.eigen).toEqual(['leidseweg']);
    expect(verslag.zonderGrens).toEqual([]);
    expect(bestand.buurten).toHaveLength(12);
    // A second run keeps it again.
    const tekst = readFileSync(o.uitvoer, 'utf8');
    await importeerWijken(o);
    expect(readFileSync(o.uitvoer, 'utf8')).toBe(tekst);

    const v = opties('voorbeeld.json');
    writeFileSync(v.uitvoer, JSON.stringify(leidseweg('voorbeeld')));
    const zonder = await importeerWijken(v);
    expect(wijkgrenzenSchema.parse(JSON.parse(readFileSync(v.uitvoer, 'utf8'))).eigen).toBeUndefined();
    expect(zonder.zonderGrens).toEqual(['leidseweg']);
    expect(v.meldingen.join('\n')).toMatch(/Voorbeeldgrenzen weggelaten[^\n]*leidseweg/);

    // An unreadable existing file is not overwritten: it may hold hand-drawn work.
    const kapot = opties('kapot.json');
    writeFileSync(kapot.uitvoer, '{"eigen": [');
    await expect(importeerWijken(kapot)).rejects.toThrow(/kapot\.json niet lezen[\s\S]*met de hand getekende grenzen/);
    expect(readFileSync(kapot.uitvoer, 'utf8')).toBe('{"eigen": [');
  });

  it('rounds to 6 decimals, drops collinear vertices, and writes stable keys and order', async () => {
    const o = opties('stabiel.json');
    await importeerWijken(o);
    const tekst = readFileSync(o.uitvoer, 'utf8');
    const bestand = JSON.parse(tekst) as { wijken: Record<string, unknown>[]; buurten: Record<string, unknown>[] };
    expect(Object.keys(bestand)).toEqual(['jaar', 'wijken', 'buurten']);
    expect(Object.keys(bestand.buurten[0]!)).toEqual([
      'buurtcode',
      'buurtnaam',
      'wijkcode',
      'wijk',
      'geometrie',
      'bron',
    ]);
    expect(Object.keys(bestand.wijken[0]!)).toEqual(['wijkcode', 'wijknaam', 'geometrie', 'bron']); // not linked
    for (const getal of tekst.match(/-?\d+\.\d+/g) ?? []) expect(getal.split('.')[1]!.length).toBeLessThanOrEqual(6);
    // The ragged edge of Noord-Hofland (BU06260001): 9 vertices on a straight line go, the corners stay.
    expect((bestand.buurten[0]!['geometrie'] as { coordinates: unknown }).coordinates).toEqual([
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

  it('links a CBS area by code through the manual table (the coördinator decides for Bloemenwijk)', async () => {
    const o = opties('koppeling.json', { koppeling: { BU06260013: 'centrum' } });
    const verslag = await importeerWijken(o);
    expect(verslag.gekoppeld['BU06260013']).toBe('centrum');
    expect(verslag.nietGekoppeld.map((n) => n.code)).toEqual(['WK062600', 'BU06260014']);
    await expect(importeerWijken(opties('fout.json', { koppeling: { BU06260013: 'bloemenwijk' } }))).rejects.toThrow(
      /BU06260013 → "bloemenwijk" noemt een wijk die niet bestaat/,
    );
    expect(handmatigeKoppeling).toEqual({}); // nothing decided for the coördinator
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
