/**
 * The dashboard reads the wijken at run time; their conversations must include the occasions of
 * their actielijsten, as on the site, or a wijk talked with at a wijkschouw shows as overdue.
 */
import { describe, expect, it } from 'vitest';
import { cadans } from '../../../src/domain/cadans.ts';
import { contentWijken } from '../../../functions/lib/beheer-overzicht.ts';

describe('contentWijken (run time, for the dashboard)', () => {
  it('counts an actielijst occasion as a conversation: Adegeest has none in its own file, one wijkschouw', async () => {
    const wijken = await contentWijken();
    expect(wijken).toHaveLength(11);
    const adegeest = wijken.find((w) => w.slug === 'adegeest');
    expect(adegeest?.gesprekken.map((g) => g.datum.toISOString().slice(0, 10))).toContain('2025-03-27');
    expect(cadans(adegeest?.gesprekken ?? [], new Date('2026-12-01T12:00:00Z')).status).not.toBe('nog-nooit');
  });
});
