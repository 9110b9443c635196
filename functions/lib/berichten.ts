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
    | 'afmelding'
    | 'plaats-vrij'
    | 'volgen-bevestigen'
    | 'volgen-al'
    | 'volgen-nieuws'
    | 'avond-herinnering'
    | 'avond-wijziging'
    | 'avond-verslag'
    | 'beheer-inloggen'
    | 'beheer-bericht';
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
  `Uw aanmelding bekijken of u afmelden: ${g.beheerUrl}`,
  'Deel deze link niet: met de link kan iemand u afmelden.',
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
    ...(g.status === 'bevestigd' ? { ics: agendaBestand(g.avond, g.basisUrl, { herinnering: true }) } : {}),
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
    ics: agendaBestand(g.avond, g.basisUrl, { herinnering: true }),
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

/**
 * After cancelling: one short confirmation and the way back (the avond page's form). No manage
 * link: the sign-up is over. Sent once, in the cancel's transaction (`annuleerMetMail`).
 */
export function afmeldMail(g: Pick<Gegevens, 'avond' | 'naam' | 'referentie' | 'basisUrl'>): Mail {
  return {
    soort: 'afmelding',
    onderwerp: `Afgemeld: ${g.avond.titel}`,
    tekst: [
      `Beste ${g.naam},`,
      '',
      `U bent afgemeld voor ${g.avond.titel} (${wanneer(g.avond)}). Uw referentie was ${g.referentie}.`,
      '',
      `Wilt u toch komen? Meld u opnieuw aan via ${g.basisUrl}/avonden/${g.avond.slug}/`,
      '',
      'Na deze e-mail verwijderen wij uw e-mailadres.',
      '',
      'Met vriendelijke groet,',
      'Gemeente Voorschoten, wijkgericht werken',
    ].join('\n'),
  };
}

/** The day before: when and where, how accessible the place is, and the manage link. */
export function herinneringMail(g: Gegevens): Mail {
  return {
    soort: 'avond-herinnering',
    onderwerp: `Morgen: ${g.avond.titel}`,
    tekst: [
      ...kop(g),
      'Morgen is de informatieavond waarvoor u zich heeft aangemeld. Wij zien u graag.',
      '',
      'Toegankelijkheid:',
      ...g.avond.locatie.toegankelijkheid.map((t) => `- ${t}`),
      '',
      `Meer over de avond: ${g.basisUrl}/avonden/${g.avond.slug}/`,
      'Kunt u toch niet komen? Meld u dan af met de link hieronder. Dan kan iemand anders uw plaats krijgen.',
      ...slot(g),
    ].join('\n'),
  };
}

/** Date, time or place changed, or the avond is cancelled: what it is now, and why where given. */
export function wijzigingMail(g: Gegevens): Mail {
  const a = g.avond;
  const uitleg = a.geannuleerd
    ? ['Deze informatieavond gaat niet door.', a.geannuleerd.reden, 'U hoeft niets te doen.']
    : [
        a.wijziging ??
          'De datum, de tijd of de plaats van deze informatieavond is veranderd. Hierboven staat hoe het nu is.',
        g.status === 'bevestigd'
          ? 'U bent nog steeds aangemeld. Kunt u nu niet komen? Meld u dan af met de link hieronder.'
          : statusTekst(g.status, g.personen),
      ];
  return {
    soort: 'avond-wijziging',
    onderwerp: `${a.geannuleerd ? 'Gaat niet door' : 'Gewijzigd'}: ${a.titel}`,
    tekst: [...kop(g), ...uitleg, '', `Meer over de avond: ${g.basisUrl}/avonden/${a.slug}/`, ...slot(g)].join('\n'),
    // The new calendar file: the same UID, so calendars move (or cancel) the evening.
    ...(g.status === 'bevestigd' ? { ics: agendaBestand(a, g.basisUrl, { herinnering: true }) } : {}),
  };
}

/** After the evening: the short report, once. */
export function verslagMail(g: Gegevens & { verslag: string }): Mail {
  return {
    soort: 'avond-verslag',
    onderwerp: `Verslag: ${g.avond.titel}`,
    tekst: [
      `Beste ${g.naam},`,
      '',
      `Dank u wel dat u zich had aangemeld voor ${g.avond.titel}. Dit is het korte verslag: wat er werd gevraagd en wat er nu gebeurt.`,
      '',
      g.verslag,
      '',
      `Het verslag staat ook op ${g.basisUrl}/avonden/${g.avond.slug}/`,
      '',
      g.privacy,
      '',
      'Met vriendelijke groet,',
      'Gemeente Voorschoten, wijkgericht werken',
    ].join('\n'),
  };
}
