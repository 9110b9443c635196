/**
 * Test surveys and EnqueteDiensten for calling the survey functions directly: a fixed "now"
 * inside the survey's window, no page frame fetches, no rate limit.
 */
import type { Db } from '../../functions/lib/db.ts';
import type { EnqueteDiensten } from '../../functions/lib/enquetes.ts';
import { geenKader } from '../../functions/lib/pagina.ts';
import { enqueteSchema, type Enquete } from '../../src/domain/schemas.ts';

/** Open from 1 to 28 February 2027 (Dutch time); one question of every type. */
export function testEnquete(wijzig: Record<string, unknown> = {}): Enquete {
  return enqueteSchema.parse({
    titel: 'Testenquête',
    slug: 'testenquete',
    project: 'teststraat',
    wijken: ['centrum'],
    opent: '2027-02-01T09:00',
    sluit: '2027-02-28T23:59',
    intro: 'Wat vindt u?',
    vragen: [
      {
        id: 'plek',
        type: 'keuze',
        vraag: 'Waar moet het bankje komen?',
        onderwerp: 'inrichting',
        verplicht: true,
        opties: [
          { waarde: 'plein', label: 'Op het plein' },
          { waarde: 'park', label: 'In het park' },
        ],
      },
      {
        id: 'spelen',
        type: 'meerkeuze',
        vraag: 'Wat wilt u om te spelen?',
        onderwerp: 'inrichting',
        maximum: 2,
        opties: [
          { waarde: 'schommel', label: 'Schommel' },
          { waarde: 'glijbaan', label: 'Glijbaan' },
          { waarde: 'zandbak', label: 'Zandbak' },
        ],
      },
      {
        id: 'veilig',
        type: 'schaal',
        vraag: 'Hoe veilig is het?',
        onderwerp: 'inrichting',
        labels: { laag: 'Heel onveilig', hoog: 'Heel veilig' },
      },
      { id: 'licht', type: 'janee', vraag: 'Meer licht?', onderwerp: 'inrichting' },
      { id: 'idee', type: 'tekst', vraag: 'Nog een idee?', onderwerp: 'inrichting', maxLengte: 50 },
    ],
    bron: 'voorbeeld',
    ...wijzig,
  });
}

export const enqueteOpen = new Date('2027-02-10T12:00:00Z');

export function testEnqueteDiensten(
  db: Db,
  enquetes: Enquete[],
  extra: Partial<EnqueteDiensten> = {},
): EnqueteDiensten {
  return {
    db: () => Promise.resolve(db),
    enquetes: () => Promise.resolve(enquetes),
    nu: () => enqueteOpen,
    klok: () => enqueteOpen,
    kader: geenKader,
    limietPerMinuut: 0,
    ...extra,
  };
}
