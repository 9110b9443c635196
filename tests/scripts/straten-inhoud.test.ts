/**
 * The committed content/straten.json and content/wijkgrenzen.json — sample data until someone runs
 * the importers with network — are valid, and fit the rest of the content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  controleerStraten,
  controleerWijkgrenzen,
  grensvlakken,
  normaliseer,
  puntInVlak,
  stratenSchema,
  wijkgrenzenSchema,
  wijkVoorPunt,
} from '../../src/domain/straat.ts';

const inhoudMap = resolve(import.meta.dirname, '../../content');

function voorwerk(map: string): { id: string; data: Record<string, unknown> }[] {
  return readdirSync(join(inhoudMap, map))
    .filter((n) => n.endsWith('.mdx'))
    .map((naam) => {
      const tekst = readFileSync(join(inhoudMap, map, naam), 'utf8');
      const yaml = /^---\n([\s\S]*?)\n---/.exec(tekst)?.[1] ?? '';
      return { id: naam.replace(/\.mdx$/, ''), data: parse(yaml, { schema: 'yaml-1.1' }) as Record<string, unknown> };
    });
}

const wijken = voorwerk('wijken');
const projecten = voorwerk('projecten');
const wijkSlugs = wijken.map((w) => w.id);
const straten = stratenSchema.parse(JSON.parse(readFileSync(join(inhoudMap, 'straten.json'), 'utf8')));
const grenzen = wijkgrenzenSchema.parse(JSON.parse(readFileSync(join(inhoudMap, 'wijkgrenzen.json'), 'utf8')));
const voorbeeldStraten = straten.some((s) => s.bron === 'voorbeeld');
const vlakken = grensvlakken(grenzen);
const voorbeeldGrenzen = vlakken.some((g) => g.bron === 'voorbeeld');

/** CBS wijk- en buurtkaart 2022 for GM0626 (/work/shared/reference/pdok-cbs.md): one wijk, twelve buurten. */
const cbsWijk = 'WK062600';
const cbsBuurten: Record<string, string> = {
  BU06260001: 'Noord-Hofland',
  BU06260002: 'Adegeest',
  BU06260004: 'Boschgeest',
  BU06260006: 'Bijdorp',
  BU06260007: 'Vlietwijk',
  BU06260008: 'Starrenburg',
  BU06260009: 'Dobbewijk',
  BU06260010: 'Krimwijk',
  BU06260011: 'Centrum',
  BU06260012: 'Nassauwijk',
  BU06260013: 'Bloemenwijk',
  BU06260014: 'Buitengebied',
};

describe('content/straten.json', () => {
  it('is valid: known wijken, sorted by slug, no slug twice', () => {
    expect(controleerStraten(straten, wijkSlugs)).toEqual([]);
  });

  it('has streets in every wijk', () => {
    for (const wijk of wijkSlugs) expect(straten.filter((s) => s.wijk === wijk).length, wijk).toBeGreaterThan(0);
  });

  it('has every street that a project lists', () => {
    const bekend = new Set(straten.map((s) => normaliseer(s.naam)));
    const ontbreekt = projecten.flatMap((p) =>
      (p.data['straten'] as string[]).filter((s) => !bekend.has(normaliseer(s))).map((s) => `${p.id}: ${s}`),
    );
    expect(ontbreekt).toEqual([]);
  });

  it('puts Jan Evertsenlaan and Alettahof in Noord Hofland (kadernota 6.2.2)', () => {
    for (const naam of ['Jan Evertsenlaan', 'Alettahof']) {
      expect(straten.find((s) => s.naam === naam)?.wijk, naam).toBe('noord-hofland');
    }
  });

  it.runIf(voorbeeldStraten)('sample data: all of it marked, each postcode in its wijk’s postcode area', () => {
    expect(straten.length).toBeGreaterThanOrEqual(50);
    expect(straten.every((s) => s.bron === 'voorbeeld')).toBe(true);
    const gebied = Object.fromEntries(wijken.map((w) => [w.id, (w.data['postcodegebied'] as { code: string }).code]));
    for (const s of straten) {
      expect(s.postcodes.length, s.naam).toBeGreaterThan(0);
      for (const pc of s.postcodes) expect(pc.slice(0, 4), `${s.naam} ${pc}`).toBe(gebied[s.wijk]);
    }
  });
});

describe('content/wijkgrenzen.json', () => {
  it('is valid: codes sorted and unique, wijk slugs known', () => {
    expect(controleerWijkgrenzen(grenzen, wijkSlugs)).toEqual([]);
  });

  it('uses only real CBS codes, with the CBS name; our wijken are CBS buurten, Leidseweg has its own boundary', () => {
    expect(grenzen.wijken.map((w) => w.wijkcode)).toEqual([cbsWijk]);
    for (const b of grenzen.buurten) {
      expect(cbsBuurten[b.buurtcode], b.buurtcode).toBe(b.buurtnaam);
      expect(b.wijkcode, b.buurtcode).toBe(cbsWijk);
    }
    const gekoppeld = Object.fromEntries(grenzen.buurten.map((b) => [b.wijk, b.buurtcode]));
    expect(gekoppeld['noord-hofland']).toBe('BU06260001');
    expect(gekoppeld['centrum']).toBe('BU06260011');
    expect(grenzen.eigen?.map((e) => e.wijk)).toEqual(['leidseweg']);
  });

  it.runIf(voorbeeldGrenzen)('sample data: one boundary per wijk, near Voorschoten, no overlaps', () => {
    const gekoppeld = vlakken.filter((v) => v.wijk !== undefined);
    expect(gekoppeld.map((w) => w.wijk).sort()).toEqual([...wijkSlugs].sort());
    expect(vlakken.every((g) => g.bron === 'voorbeeld')).toBe(true);
    for (const w of vlakken) {
      const punten = w.geometrie.type === 'Polygon' ? w.geometrie.coordinates.flat() : w.geometrie.coordinates.flat(2);
      for (const [lon, lat] of punten) {
        expect(lon, w.naam).toBeGreaterThanOrEqual(4.42);
        expect(lon, w.naam).toBeLessThanOrEqual(4.47);
        expect(lat, w.naam).toBeGreaterThanOrEqual(52.12);
        expect(lat, w.naam).toBeLessThanOrEqual(52.14);
      }
    }
    // A grid of points over the whole box: each lies in exactly one sample wijk.
    for (let lon = 4.4205; lon < 4.47; lon += 0.001) {
      for (let lat = 52.1203; lat < 52.14; lat += 0.001) {
        const in_ = gekoppeld.filter((w) => puntInVlak([lon, lat], w.geometrie)).map((w) => w.wijk);
        expect(in_, `${lon.toFixed(4)}, ${lat.toFixed(4)}`).toHaveLength(1);
      }
    }
  });

  it.runIf(voorbeeldGrenzen)('sample data: a project drawn as a point lies in one of its wijken', () => {
    for (const p of projecten) {
      const geometrie = p.data['geometrie'] as { type: string; coordinates: unknown };
      if (geometrie.type !== 'Point') continue;
      const punt = geometrie.coordinates as [number, number];
      const wijk = wijkVoorPunt(punt, grenzen);
      expect(p.data['wijken'], p.id).toContain(wijk);
    }
  });
});
