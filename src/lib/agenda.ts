/**
 * Calendar files (RFC 5545) of informatieavonden, made by `ical-generator` with the VTIMEZONE
 * from `timezones-ical-library`. One function for every file: one avond
 * (/avonden/<slug>/agenda.ics, also attached to confirmation e-mails), the avonden of a wijk
 * (/wijken/<slug>/avonden.ics) and all of Voorschoten (/avonden/avonden.ics).
 *
 * Times are the content's Amsterdam wall clock with TZID=Europe/Amsterdam, so every calendar app
 * shows the time the page shows. A cancelled avond stays in the file as STATUS:CANCELLED under
 * the same UID, so subscribed calendars update the evening instead of keeping it.
 */
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { instellingen } from '../domain/instellingen.ts';
import type { Avond } from '../domain/schemas.ts';

/**
 * The UID of an avond's VEVENT: its slug at our domain. Depends on nothing else, so a changed
 * title, time or place updates the same event. (The form the `ics` library wrote before; calendars
 * that imported an e-mailed file keep matching.)
 */
export const avondUid = (slug: string): string => `${slug}@wijkgericht-voorschoten`;

/** "https://…/wijken/centrum/avonden.ics" with the webcal scheme, for "subscribe" links. */
export function webcalUrl(pad: string, basisUrl: string | URL): string {
  return new URL(pad, basisUrl).href.replace(/^https?:/, 'webcal:');
}

/**
 * The VTIMEZONE of a zone. The tz database made Europe/Amsterdam a link to Europe/Brussels (same
 * rules since 1970), so the library answers with TZID Europe/Brussels; we name it after the TZID
 * our events use, or clients would not find it.
 */
function vtimezone(zone: string): string {
  const [blok] = tzlib_get_ical_block(zone);
  if (!blok) throw new Error(`Geen VTIMEZONE voor ${zone}`);
  return blok.replace(/^(TZID|X-LIC-LOCATION):.*$/gm, `$1:${zone}`);
}

/**
 * The wall clock "2027-03-11T19:30" as ical-generator takes it with a time zone: it writes the
 * local date and time of the value as parsed by JavaScript. A string without offset parses as that
 * same wall clock in the server's zone, unless that zone skips the hour (a DST gap): then refuse.
 */
function wandklok(lokaal: string): string {
  const d = new Date(lokaal);
  const terug = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}T${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  if (terug !== lokaal) throw new Error(`Tijd ${lokaal} bestaat niet in de tijdzone van deze server (TZ).`);
  return lokaal;
}

export interface AgendaOpties {
  /** Origin of the site without trailing slash, e.g. "https://wijkgericht.voorschoten.nl". */
  basisUrl: string;
  /** Calendar name (NAME, X-WR-CALNAME), e.g. "Informatieavonden Vlietwijk". */
  naam: string;
  /** A reminder alarm (VALARM DISPLAY) one day before the start: for the file mailed to a participant. */
  herinnering?: boolean;
}

/** The mailed calendar file reminds this many seconds before the start (one day). */
export const herinneringVooraf = 24 * 60 * 60;

/**
 * A calendar with one VEVENT per avond (in the given order): UID, SUMMARY, DTSTART/DTEND with
 * TZID=Europe/Amsterdam and one VTIMEZONE, LOCATION, URL of the avond page, a plain-Dutch
 * DESCRIPTION, STATUS CONFIRMED or CANCELLED. Returns the file's text (CRLF lines).
 */
export function agenda(avonden: readonly Avond[], { basisUrl, naam, herinnering }: AgendaOpties): string {
  const zone = instellingen.tijdzone;
  const kalender = ical({
    prodId: { company: 'Gemeente Voorschoten', product: 'Wijkgericht werken', language: 'NL' },
    method: ICalCalendarMethod.PUBLISH,
    name: naam,
    // Subscribed calendars look again after 6 hours (the site is rebuilt at least daily).
    ttl: 6 * 60 * 60,
  });
  // No calendar-wide zone (name null): the library would then also write DTSTAMP as local time,
  // while RFC 5545 wants it in UTC. The events carry the zone; the generator adds its VTIMEZONE.
  kalender.timezone({ name: null, generator: vtimezone });
  for (const a of avonden) {
    const pagina = `${basisUrl}/avonden/${a.slug}/`;
    kalender.createEvent({
      id: avondUid(a.slug),
      // A cancellation is a new version of the event: clients that imported the file take it over.
      sequence: a.geannuleerd ? 1 : 0,
      timezone: zone,
      start: wandklok(a.start.lokaal),
      end: wandklok(a.eind.lokaal),
      summary: a.geannuleerd ? `Gaat niet door: ${a.titel}` : a.titel,
      location: `${a.locatie.naam}, ${a.locatie.adres}`,
      url: pagina,
      description: a.geannuleerd
        ? `Deze avond gaat niet door. ${a.geannuleerd.reden} Meer informatie: ${pagina}`
        : `Informatieavond van de gemeente Voorschoten. Op ${pagina} leest u waarover u kunt meepraten, en kunt u zich aanmelden.`,
      status: a.geannuleerd ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      alarms:
        herinnering && !a.geannuleerd
          ? [
              {
                type: ICalAlarmType.display,
                trigger: herinneringVooraf,
                description: `Morgen: ${a.titel}, ${a.locatie.naam}`,
              },
            ]
          : [],
    });
  }
  return kalender.toString();
}

/**
 * The calendar file of one avond (/avonden/<slug>/agenda.ics and the e-mail attachment; the
 * attachment with `herinnering`: an alarm one day before).
 */
export function agendaBestand(avond: Avond, basisUrl: string, o: { herinnering?: boolean } = {}): string {
  return agenda([avond], { basisUrl, naam: avond.titel, ...o });
}
