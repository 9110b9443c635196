/** The sample surveys cover the three cases residents meet: open, closed with feedback, letter codes. */
import { describe, expect, it } from 'vitest';
import { leesEnquetes } from '../../functions/lib/enquetes.ts';
import { enqueteVenster } from '../../src/domain/antwoord.ts';

describe('content/enquetes', () => {
  it('has an open survey (at the functions test clock), a closed one with feedback and one with letter codes', async () => {
    const enquetes = await leesEnquetes('content/enquetes');
    expect(enquetes.length).toBeGreaterThanOrEqual(3);
    expect(enquetes.every((e) => e.bron === 'voorbeeld')).toBe(true);
    expect(enquetes.some((e) => enqueteVenster(e, new Date('2027-02-20T12:00:00Z')) === 'open')).toBe(true);
    const gesloten = enquetes.filter((e) => enqueteVenster(e, new Date('2026-12-01')) === 'gesloten');
    expect(gesloten.some((e) => e.watWeHoorden && e.watWeErmeeDoen && e.watNiet)).toBe(true);
    expect(enquetes.some((e) => e.lettercode)).toBe(true);
  });
});
