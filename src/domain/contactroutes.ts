/**
 * Where residents go with a question or complaint. The routes and the promised terms come
 * from the policy note (6.1.1); phone numbers and addresses are sample data until the
 * municipality fills them in.
 */
import { instellingen } from './instellingen.ts';
import type { Bron } from './schemas.ts';

export interface Contactroute {
  id: string;
  naam: string;
  waarvoor: string;
  belofte?: string;
  /** As residents read it, e.g. "14 071"; shown as a tel: link (telefoonUri). */
  telefoon?: string;
  /** Shown as a mailto: link. */
  email?: string;
  bron: Bron;
}

/**
 * The tel: URI of a Dutch phone number as written for residents ("071 560 06 00", "0900-8844",
 * "+31 71 …"): E.164, `tel:+31715600600`, so it dials from any phone. The municipal short
 * number "14 0xx(x)" has no E.164 form (it only works within the Netherlands) and stays
 * `tel:14071`. Throws on anything else, so a typo in the data stops the build.
 */
export function telefoonUri(nummer: string): string {
  const cijfers = nummer.replace(/[\s().-]/g, '');
  if (/^140\d{2,3}$/.test(cijfers)) return `tel:${cijfers}`;
  if (/^0[1-9]\d{5,9}$/.test(cijfers)) return `tel:+31${cijfers.slice(1)}`;
  if (/^\+[1-9]\d{6,14}$/.test(cijfers)) return `tel:${cijfers}`;
  throw new Error(`Geen telefoonnummer: "${nummer}"`);
}

/** Whether telefoonUri accepts `nummer` (the content schema checks contacts with it). */
export function isTelefoonnummer(nummer: string): boolean {
  try {
    telefoonUri(nummer);
    return true;
  } catch {
    return false;
  }
}

export const contactroutes: readonly Contactroute[] = [
  {
    id: 'servicepunt',
    naam: 'Servicepunt van de gemeente',
    waarvoor:
      'Een melding over de openbare ruimte, zoals een losse stoeptegel of een kapotte lantaarnpaal, en andere vragen aan de gemeente.',
    belofte: `Kleine meldingen lossen we meestal binnen ${instellingen.servicepuntKleinWerkdagen} werkdagen op. Op grotere vragen krijgt u binnen ${instellingen.servicepuntGrootWeken} weken antwoord.`,
    telefoon: '14 071',
    email: 'servicepunt@voorschoten.example',
    bron: 'voorbeeld',
  },
  {
    id: 'wegwijzer',
    naam: 'De Wegwijzer',
    waarvoor: 'Vragen over wonen, zorg en welzijn, zoals een aanpassing in huis, vervoer of hulp in de huishouding.',
    email: 'dewegwijzer@voorschoten.example',
    bron: 'voorbeeld',
  },
  {
    id: 'cjg',
    naam: 'Centrum voor Jeugd en Gezin (CJG)',
    waarvoor: 'Vragen over kinderen en jongeren van 0 tot 23 jaar, en over opvoeden.',
    email: 'cjg@voorschoten.example',
    bron: 'voorbeeld',
  },
  {
    id: 'coordinator',
    naam: 'Coördinator wijkgericht werken',
    waarvoor: 'Vragen over wijkgericht werken, de gesprekken met uw wijk en het werkbudget voor kleine verbeteringen.',
    email: 'wijkgerichtwerken@voorschoten.example',
    bron: 'voorbeeld',
  },
];
