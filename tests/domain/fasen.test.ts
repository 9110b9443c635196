import { describe, expect, it } from 'vitest';
import { faseStatus, huidigeFase, projectAfgerond } from '../../src/domain/fasen.ts';
import type { Fase } from '../../src/domain/schemas.ts';

const fase = (naam: string, start: string, eind: string): Fase => ({
  naam,
  start: new Date(start),
  eind: new Date(eind),
});
const fasen = [fase('Uitvoering', '2027-03-01', '2027-06-30'), fase('Ontwerp', '2026-09-01', '2027-01-31')];

describe('fasen', () => {
  it('marks a phase as running up to and including its end date', () => {
    expect(faseStatus(fasen[1]!, new Date('2027-01-31T20:00:00Z'))).toBe('bezig');
    expect(faseStatus(fasen[1]!, new Date('2027-02-01T00:00:00Z'))).toBe('afgerond');
    expect(faseStatus(fasen[0]!, new Date('2027-02-15'))).toBe('gepland');
  });

  it('runs from the start of its first Dutch day to the end of its last Dutch day (not UTC days)', () => {
    // 00:30 on 1 February 2027 in Amsterdam is still 31 January in UTC.
    const halfEen = new Date('2027-01-31T23:30:00Z');
    expect(faseStatus(fasen[1]!, halfEen)).toBe('afgerond');
    expect(faseStatus(fase('Start', '2027-02-01', '2027-02-28'), halfEen)).toBe('bezig');
    // 23:30 on 31 January in Amsterdam: still the last day.
    expect(faseStatus(fasen[1]!, new Date('2027-01-31T22:30:00Z'))).toBe('bezig');
    // Summer time: 00:30 on 1 July 2027 is 22:30 UTC on 30 June.
    expect(faseStatus(fasen[0]!, new Date('2027-06-30T22:30:00Z'))).toBe('afgerond');
    expect(faseStatus(fasen[0]!, new Date('2027-06-30T21:30:00Z'))).toBe('bezig');
  });

  it('finds the current phase whatever the order in the file', () => {
    expect(huidigeFase(fasen, new Date('2026-10-01'))?.naam).toBe('Ontwerp');
    expect(huidigeFase(fasen, new Date('2027-04-01'))?.naam).toBe('Uitvoering');
  });

  it('between two phases, the next one counts as current', () => {
    expect(huidigeFase(fasen, new Date('2027-02-15'))?.naam).toBe('Uitvoering');
  });

  it('after the last phase there is none and the project is finished', () => {
    expect(huidigeFase(fasen, new Date('2027-08-01'))).toBeUndefined();
    expect(projectAfgerond(fasen, new Date('2027-08-01'))).toBe(true);
    expect(projectAfgerond(fasen, new Date('2027-04-01'))).toBe(false);
  });
});
