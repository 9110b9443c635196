/**
 * The calendar file of an avond (RFC 5545), made by the `ics` library. Built as a static file
 * (/avonden/<slug>/agenda.ics) and attached to confirmation e-mails.
 */
import { createEvent, type EventAttributes } from 'ics';
import type { Avond } from '../domain/schemas.ts';

/**
 * The .ics text of an avond; `basisUrl` is the site's origin without a trailing slash (the
 * request's origin for e-mails). Throws an Error when `ics` cannot make the file.
 */
export function agendaBestand(avond: Avond, basisUrl: string): string {
  const pagina = `${basisUrl}/avonden/${avond.slug}/`;
  const gebeurtenis: EventAttributes = {
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
    description: `Informatieavond van de gemeente Voorschoten. Meer informatie: ${pagina}`,
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  };
  // `ics` checks URL against its own pattern, which refuses valid addresses such as an IPv6 host
  // (http://[::1]:8888 under netlify dev). The link is in the description as well, so then the
  // file goes without the URL property rather than not at all (which failed the sign-up).
  let r = createEvent({ ...gebeurtenis, url: pagina });
  if (r.error) r = createEvent(gebeurtenis);
  if (r.error || !r.value) {
    // `ics` reports a yup ValidationError, which is not an instance of Error.
    const bericht = r.error && typeof r.error.message === 'string' ? r.error.message : 'geen uitvoer';
    throw new Error(`ics: ${bericht}`, { cause: r.error });
  }
  return r.value;
}
