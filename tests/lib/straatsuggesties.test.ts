import { describe, expect, it } from 'vitest';
import { zoekStraten } from '../../src/domain/straatvinder.ts';
import { aantalStratenTekst, suggesties, type SuggestieStraat } from '../../src/lib/straatsuggesties.ts';

const straat = (naam: string, slug: string, postcodes: string[], wijk = 'Noord Hofland'): SuggestieStraat => ({
  naam,
  slug,
  postcodes,
  wijk,
});
const index = [
  straat('Alettahof', 'alettahof', ['2253VA']),
  straat('Händellaan', 'handellaan', ['2253VB'], 'Vlietwijk'),
  straat('Hofweg', 'hofweg', ['2251AA'], 'Centrum'),
  straat('Jan Evertsenlaan', 'jan-evertsenlaan', ['2253VC', '2253VD']),
  straat('Mozartlaan', 'mozartlaan', ['2253VE']),
];

describe('suggesties', () => {
  it('uses the server finder: the same streets for every term', () => {
    for (const term of ['jan ev', 'JAN EVERTSEN', 'hof', 'handel', 'Händellaan 12', '2253 vc', '2253', 'xyz', ''])
      expect(suggesties(index, term).straten, term).toEqual(zoekStraten(index, term));
  });

  it('matches case- and accent-insensitively, by part of the name and by PC6 postcode', () => {
    expect(suggesties(index, 'jan ev').straten.map((s) => s.slug)).toEqual(['jan-evertsenlaan']);
    expect(suggesties(index, 'HANDEL').straten.map((s) => s.slug)).toEqual(['handellaan']);
    expect(suggesties(index, '2253vd').straten.map((s) => s.slug)).toEqual(['jan-evertsenlaan']);
    expect(suggesties(index, 'ja').straten).toEqual([]);
  });

  it('ignores the town and a house number, also after a postcode', () => {
    for (const term of ['Händellaan, Voorschoten', 'handellaan voorschoten', 'Handellaan 4', '2253 VB 4', '2253vb4'])
      expect(
        suggesties(index, term).straten.map((s) => s.slug),
        term,
      ).toEqual(['handellaan']);
  });

  it('shows at most `max` streets but counts them all', () => {
    const r = suggesties(index, 'laan', 2);
    expect(r.straten).toHaveLength(2);
    expect(r.totaal).toBe(3);
  });
});

describe('aantalStratenTekst', () => {
  it('says how many streets match, in plain Dutch', () => {
    expect(aantalStratenTekst(0)).toBe('Geen straten gevonden');
    expect(aantalStratenTekst(1)).toBe('1 straat gevonden');
    expect(aantalStratenTekst(3)).toBe('3 straten gevonden');
    expect(aantalStratenTekst(12, 8)).toBe('12 straten gevonden, de eerste 8 staan in de lijst');
  });
});
