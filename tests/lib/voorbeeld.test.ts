import { describe, expect, it } from 'vitest';
import { bevatVoorbeeld } from '../../src/lib/voorbeeld.ts';

describe('bevatVoorbeeld', () => {
  it('finds sample data deep inside', () => {
    expect(bevatVoorbeeld({ bron: 'kadernota', kerncijfers: { lijst: [{ x: 1 }, { bron: 'voorbeeld' }] } })).toBe(true);
  });
  it('is false when everything comes from the note', () => {
    expect(bevatVoorbeeld({ bron: 'kadernota', pilot: { bron: 'kadernota' } }, [], null, new Date())).toBe(false);
  });
  it('survives cycles', () => {
    const a: Record<string, unknown> = { bron: 'kadernota' };
    a['zelf'] = a;
    expect(bevatVoorbeeld(a)).toBe(false);
  });
});
