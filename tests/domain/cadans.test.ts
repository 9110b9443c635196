import { describe, expect, it } from 'vitest';
import { cadans } from '../../src/domain/cadans.ts';
import { instellingen } from '../../src/domain/instellingen.ts';
import type { Gesprek } from '../../src/domain/schemas.ts';

const gesprek = (datum: string): Gesprek => ({
  datum: new Date(datum),
  vorm: 'bewonersavond',
  onderwerp: 'test',
  bron: 'voorbeeld',
});

describe('cadans', () => {
  it('uses the 4-year interval from the settings', () => {
    expect(instellingen.gesprekIntervalJaren).toBe(4);
    const c = cadans([gesprek('2024-03-10')], new Date('2025-01-01'));
    expect(c.volgende?.toISOString().slice(0, 10)).toBe('2028-03-10');
    expect(c.status).toBe('op-tijd');
  });

  it('takes the latest conversation, not the first in the list', () => {
    const c = cadans([gesprek('2024-03-10'), gesprek('2021-01-01'), gesprek('2023-05-05')], new Date('2025-01-01'));
    expect(c.laatste?.datum.toISOString().slice(0, 10)).toBe('2024-03-10');
  });

  it('is due soon within 6 months of the deadline, and overdue after it', () => {
    const g = [gesprek('2022-06-01')];
    expect(cadans(g, new Date('2025-11-30')).status).toBe('op-tijd');
    expect(cadans(g, new Date('2025-12-02')).status).toBe('binnenkort');
    expect(cadans(g, new Date('2026-06-01T12:00:00Z')).status).toBe('binnenkort');
    expect(cadans(g, new Date('2026-06-02')).status).toBe('te-laat');
  });

  it('counts Dutch days: overdue from 00:00 Amsterdam time after the deadline, held from 00:00 on its day', () => {
    const g = [gesprek('2022-06-01')];
    // 00:30 on 2 June 2026 in Amsterdam (summer time) is 22:30 UTC on 1 June.
    expect(cadans(g, new Date('2026-06-01T22:30:00Z')).status).toBe('te-laat');
    expect(cadans(g, new Date('2026-06-01T21:30:00Z')).status).toBe('binnenkort');
    // A conversation on 10 March 2024 counts from 00:30 that day in Amsterdam (23:30 UTC on 9 March).
    expect(cadans([gesprek('2024-03-10')], new Date('2024-03-09T23:30:00Z')).laatste?.onderwerp).toBe('test');
  });

  it('ignores conversations planned after "now"', () => {
    const c = cadans([gesprek('2020-01-01'), gesprek('2030-01-01')], new Date('2025-01-01'));
    expect(c.laatste?.datum.getUTCFullYear()).toBe(2020);
    expect(c.status).toBe('te-laat');
  });

  it('says so when there never was a conversation', () => {
    const c = cadans([], new Date('2025-01-01'));
    expect(c).toEqual({ status: 'nog-nooit' });
  });

  it('can run with another interval (the note also says 6 years once)', () => {
    const c = cadans([gesprek('2020-01-01')], new Date('2025-01-01'), { intervalJaren: 6 });
    expect(c.volgende?.getUTCFullYear()).toBe(2026);
    expect(c.status).toBe('op-tijd');
  });

  it('keeps 29 February valid when adding years', () => {
    const c = cadans([gesprek('2024-02-29')], new Date('2025-01-01'), { intervalJaren: 1 });
    expect(c.volgende?.toISOString().slice(0, 10)).toBe('2025-02-28');
  });
});
