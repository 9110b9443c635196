import { describe, expect, it } from 'vitest';
import { filterWaarden, kiesFilters, resultatenTekst, zoekfilters } from '../../src/lib/zoekresultaten.ts';

describe('resultatenTekst', () => {
  it('announces the number of results for the term', () => {
    expect(resultatenTekst('riool', 0)).toBe('Geen resultaten voor “riool”.');
    expect(resultatenTekst(' riool ', 1)).toBe('1 resultaat voor “riool”.');
    expect(resultatenTekst('riool', 3)).toBe('3 resultaten voor “riool”.');
    expect(resultatenTekst('laan', 45, 20)).toBe('45 resultaten voor “laan”. De eerste 20 staan hieronder.');
  });

  it('says nothing for an empty term', () => {
    expect(resultatenTekst('  ', 0)).toBe('');
  });
});

describe('kiesFilters', () => {
  it('keeps only known filters that have a value', () => {
    expect(kiesFilters({ wijk: 'Centrum', type: '', onzin: 'x' })).toEqual({ wijk: 'Centrum' });
    expect(kiesFilters({ wijk: null, type: ' Riolering ' })).toEqual({ type: 'Riolering' });
    expect(kiesFilters({})).toEqual({});
  });

  it('knows the two filters the pages carry', () => {
    expect(zoekfilters.map((f) => f.naam)).toEqual(['wijk', 'type']);
  });
});

describe('filterWaarden', () => {
  it('sorts the values Dutch-alphabetically', () => {
    expect(filterWaarden({ Vlietwijk: 2, Adegeest: 1, 'Noord Hofland': 3 })).toEqual([
      'Adegeest',
      'Noord Hofland',
      'Vlietwijk',
    ]);
    expect(filterWaarden(undefined)).toEqual([]);
  });
});
