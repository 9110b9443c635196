/** Follow by e-mail, the pure parts: the form's schema, when a weekly overview is due, what is new. */
import { describe, expect, it } from 'vitest';
import type { NieuwsItem } from '../../src/domain/nieuws.ts';
import { controleerVolgen, isAanDeBeurt, nieuweItems, volgItems } from '../../src/domain/volgen.ts';

describe('controleerVolgen', () => {
  it('accepts an address (IDN to ASCII) and defaults to the weekly overview', () => {
    expect(controleerVolgen({ email: ' Anna@Café.nl ', soort: 'straat', doel: 'voorstraat' })).toEqual({
      ok: true,
      aanvraag: { email: 'anna@xn--caf-dma.nl', frequentie: 'week', soort: 'straat', doel: 'voorstraat' },
    });
  });
  it('gives a Dutch message per field', () => {
    const r = controleerVolgen({ email: 'a@b.nl\r\nBcc: c@d.nl', frequentie: 'elke-dag', soort: 'straat', doel: 'x' });
    expect(r).toEqual({
      ok: false,
      fouten: {
        email: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
        frequentie: 'Kies hoe vaak u een e-mail wilt krijgen.',
      },
    });
    expect(controleerVolgen({ email: 'a@b.nl', soort: 'stad', doel: 'x' }).ok).toBe(false);
  });
});

describe('isAanDeBeurt', () => {
  it('"meteen" always; "week" on Monday from 07:00 Amsterdam time, once that day, in winter and summer time', () => {
    expect(isAanDeBeurt('meteen', new Date('2027-02-10T12:00:00Z'), new Date('2027-02-10T11:00:00Z'))).toBe(true);
    // Winter (UTC+1): Monday 8 February 2027.
    expect(isAanDeBeurt('week', new Date('2027-02-08T05:59:00Z'), null)).toBe(false);
    expect(isAanDeBeurt('week', new Date('2027-02-08T06:00:00Z'), null)).toBe(true);
    expect(isAanDeBeurt('week', new Date('2027-02-08T10:00:00Z'), new Date('2027-02-08T06:00:00Z'))).toBe(false);
    expect(isAanDeBeurt('week', new Date('2027-02-08T10:00:00Z'), new Date('2027-02-01T06:00:00Z'))).toBe(true);
    expect(isAanDeBeurt('week', new Date('2027-02-09T06:00:00Z'), null)).toBe(false);
    // Summer (UTC+2): Monday 7 June 2027, 07:00 is 05:00 UTC; Sunday 23:30 UTC is already Monday 01:30.
    expect(isAanDeBeurt('week', new Date('2027-06-07T05:00:00Z'), null)).toBe(true);
    expect(isAanDeBeurt('week', new Date('2027-06-06T23:30:00Z'), null)).toBe(false);
  });
});

describe('volgItems and nieuweItems', () => {
  const item = (id: string, d: Partial<NieuwsItem> = {}): NieuwsItem => ({
    id,
    soort: 'voortgang',
    moment: new Date('2027-01-01T00:00:00Z'),
    titel: id,
    samenvatting: '',
    url: '/',
    projecten: [],
    wijken: [],
    straten: [],
    bron: 'voorbeeld',
    ...d,
  });
  const items = [
    item('a', { projecten: ['p1'], wijken: ['w1'] }),
    item('b', { straten: ['Voorstraat'], wijken: ['w2'] }),
    item('c', { projecten: ['p2'], wijken: ['w1'] }),
  ];
  const kennis = {
    straat: (s: string) => (s === 'voorstraat' ? { naam: 'Voorstraat', projecten: ['p2'] } : undefined),
  };
  it('picks what a street, project or wijk follows', () => {
    const ids = (soort: 'straat' | 'project' | 'wijk', doel: string) =>
      volgItems(items, { soort, doel }, kennis).map((i) => i.id);
    expect(ids('project', 'p1')).toEqual(['a']);
    expect(ids('wijk', 'w1')).toEqual(['a', 'c']);
    expect(ids('straat', 'voorstraat')).toEqual(['b', 'c']);
    expect(ids('straat', 'onbekend')).toEqual([]);
  });
  it('new = not in the watermark, whatever its date', () => {
    expect(nieuweItems(items, ['a', 'c']).map((i) => i.id)).toEqual(['b']);
  });
});
