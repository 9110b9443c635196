import { describe, expect, it } from 'vitest';
import { raaktStraat, vindStraten, zoekStraten } from '../../src/domain/straatvinder.ts';

const straat = (naam: string, slug: string, postcodes: string[]) => ({ naam, slug, postcodes });
const index = [
  straat('Alettahof', 'alettahof', ['2253VD']),
  straat('Bachlaan', 'bachlaan', ['2254EA', '2254EB']),
  straat('Chopinlaan', 'chopinlaan', ['2254']),
  straat('Dr. Schäferlaan', 'dr-schaferlaan', ['2252']),
  straat('Händellaan', 'handellaan', ['2254']),
  straat('Hoflaan', 'hoflaan', ['2253']),
  straat('Hofweg', 'hofweg', ['2251']),
  straat('Jan Evertsenlaan', 'jan-evertsenlaan', ['2253VA', '2253VB', '2253VC']),
  straat("'s-Gravendamseweg", 's-gravendamseweg', ['2252']),
  straat('Voorstraat', 'voorstraat', ['2251']),
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

  it('lists every street of the PC4 for an unknown PC6, also the streets known by PC6, and says so', () => {
    // Hoflaan is known by PC4 only, Alettahof and Jan Evertsenlaan by PC6: all three lie in 2253.
    for (const q of ['2253 AB', '2253ab', '2253-AB', ' 2253  ab ', '2253 - ab']) {
      expect(slugs(q), q).toEqual(['alettahof', 'hoflaan', 'jan-evertsenlaan']);
      expect(vindStraten(index, q).soort, q).toBe('pc6-onbekend');
      expect(vindStraten(index, q).postcode, q).toBe('2253AB');
    }
    expect(vindStraten(index, '2253 VC')).toMatchObject({ soort: 'pc6', postcode: '2253VC' });
    expect(vindStraten(index, '2253')).toMatchObject({ soort: 'pc4', postcode: '2253' });
    expect(vindStraten(index, '9999 ZZ')).toEqual({ straten: [], soort: 'pc6-onbekend', postcode: '9999ZZ' });
  });

  it('reads a postcode with a house number, in any spelling', () => {
    for (const q of ['2254 EA 12', '2254EA12', '2254 ea 12a', '2254 EA, 12', '2254-ea 12-14', '2254 EA 12 bis'])
      expect(slugs(q), q).toEqual(['bachlaan']);
    expect(slugs('2253 12')).toEqual(['alettahof', 'hoflaan', 'jan-evertsenlaan']);
  });

  it('ignores the town name and punctuation around a street name or postcode', () => {
    for (const q of [
      'Bachlaan, Voorschoten',
      'Bachlaan Voorschoten',
      'bachlaan voorschoten',
      'Voorschoten, Bachlaan',
      'Voorschoten Bachlaan 12',
      'Bachlaan 12, Voorschoten',
      'Bachlaan 12, 2254 EA Voorschoten',
      'Bachlaan 12,, 2254EA, Voorschoten.',
      'Bachlaan12',
      'bachlaan 12',
      'Bachlaan.',
      '2254 EA Voorschoten',
      'Voorschoten 2254EA',
    ])
      expect(slugs(q), q).toEqual(['bachlaan']);
    expect(slugs('2252 Voorschoten').sort()).toEqual(['dr-schaferlaan', 's-gravendamseweg']);
    expect(slugs('Dr. Schäferlaan 3, Voorschoten')).toEqual(['dr-schaferlaan']);
    expect(slugs('Voorschoten')).toEqual([]);
  });

  it('reads "str" or "str." at the end of a name as "straat"', () => {
    for (const q of ['Voorstr.', 'voorstr', 'Voorstr. 5']) expect(slugs(q), q).toEqual(['voorstraat']);
    expect(vindStraten(index, 'voorstr.').soort).toBe('naam');
  });

  it('uses the postcode when the name typed with it matches no street', () => {
    expect(slugs('Bachlan 12, 2254 EA')).toEqual(['bachlaan']);
    expect(vindStraten(index, 'Bachlan 12, 2254 EA').soort).toBe('pc6');
    expect(vindStraten(index, 'Hoflaan 2254').soort).toBe('naam');
  });

  it('lists every street containing a part of a name, sorted by name', () => {
    expect(slugs('hof')).toEqual(['alettahof', 'hoflaan', 'hofweg']);
    expect(slugs('evertsen')).toEqual(['jan-evertsenlaan']);
    expect(vindStraten(index, 'hof').soort).toBe('deel');
  });

  it('finds nothing for nonsense, an empty term, or too short a part', () => {
    expect(slugs('xyzzy')).toEqual([]);
    expect(slugs('')).toEqual([]);
    expect(slugs('   ')).toEqual([]);
    expect(slugs('ho')).toEqual([]);
    expect(slugs('9999 ZZ')).toEqual([]);
    expect(vindStraten(index, 'xyzzy')).toEqual({ straten: [] });
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
