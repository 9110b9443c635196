import { describe, expect, it } from 'vitest';
import { amsterdamNaarMoment, datumLang, datumTijd, datumTijdCsv, isoDatum, tijd } from '../../src/domain/tijd.ts';

describe('tijd', () => {
  it('reads content times as Amsterdam wall-clock time, winter and summer', () => {
    expect(amsterdamNaarMoment('2027-01-15T19:30').toISOString()).toBe('2027-01-15T18:30:00.000Z');
    expect(amsterdamNaarMoment('2027-06-15T19:30').toISOString()).toBe('2027-06-15T17:30:00.000Z');
  });

  it('is right on the days the clock changes', () => {
    // 28 March 2027: 02:00 -> 03:00. 31 October 2027: 03:00 -> 02:00.
    expect(amsterdamNaarMoment('2027-03-28T12:00').toISOString()).toBe('2027-03-28T10:00:00.000Z');
    expect(amsterdamNaarMoment('2027-10-31T12:00').toISOString()).toBe('2027-10-31T11:00:00.000Z');
  });

  it('refuses other formats', () => {
    expect(() => amsterdamNaarMoment('15-01-2027 19:30')).toThrow(/Geen geldige tijd/);
  });

  it('formats in Dutch', () => {
    const m = amsterdamNaarMoment('2027-03-11T19:30');
    expect(datumLang(m)).toBe('donderdag 11 maart 2027');
    expect(tijd(m)).toBe('19:30');
    expect(datumTijd(amsterdamNaarMoment('2027-02-01T09:00'))).toBe('maandag 1 februari 2027, 09:00');
  });

  it('gives the Amsterdam day and wall-clock time of an instant, also just after midnight', () => {
    // 00:30 on 10 April 2027 in Amsterdam (summer time) is still 9 April in UTC.
    expect(isoDatum(new Date('2027-04-09T22:30:00Z'))).toBe('2027-04-10');
    expect(datumTijdCsv(new Date('2027-04-09T22:30:00Z'))).toBe('2027-04-10 00:30');
    expect(datumTijdCsv(new Date('2027-02-20T12:00:00Z'))).toBe('2027-02-20 13:00');
    expect(datumTijdCsv(new Date('2027-12-31T23:05:00Z'))).toBe('2028-01-01 00:05');
  });
});
