/**
 * The map's style: overlays for every project type on a plain background, and the same overlays
 * on top of a basemap style; a basemap that cannot be loaded is an error the map falls back on.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { projecttypen } from '../../src/domain/schemas.ts';
import type { KaartData } from '../../src/lib/kaart.ts';
import { kaartAchtergrond } from '../../src/lib/kaart-stijl.ts';
import { kaleStijl, metOndergrond } from '../../src/scripts/kaart-lagen.ts';

const data: KaartData = {
  grenzen: { type: 'FeatureCollection', features: [] },
  projecten: { type: 'FeatureCollection', features: [] },
  omvang: [
    [4.4, 52.1],
    [4.5, 52.2],
  ],
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('kaleStijl', () => {
  it('draws the plain background first, then boundaries, then a line layer per project type', () => {
    const stijl = kaleStijl(data);
    expect(stijl.layers[0]).toMatchObject({ type: 'background', paint: { 'background-color': kaartAchtergrond } });
    const ids = stijl.layers.map((l) => l.id);
    expect(ids.indexOf('grens-lijn')).toBeLessThan(ids.indexOf('project-vlak'));
    for (const t of projecttypen) expect(ids, t).toContain(`project-lijn-${t}`);
    expect(Object.keys(stijl.sources)).toEqual(['grenzen', 'projecten']);
  });
});

describe('metOndergrond', () => {
  const basis = {
    version: 8,
    sources: { brt: { type: 'vector', url: 'https://api.pdok.nl/x' } },
    layers: [
      { id: 'achtergrond', type: 'background' },
      { id: 'wegen', type: 'line', source: 'brt', 'source-layer': 'wegen' },
    ],
  };

  it("puts our sources and overlays on top of the basemap's layers, without our background", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(Response.json(basis))),
    );
    const stijl = await metOndergrond('https://api.pdok.nl/stijl', kaleStijl(data));
    const ids = stijl.layers.map((l) => l.id);
    expect(ids.slice(0, 2)).toEqual(['achtergrond', 'wegen']);
    expect(ids).toContain('project-punt');
    expect(stijl.layers.filter((l) => l.type === 'background')).toHaveLength(1);
    expect(Object.keys(stijl.sources)).toEqual(['brt', 'grenzen', 'projecten']);
  });

  it('fails on an HTTP error, on something that is not a style, and when the network fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('nee', { status: 503 }))),
    );
    await expect(metOndergrond('https://api.pdok.nl/stijl', kaleStijl(data))).rejects.toThrow('503');
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(Response.json({ hallo: 'wereld' }))),
    );
    await expect(metOndergrond('https://api.pdok.nl/stijl', kaleStijl(data))).rejects.toThrow('geen MapLibre-stijl');
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('fetch failed'))),
    );
    await expect(metOndergrond('https://api.pdok.nl/stijl', kaleStijl(data))).rejects.toThrow('fetch failed');
  });
});
