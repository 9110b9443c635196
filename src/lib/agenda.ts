/**
 * The calendar file of an avond (RFC 5545), made by the `ics` library. Built as a static file
 * (/avonden/<slug>/agenda.ics) and attached to confirmation e-mails.
 */
import { createEvent } from 'ics';
import type { Avond } from '../domain/schemas.ts';

export function agendaBestand(avond: Avond, basisUrl: string): string {
  const r = createEvent({
    uid: `${avond.slug}@wijkgericht-voorschoten`,
    productId: 'wijkgericht-voorschoten/aanmeldingen',
    title: avond.titel,
    start: avond.start.moment.getTime(),
    end: avond.eind.moment.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    endInputType: 'utc',
    endOutputType: 'utc',
    location: `${avond.locatie.naam}, ${avond.locatie.adres}`,
    description: `Informatieavond van de gemeente Voorschoten. Meer informatie: ${basisUrl}/avonden/${avond.slug}/`,
    url: `${basisUrl}/avonden/${avond.slug}/`,
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  });
  if (r.error || !r.value) throw r.error ?? new Error('ics: geen uitvoer');
  return r.value;
}
