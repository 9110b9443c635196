/**
 * The functions read the news stream from the content at run time: the same items (ids, moments,
 * links) as the pages' stream, and per street the projects the street page shows.
 */
import { describe, expect, it } from 'vitest';
import { leesNieuwsBron } from '../../functions/lib/nieuwsbron.ts';
import { alleNieuwsItems } from '../../src/domain/nieuws.ts';
import { leesInhoud } from '../support/inhoud.ts';

describe('leesNieuwsBron (content at run time)', () => {
  it('gives the same stream as the build', async () => {
    const bron = await leesNieuwsBron();
    const verwacht = alleNieuwsItems(leesInhoud());
    expect(bron.items.map((i) => [i.id, i.moment.toISOString(), i.url, i.samenvatting])).toEqual(
      verwacht.map((i) => [i.id, i.moment.toISOString(), i.url, i.samenvatting]),
    );
  });

  it('knows names, pages and the projects of a street', async () => {
    const bron = await leesNieuwsBron();
    expect(bron.naam('straat', 'voorstraat')).toBe('Voorstraat');
    expect(bron.naam('wijk', 'vlietwijk')).toBe('Vlietwijk');
    expect(bron.naam('project', 'bestaat-niet')).toBeUndefined();
    expect(bron.pad('project', 'bomen-leidseweg')).toBe('/projecten/bomen-leidseweg/');
    expect(bron.straat('voorstraat')?.projecten).toContain('riool-voorstraat-schoolstraat');
  });
});
