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
  bereikbaar: string;
  bron: Bron;
}

export const contactroutes: readonly Contactroute[] = [
  {
    id: 'servicepunt',
    naam: 'Servicepunt van de gemeente',
    waarvoor:
      'Een melding over de openbare ruimte, zoals een losse stoeptegel of een kapotte lantaarnpaal, en andere vragen aan de gemeente.',
    belofte: `Kleine meldingen lossen we meestal binnen ${instellingen.servicepuntKleinWerkdagen} werkdagen op. Op grotere vragen krijgt u binnen ${instellingen.servicepuntGrootWeken} weken antwoord.`,
    bereikbaar: 'Telefoon 14 071 · servicepunt@voorschoten.example',
    bron: 'voorbeeld',
  },
  {
    id: 'wegwijzer',
    naam: 'De Wegwijzer',
    waarvoor: 'Vragen over wonen, zorg en welzijn, zoals een aanpassing in huis, vervoer of hulp in de huishouding.',
    bereikbaar: 'dewegwijzer@voorschoten.example',
    bron: 'voorbeeld',
  },
  {
    id: 'cjg',
    naam: 'Centrum voor Jeugd en Gezin (CJG)',
    waarvoor: 'Vragen over kinderen en jongeren van 0 tot 23 jaar, en over opvoeden.',
    bereikbaar: 'cjg@voorschoten.example',
    bron: 'voorbeeld',
  },
  {
    id: 'coordinator',
    naam: 'Coördinator wijkgericht werken',
    waarvoor: 'Vragen over wijkgericht werken, de gesprekken met uw wijk en het werkbudget voor kleine verbeteringen.',
    bereikbaar: 'wijkgerichtwerken@voorschoten.example',
    bron: 'voorbeeld',
  },
];
