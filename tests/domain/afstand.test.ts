import { describe, expect, it } from 'vitest';
import { afstandInMeters, binnenAfstand, type Geo } from '../../src/domain/afstand.ts';

// Around Voorschoten one degree of latitude is ~111.3 km, one degree of longitude ~68.4 km.
const lat = 52.13;
const lon = 4.44;
const noord = (m: number) => m / 111_320;
const oost = (m: number) => m / (111_320 * Math.cos((lat * Math.PI) / 180));

const straat: Geo = {
  type: 'LineString',
  coordinates: [
    [lon, lat],
    [lon + oost(200), lat],
  ],
};
const punt = (dx: number, dy: number): Geo => ({ type: 'Point', coordinates: [lon + oost(dx), lat + noord(dy)] });

describe('afstandInMeters', () => {
  it('measures a point beside the middle of a street', () => {
    expect(afstandInMeters(punt(100, 30), straat)).toBeCloseTo(30, 0);
    expect(afstandInMeters(straat, punt(100, -49))).toBeCloseTo(49, 0);
  });

  it('measures a point beyond the end of a street to that end', () => {
    expect(afstandInMeters(punt(240, 30), straat)).toBeCloseTo(50, 0);
  });

  it('is 0 for crossing lines and for a line that runs through an area', () => {
    const dwars: Geo = {
      type: 'MultiLineString',
      coordinates: [
        [
          [lon + oost(50), lat - noord(20)],
          [lon + oost(50), lat + noord(20)],
        ],
      ],
    };
    expect(afstandInMeters(dwars, straat)).toBe(0);
    const vlak: Geo = {
      type: 'Polygon',
      coordinates: [
        [
          [lon + oost(150), lat - noord(10)],
          [lon + oost(400), lat - noord(10)],
          [lon + oost(400), lat + noord(10)],
          [lon + oost(150), lat + noord(10)],
          [lon + oost(150), lat - noord(10)],
        ],
      ],
    };
    expect(afstandInMeters(vlak, straat)).toBe(0);
  });

  it('is 0 for a street that lies wholly inside a big area, though no edges meet', () => {
    const groot: Geo = {
      type: 'Polygon',
      coordinates: [
        [
          [lon - oost(500), lat - noord(500)],
          [lon + oost(500), lat - noord(500)],
          [lon + oost(500), lat + noord(500)],
          [lon - oost(500), lat + noord(500)],
          [lon - oost(500), lat - noord(500)],
        ],
      ],
    };
    expect(afstandInMeters(straat, groot)).toBe(0);
  });
});

describe('binnenAfstand', () => {
  it('draws the line at the given distance', () => {
    expect(binnenAfstand(punt(100, 45), straat, 50)).toBe(true);
    expect(binnenAfstand(punt(100, 55), straat, 50)).toBe(false);
    expect(binnenAfstand(punt(-60, 0), straat, 50)).toBe(false);
  });
});
