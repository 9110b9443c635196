/**
 * The wiring of the two clocks: under `netlify dev` WIJK_NU fixes the calendar's now, but the
 * real clock (rate limit, retention, the day an answer came in) stays real; in production
 * (no NETLIFY_DEV) WIJK_NU is ignored altogether.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { standaardDiensten } from '../../../functions/lib/diensten.ts';
import { standaardEnqueteDiensten } from '../../../functions/lib/enquetes.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('standaardDiensten: nu and klok', () => {
  it('under netlify dev with WIJK_NU: the calendar is fixed, the real clock is not', () => {
    vi.stubEnv('NETLIFY_DEV', 'true');
    vi.stubEnv('WIJK_NU', '2027-02-20T12:00:00Z');
    for (const d of [standaardDiensten(), standaardEnqueteDiensten()]) {
      expect(d.nu().toISOString()).toBe('2027-02-20T12:00:00.000Z');
      expect(Math.abs(d.klok().getTime() - Date.now())).toBeLessThan(5_000);
    }
  });

  it('in production WIJK_NU is ignored: both are the real clock', () => {
    vi.stubEnv('NETLIFY_DEV', '');
    vi.stubEnv('WIJK_NU', '2027-02-20T12:00:00Z');
    const d = standaardDiensten();
    expect(Math.abs(d.nu().getTime() - Date.now())).toBeLessThan(5_000);
    expect(Math.abs(d.klok().getTime() - Date.now())).toBeLessThan(5_000);
  });
});
