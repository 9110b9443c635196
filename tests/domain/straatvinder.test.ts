import { describe, expect, it } from 'vitest';
import { raaktStraat, zoekStraten } from '../../src/domain/straatvinder.ts';

const straat = (naam: string, slug: string, postcodes: string[]) => ({ naam, slug, postcodes });
const index = [
  straat('Alettahof', 'alettahof', ['2253VD']),
  straat('Dr. Schäferlaan', 'dr-schaferlaan', ['2252']),
  straat('Händellaan', 'handellaan', ['2254']),
  straat('Hoflaan', 'hoflaan', ['2253']),
  straat('Hofweg', 'hofweg', ['2251']),
  straat('Jan Evertsenlaan', 'jan-evertsenlaan', ['2253VA', '2253VB', '2253VC']),
  straat("'s-Gravendamseweg", 's-gravendamseweg', ['2252']),
];
const slugs = (q: string) => zoekStraten(index, q).map((s) => s.slug);

describe('zoekStraten', () => {
  it('finds a street by its exact name, whatever the case, spacing, accents or punctuation', () => {
    for (const q of [
      'Jan Evertsenlaan',
      'jan  evertsenlaan',
      ' JAN EVERTSENLAAN ',
      'Ján Évertsenlaan',
      'jan-evertsenlaan',
    ]) {
      expect(slugs(q), q).toEqual(['jan-evertsenlaan']);
    }
    expect(slugs('Handellaan')).toEqual(['handellaan']);
    expect(slugs('dr schaferlaan')).toEqual(['dr-schaferlaan']);
    expect(slugs('’s-Gravendamseweg')).toEqual(['s-gravendamseweg']);
  });

  it('ignores a house number after the name', () => {
    expect(slugs('Jan Evertsenlaan 12a')).toEqual(['jan-evertsenlaan']);
  });

  it('prefers the exact name over streets that merely contain it', () => {
    expect(slugs('hoflaan')).toEqual(['hoflaan']);
  });

  it('finds a street by a PC6 postcode in any spelling', () => {
    for (const q of ['2253 VC', '2253vc', ' 2253VC ']) expect(slugs(q), q).toEqual(['jan-evertsenlaan']);
  });

  it('falls back to the PC4 for a PC6 the index does not know, and lists every street of a PC4', () => {
    expect(slugs('2252 XX').sort()).toEqual(['dr-schaferlaan', 's-gravendamseweg']);
    expect(slugs('2253')).toEqual(['alettahof', 'hoflaan', 'jan-evertsenlaan']);
  });

  it('lists every street containing a part of a name, sorted by name', () => {
    expect(slugs('hof')).toEqual(['alettahof', 'hoflaan', 'hofweg']);
    expect(slugs('evertsen')).toEqual(['jan-evertsenlaan']);
  });

  it('finds nothing for nonsense, an empty term, or too short a part', () => {
    expect(slugs('xyzzy')).toEqual([]);
    expect(slugs('')).toEqual([]);
    expect(slugs('   ')).toEqual([]);
    expect(slugs('ho')).toEqual([]);
    expect(slugs('9999 ZZ')).toEqual([]);
  });

  it('reads at most 100 characters', () => {
    expect(slugs(`Jan Evertsenlaan${' '.repeat(100)}x`)).toEqual(['jan-evertsenlaan']);
  });
});

describe('raaktStraat', () => {
  const lijn = {
    type: 'LineString' as const,
    coordinates: [
      [4.44, 52.13],
      [4.443, 52.13],
    ] as [number, number][],
  };

  it('says "genoemd" when the project names the street, compared like the finder', () => {
    expect(raaktStraat({ straten: ['jan evertsenlaan'] }, { naam: 'Jan Evertsenlaan' })).toBe('genoemd');
    expect(raaktStraat({ straten: ['Handellaan'] }, { naam: 'Händellaan' })).toBe('genoemd');
  });

  it('says "dichtbij" within 50 m when both geometries are known, and nothing further away or without geometry', () => {
    const bij = {
      straten: [],
      geometrie: { type: 'Point' as const, coordinates: [4.441, 52.1303] as [number, number] },
    };
    const ver = {
      straten: [],
      geometrie: { type: 'Point' as const, coordinates: [4.441, 52.131] as [number, number] },
    };
    expect(raaktStraat(bij, { naam: 'Laan', geometrie: lijn })).toBe('dichtbij');
    expect(raaktStraat(ver, { naam: 'Laan', geometrie: lijn })).toBeUndefined();
    expect(raaktStraat(bij, { naam: 'Laan' })).toBeUndefined();
  });
});
