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
  normaliseer,
  puntInVlak,
  stratenSchema,
  wijkgrenzenSchema,
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
const voorbeeldGrenzen = [...grenzen.wijken, ...grenzen.buurten].some((g) => g.bron === 'voorbeeld');

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

  it.runIf(voorbeeldGrenzen)('sample data: one boundary per wijk, near Voorschoten, no overlaps', () => {
    expect(grenzen.wijken.map((w) => w.wijk).sort()).toEqual([...wijkSlugs].sort());
    expect([...grenzen.wijken, ...grenzen.buurten].every((g) => g.bron === 'voorbeeld')).toBe(true);
    for (const w of grenzen.wijken) {
      const punten = w.geometrie.type === 'Polygon' ? w.geometrie.coordinates.flat() : w.geometrie.coordinates.flat(2);
      for (const [lon, lat] of punten) {
        expect(lon, w.wijkcode).toBeGreaterThanOrEqual(4.42);
        expect(lon, w.wijkcode).toBeLessThanOrEqual(4.47);
        expect(lat, w.wijkcode).toBeGreaterThanOrEqual(52.12);
        expect(lat, w.wijkcode).toBeLessThanOrEqual(52.14);
      }
    }
    // A grid of points over the whole box: each lies in exactly one sample wijk.
    for (let lon = 4.4205; lon < 4.47; lon += 0.001) {
      for (let lat = 52.1203; lat < 52.14; lat += 0.001) {
        const in_ = grenzen.wijken.filter((w) => puntInVlak([lon, lat], w.geometrie)).map((w) => w.wijk);
        expect(in_, `${lon.toFixed(4)}, ${lat.toFixed(4)}`).toHaveLength(1);
      }
    }
  });

  it.runIf(voorbeeldGrenzen)('sample data: a project drawn as a point lies in one of its wijken', () => {
    for (const p of projecten) {
      const geometrie = p.data['geometrie'] as { type: string; coordinates: unknown };
      if (geometrie.type !== 'Point') continue;
      const punt = geometrie.coordinates as [number, number];
      const wijk = grenzen.wijken.find((w) => puntInVlak(punt, w.geometrie))?.wijk;
      expect(p.data['wijken'], p.id).toContain(wijk);
    }
  });
});
