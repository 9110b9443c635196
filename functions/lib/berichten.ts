/**
 * What residents receive: the calendar file (.ics, RFC 5545, made by src/lib/agenda.ts) and the
 * plain-text e-mails. Plain Dutch (B1). No tracking pixels. Alert mails (functions/lib/volgmails.ts)
 * add a simple HTML part and a one-click unsubscribe URL (RFC 8058).
 */
import type { Avond } from '../../src/domain/schemas.ts';
import { datumLang, tijd } from '../../src/domain/tijd.ts';
import { agendaBestand } from '../../src/lib/agenda.ts';
import { statusTekst, type Status } from '../../src/lib/aanmelduitslag.ts';

export type { Status };

export const wanneer = (avond: Avond): string =>
  `${datumLang(avond.start.moment)}, van ${tijd(avond.start.moment)} tot ${tijd(avond.eind.moment)} uur`;

export interface Mail {
  soort:
    | 'aanmelding'
    | 'dubbel'
    | 'plaats-vrij'
    | 'volgen-bevestigen'
    | 'volgen-al'
    | 'volgen-nieuws'
    | 'avond-herinnering'
    | 'avond-wijziging'
    | 'avond-verslag';
  onderwerp: string;
  tekst: string;
  ics?: string;
  /** A simple HTML part (the same text, with links); no images, no tracking. */
  html?: string;
  /** The one-click unsubscribe URL: List-Unsubscribe + List-Unsubscribe-Post (RFC 8058). */
  afmeldUrl?: string;
}

interface Gegevens {
  avond: Avond;
  naam: string;
  personen: number;
  status: Status;
  referentie: string;
  beheerUrl: string;
  basisUrl: string;
  privacy: string;
}

const slot = (g: Gegevens): string[] => [
  '',
  `Uw aanmelding bekijken of afzeggen: ${g.beheerUrl}`,
  'Deel deze link niet: met de link kan iemand uw aanmelding afzeggen.',
  '',
  g.privacy,
  '',
  'Met vriendelijke groet,',
  'Gemeente Voorschoten, wijkgericht werken',
];

const kop = (g: Gegevens): string[] => [
  `Beste ${g.naam},`,
  '',
  g.avond.titel,
  `Wanneer: ${wanneer(g.avond)}`,
  `Waar: ${g.avond.locatie.naam}, ${g.avond.locatie.adres}`,
  `Referentie: ${g.referentie}`,
  '',
];

export function aanmeldMail(g: Gegevens): Mail {
  return {
    soort: 'aanmelding',
    onderwerp: `${g.status === 'bevestigd' ? 'Aangemeld' : 'Op de wachtlijst'}: ${g.avond.titel}`,
    tekst: [...kop(g), statusTekst(g.status, g.personen), ...slot(g)].join('\n'),
    ...(g.status === 'bevestigd' ? { ics: agendaBestand(g.avond, g.basisUrl) } : {}),
  };
}

export function plaatsVrijMail(g: Gegevens): Mail {
  return {
    soort: 'plaats-vrij',
    onderwerp: `Er is plaats voor u: ${g.avond.titel}`,
    tekst: [
      ...kop(g),
      'Er is een plaats vrijgekomen. U staat niet meer op de wachtlijst: u bent aangemeld.',
      ...slot(g),
    ].join('\n'),
    ics: agendaBestand(g.avond, g.basisUrl),
  };
}

export function dubbelMail(g: Gegevens): Mail {
  return {
    soort: 'dubbel',
    onderwerp: `Uw aanmelding: ${g.avond.titel}`,
    tekst: [
      ...kop(g),
      'Iemand (waarschijnlijk uzelf) heeft zich opnieuw aangemeld met dit e-mailadres. U was al aangemeld, dus er is niets veranderd.',
      statusTekst(g.status, g.personen),
      'Heeft u dit niet zelf gedaan? Dan hoeft u niets te doen.',
      ...slot(g),
    ].join('\n'),
  };
}
