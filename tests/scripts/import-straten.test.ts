/**
 * `npm run import:straten` against a local stand-in for the PDOK Locatieserver v3.1.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stratenSchema, type Wijkgrenzen } from '../../src/domain/straat.ts';
import { alsJson, bekendeWijken } from '../../scripts/import-wijken.ts';
import {
  importeerStraten,
  optiesUitOmgeving,
  wktLijn,
  wktPunt,
  type StratenOpties,
} from '../../scripts/import-straten.ts';
import { rechthoek, startNepPdok, type NepDoc, type NepPdok } from './nep-pdok.ts';

const wijken = bekendeWijken();

/**
 * As CBS has Voorschoten: one unlinked wijk (WK062600) and buurten, of which Noord-Hofland,
 * Centrum and Vlietwijk are our wijken and Buitengebied is not linked.
 */
const grenzen: Wijkgrenzen = {
  jaar: 2024,
  wijken: [
    {
      wijkcode: 'WK062600',
      wijknaam: 'Wijk 00',
      geometrie: { type: 'Polygon', coordinates: [rechthoek(4.43, 52.12, 4.47, 52.14)] },
      bron: 'cbs',
    },
  ],
  buurten: [
    {
      buurtcode: 'BU06260001',
      buurtnaam: 'Noord-Hofland',
      wijkcode: 'WK062600',
      wijk: 'noord-hofland',
      geometrie: { type: 'Polygon', coordinates: [rechthoek(4.43, 52.13, 4.44, 52.14)] },
      bron: 'cbs',
    },
    {
      buurtcode: 'BU06260007',
      buurtnaam: 'Vlietwijk',
      wijkcode: 'WK062600',
      wijk: 'vlietwijk',
      geometrie: { type: 'Polygon', coordinates: [rechthoek(4.45, 52.12, 4.46, 52.13)] },
      bron: 'cbs',
    },
    {
      buurtcode: 'BU06260011',
      buurtnaam: 'Centrum',
      wijkcode: 'WK062600',
      wijk: 'centrum',
      geometrie: { type: 'Polygon', coordinates: [rechthoek(4.44, 52.12, 4.45, 52.13)] },
      bron: 'cbs',
    },
    {
      buurtcode: 'BU06260014',
      buurtnaam: 'Buitengebied',
      wijkcode: 'WK062600',
      geometrie: { type: 'Polygon', coordinates: [rechthoek(4.45, 52.13, 4.47, 52.14)] },
      bron: 'cbs',
    },
  ],
};

const plaats = { woonplaatsnaam: 'Voorschoten', gemeentecode: '0626', gemeentenaam: 'Voorschoten' };
const weg = (id: string, straatnaam: string, extra: Record<string, unknown>): NepDoc => ({
  id,
  type: 'weg',
  weergavenaam: `${straatnaam}, Voorschoten`,
  straatnaam,
  ...plaats,
  ...extra,
});
const postcode = (id: string, straatnaam: string, pc: string, punt: string): NepDoc => ({
  id,
  type: 'postcode',
  weergavenaam: `${straatnaam}, ${pc} Voorschoten`,
  straatnaam,
  postcode: pc,
  ...plaats,
  centroide_ll: punt,
});

const docs: NepDoc[] = [
  weg('weg-1', 'Jan Evertsenlaan', {
    centroide_ll: 'POINT(4.43725 52.13512)',
    centroide_rd: 'POINT(89000 460000)',
    geometrie_ll: 'MULTILINESTRING((4.4340000004 52.1338,4.4362 52.1348),(4.4362 52.1348,4.4405 52.1364))',
  }),
  weg('weg-2', 'Voorstraat', {
    centroide_ll: 'POINT(4.445 52.125)',
    geometrie_ll: 'LINESTRING(4.4432 52.1258,4.4485 52.1288)',
  }),
  weg('weg-3', 'Vlietweg', { centroide_ll: 'POINT(4.455 52.125)' }),
  // No centroid: placed by its postcodes.
  weg('weg-4', 'Alettahof', {}),
  // In a CBS wijk that is none of ours.
  weg('weg-5', 'Buitenweg', { centroide_ll: 'POINT(4.465 52.135)' }),
  // Another municipality (the server's filter keeps it out) and a document without a street name.
  {
    ...weg('weg-6', 'Voorstraat', { centroide_ll: 'POINT(4.49 52.16)' }),
    gemeentecode: '0599',
    woonplaatsnaam: 'Leiden',
  },
  { id: 'weg-7', type: 'weg', ...plaats, centroide_ll: 'POINT(4.445 52.125)' },
  postcode('pc-1', 'Jan Evertsenlaan', '2253VB', 'POINT(4.436 52.135)'),
  postcode('pc-2', 'Voorstraat', '2251BM', 'POINT(4.444 52.125)'),
  postcode('pc-3', 'Alettahof', '2253VD', 'POINT(4.438 52.137)'),
  postcode('pc-4', 'Jan Evertsenlaan', '2253VA', 'POINT(4.435 52.134)'),
  postcode('pc-5', 'Alettahof', '2253VE', 'POINT(4.439 52.138)'),
  postcode('pc-6', 'Jan Evertsenlaan', '2253 vc', 'POINT(4.437 52.136)'),
  postcode('pc-7', 'Jan Evertsenlaan', '2253VA', 'POINT(4.435 52.134)'),
  // Only known from a postcode: no type:weg document.
  postcode('pc-8', 'Kerkplein', '2251BX', 'POINT(4.446 52.126)'),
];

