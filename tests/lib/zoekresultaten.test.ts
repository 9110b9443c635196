import { describe, expect, it } from 'vitest';
import {
  filterWaarden,
  kiesFilters,
  resultatenTekst,
  zinsUittreksel,
  zoekfilters,
} from '../../src/lib/zoekresultaten.ts';

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

describe('zinsUittreksel (a result excerpt that starts where a sentence starts)', () => {
  const t = (tekst: string) => ({ tekst, mark: false });
  const m = (tekst: string) => ({ tekst, mark: true });
  const alsTekst = (s: { tekst: string; mark: boolean }[]) =>
    s.map((x) => (x.mark ? `[${x.tekst}]` : x.tekst)).join('');

  it('drops the half sentence before the sentence that holds the first match', () => {
    expect(alsTekst(zinsUittreksel([t('de straat open. Daarna komt de '), m('riolering'), t(' aan de beurt.')]))).toBe(
      'Daarna komt de [riolering] aan de beurt.',
    );
  });

  it('keeps a match in the first sentence and marks a cut start and end with …', () => {
    expect(alsTekst(zinsUittreksel([t('werken aan de '), m('riolering'), t(' in Bijdorp en de')]))).toBe(
      '… werken aan de [riolering] in Bijdorp en de …',
    );
    expect(alsTekst(zinsUittreksel([m('Riolering'), t(' in Bijdorp.')]))).toBe('[Riolering] in Bijdorp.');
  });

  it('does not cut at a dot that ends no sentence (numbers, abbreviations before lower case)', () => {
    expect(alsTekst(zinsUittreksel([t('Het kost € 1.900 en o.a. de '), m('riolering'), t('.')]))).toBe(
      'Het kost € 1.900 en o.a. de [riolering].',
    );
  });

  it('a sentence start after the first match is left alone', () => {
    expect(alsTekst(zinsUittreksel([t('aan de '), m('riool'), t('. Daarna het '), m('riool'), t(' weer.')]))).toBe(
      '… aan de [riool]. Daarna het [riool] weer.',
    );
  });
});