let pdok: NepPdok;
let map: string;
let grenzenBestand: string;

beforeAll(async () => {
  pdok = await startNepPdok({ docs, maxRijen: 2 });
  map = mkdtempSync(join(tmpdir(), 'import-straten-'));
  grenzenBestand = join(map, 'wijkgrenzen.json');
  writeFileSync(grenzenBestand, alsJson(grenzen));
});
afterAll(async () => {
  await pdok.sluit();
  rmSync(map, { recursive: true, force: true });
});

function opties(naam: string, extra: Partial<StratenOpties> = {}): StratenOpties & { meldingen: string[] } {
  const meldingen: string[] = [];
  return {
    ...optiesUitOmgeving({ PDOK_LOCATIESERVER_BASIS: `${pdok.url}/bzk/locatieserver/search/v3_1/` }),
    wijkgrenzen: grenzenBestand,
    uitvoer: join(map, naam),
    wijken,
    log: () => undefined,
    waarschuw: (r) => meldingen.push(r),
    meldingen,
    ...extra,
  };
}

describe('import:straten against a local Locatieserver', () => {
  it('stops, naming the streets, when a street lies in no linked wijk; writes nothing', async () => {
    const o = opties('straten.json');
    await expect(importeerStraten(o)).rejects.toThrow(
      /1 straten liggen in geen enkele gekoppelde wijk- of buurtgrens:\n {2}Buitenweg \(Voorschoten\)[\s\S]*handmatigeKoppeling[\s\S]*--zonder-wijk-overslaan/,
    );
    expect(existsSync(o.uitvoer)).toBe(false);
  });

  it('pages through both document types, assigns wijken by point-in-polygon and merges postcodes', async () => {
    pdok.verzoeken.length = 0;
    const o = opties('straten.json', { zonderWijkOverslaan: true });
    const verslag = await importeerStraten(o);

    // Paging with start/rows until numFound: 6 roads and 8 postcodes at 2 a page.
    const pagina = (type: string) =>
      pdok.verzoeken
        .filter((u) => u.searchParams.getAll('fq').includes(`type:${type}`))
        .map((u) => u.searchParams.get('start'));
    expect(pagina('weg')).toEqual(['0', '2', '4']);
    expect(pagina('postcode')).toEqual(['0', '2', '4', '6']);
    for (const u of pdok.verzoeken) {
      expect(u.pathname).toBe('/bzk/locatieserver/search/v3_1/free');
      expect(u.searchParams.getAll('fq')).toContain('gemeentecode:0626');
      expect(u.searchParams.get('rows')).toBe('100');
    }

    const straten = stratenSchema.parse(JSON.parse(readFileSync(o.uitvoer, 'utf8')));
    expect(straten.map((s) => [s.slug, s.wijk, s.postcodes])).toEqual([
      ['alettahof', 'noord-hofland', ['2253VD', '2253VE']],
      ['jan-evertsenlaan', 'noord-hofland', ['2253VA', '2253VB', '2253VC']],
      ['kerkplein', 'centrum', ['2251BX']],
      ['vlietweg', 'vlietwijk', []],
      ['voorstraat', 'centrum', ['2251BM']],
    ]);
    expect(straten.every((s) => s.bron === 'pdok')).toBe(true);
    expect(straten.find((s) => s.slug === 'jan-evertsenlaan')!.geometrie).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [4.434, 52.1338],
          [4.4362, 52.1348],
        ],
        [
          [4.4362, 52.1348],
          [4.4405, 52.1364],
        ],
      ],
    });
    expect(straten.find((s) => s.slug === 'voorstraat')!.geometrie?.type).toBe('LineString');
    expect(straten.find((s) => s.slug === 'vlietweg')!.geometrie).toBeUndefined();

    expect(verslag).toMatchObject({
      straten: 5,
      metGeometrie: 2,
      zonderWijk: ['Buitenweg (Voorschoten)'],
      alleenUitPostcodes: ['Kerkplein (Voorschoten)'],
      zonderPostcode: ['Vlietweg (Voorschoten)'],
    });
    expect(verslag.perWijk).toMatchObject({ 'noord-hofland': 2, centrum: 2, vlietwijk: 1, adegeest: 0 });
    const meldingen = o.meldingen.join('\n');
    expect(meldingen).toContain('Buitenweg (Voorschoten)');
    expect(meldingen).toMatch(/Overgeslagen[\s\S]*weg weg-7 zonder straatnaam/);
    expect(meldingen).not.toContain('weg-6');
    expect(meldingen).toMatch(/Wijken zonder straten: adegeest/);

    const eerst = readFileSync(o.uitvoer, 'utf8');
    await importeerStraten(o);
    expect(readFileSync(o.uitvoer, 'utf8')).toBe(eerst);
  });

  it('fails with a clear message on a server error and writes nothing', async () => {
    const kapot = await startNepPdok({ docs, storing: { '/free': 500 } });
    try {
      const o = {
        ...opties('bestaand.json', { zonderWijkOverslaan: true }),
        basis: `${kapot.url}/bzk/locatieserver/search/v3_1`,
      };
      writeFileSync(o.uitvoer, 'oud\n');
      await expect(importeerStraten(o)).rejects.toThrow(
        new RegExp(`${kapot.url}/bzk/locatieserver/search/v3_1/free\\?\\S+ antwoordde HTTP 500 Internal Server Error`),
      );
      expect(readFileSync(o.uitvoer, 'utf8')).toBe('oud\n');
    } finally {
      await kapot.sluit();
    }
  });

  it('refuses the sample boundaries: real streets are not placed in invented wijken', async () => {
    const o = opties('voorbeeld.json', { wijkgrenzen: resolve(import.meta.dirname, '../../content/wijkgrenzen.json') });
    const voorbeeld = JSON.parse(readFileSync(o.wijkgrenzen, 'utf8')) as { wijken: { bron: string }[] };
    if (voorbeeld.wijken.some((w) => w.bron === 'voorbeeld')) {
      await expect(importeerStraten(o)).rejects.toThrow(/bevat voorbeeldgrenzen[\s\S]*npm run import:wijken/);
    }
    await expect(importeerStraten({ ...o, wijkgrenzen: join(map, 'bestaat-niet.json') })).rejects.toThrow(
      /Kan \S+bestaat-niet\.json niet lezen[\s\S]*npm run import:wijken/,
    );
    expect(existsSync(o.uitvoer)).toBe(false);
    expect(pdok.verzoeken.length).toBeGreaterThan(0);
  });

  it('reads its settings from the environment and the command line', () => {
    expect(optiesUitOmgeving({})).toMatchObject({
      basis: 'https://api.pdok.nl/bzk/locatieserver/search/v3_1',
      zonderWijkOverslaan: false,
    });
    expect(optiesUitOmgeving({}).uitvoer).toMatch(/content[/\\]straten\.json$/);
    expect(optiesUitOmgeving({}, ['--zonder-wijk-overslaan']).zonderWijkOverslaan).toBe(true);
  });
});

describe('WKT from the Locatieserver', () => {
  it('reads points and (multi)linestrings, rounded to 6 decimals', () => {
    expect(wktPunt('POINT(4.437251234 52.13512)')).toEqual([4.437251, 52.13512]);
    expect(wktPunt('POINT (4.4 52.1)')).toEqual([4.4, 52.1]);
    expect(wktPunt('POLYGON((1 2,3 4))')).toBeUndefined();
    expect(wktPunt(undefined)).toBeUndefined();
    expect(wktLijn('LINESTRING(4.43 52.13, 4.44 52.14)')).toEqual({
      type: 'LineString',
      coordinates: [
        [4.43, 52.13],
        [4.44, 52.14],
      ],
    });
    expect(wktLijn('MULTILINESTRING((4.43 52.13,4.44 52.14))')?.type).toBe('LineString');
    expect(wktLijn('POINT(4.43 52.13)')).toBeUndefined();
  });
});
