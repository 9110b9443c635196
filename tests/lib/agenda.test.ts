/**
 * Calendar files (src/lib/agenda.ts), read back with ical.js (tests/support/ical.ts), not with the
 * library that wrote them: local Amsterdam times with TZID and a VTIMEZONE, the right instants in
 * winter and summer whatever the server's time zone, stable UIDs, and a cancelled avond as
 * STATUS:CANCELLED.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { avondSchema, type Avond } from '../../src/domain/schemas.ts';
import { agenda, agendaBestand, avondUid, webcalUrl } from '../../src/lib/agenda.ts';
import { voorbeeldAvond } from '../domain/voorbeelden.ts';
import { leesAgenda } from '../support/ical.ts';

const basis = 'https://wijk.voorschoten.example';
const avond = (wijziging: Record<string, unknown> = {}): Avond =>
  avondSchema.parse({ ...voorbeeldAvond(), ...wijziging });
const winter = avond(); // 11 maart 2027, 19:30–21:00 (CET, UTC+1)
const zomer = avond({
  slug: 'zomer-avond',
  start: '2027-06-10T19:30',
  eind: '2027-06-10T21:30',
  aanmelding: { opent: '2027-05-01T09:00', sluit: '2027-06-09T12:00' },
}); // CEST, UTC+2

describe('agendaBestand (one avond)', () => {
  const tekst = agendaBestand(winter, basis);
  const gelezen = leesAgenda(tekst);
  const [ev] = gelezen.events;

  it('writes the local Amsterdam time with TZID=Europe/Amsterdam and a VTIMEZONE for it', () => {
    expect(tekst).toMatch(/\r\nDTSTART;TZID=Europe\/Amsterdam:20270311T193000\r\n/);
    expect(tekst).toMatch(/\r\nDTEND;TZID=Europe\/Amsterdam:20270311T210000\r\n/);
    expect(gelezen.tijdzones).toEqual(['Europe/Amsterdam']);
    expect(gelezen.events).toHaveLength(1);
    expect(ev?.tzid).toBe('Europe/Amsterdam');
    expect(ev?.startLokaal).toBe(winter.start.lokaal);
    expect(ev?.eindLokaal).toBe(winter.eind.lokaal);
  });

  it("the file's own VTIMEZONE gives the right instant, in winter and in summer", () => {
    expect(ev?.start.toISOString()).toBe('2027-03-11T18:30:00.000Z');
    expect(ev?.eind.toISOString()).toBe(winter.eind.moment.toISOString());
    const z = leesAgenda(agendaBestand(zomer, basis)).events[0];
    expect(z?.startLokaal).toBe('2027-06-10T19:30');
    expect(z?.start.toISOString()).toBe('2027-06-10T17:30:00.000Z');
  });

  it('has title, place, absolute link, a Dutch description with the link, PUBLISH, UTC DTSTAMP', () => {
    expect(ev?.summary).toBe('Informatieavond Teststraat');
    expect(ev?.location).toBe('Dorpshuis, Dorpsstraat 1');
    expect(ev?.url).toBe(`${basis}/avonden/teststraat-avond/`);
    expect(ev?.description).toContain('Informatieavond van de gemeente Voorschoten');
    expect(ev?.description).toContain(`${basis}/avonden/teststraat-avond/`);
    expect(ev?.status).toBe('CONFIRMED');
    expect(gelezen.method).toBe('PUBLISH');
    // DTSTAMP must be UTC (RFC 5545 3.8.7.2), also when the events carry a time zone.
    expect(ev?.dtstamp).toMatch(/^\d{8}T\d{6}Z$/);
  });

  it('has no alarm on the page, one a day before the start in the mailed file', () => {
    expect(tekst).not.toContain('BEGIN:VALARM');
    const metAlarm = agendaBestand(winter, basis, { herinnering: true });
    expect(metAlarm).toMatch(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P1D\r\n/);
    expect(metAlarm).toContain('DESCRIPTION:Morgen: Informatieavond Teststraat');
  });

  it('is RFC 5545 text: CRLF line ends, lines of at most 75 octets', () => {
    expect(tekst.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(tekst.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const regel of tekst.split('\r\n')) expect(Buffer.byteLength(regel), regel).toBeLessThanOrEqual(75);
  });
});

describe('the same local times whatever time zone the build server runs in', () => {
  const oud = process.env['TZ'];
  afterEach(() => {
    if (oud === undefined) delete process.env['TZ'];
    else process.env['TZ'] = oud;
  });

  it.each(['UTC', 'America/New_York', 'Asia/Tokyo', 'Europe/Amsterdam'])('TZ=%s', (tz) => {
    process.env['TZ'] = tz;
    for (const a of [winter, zomer]) {
      const [ev] = leesAgenda(agendaBestand(a, basis)).events;
      expect(ev?.startLokaal).toBe(a.start.lokaal);
      expect(ev?.start.toISOString()).toBe(a.start.moment.toISOString());
      expect(ev?.dtstamp).toMatch(/Z$/);
    }
  });
});

describe('UID', () => {
  it('is the slug at our domain, and stays the same when title, time or place change', () => {
    const uid = leesAgenda(agendaBestand(winter, basis)).events[0]?.uid;
    // The form the `ics` library used before: calendars that imported an e-mailed file keep matching.
    expect(uid).toBe('teststraat-avond@wijkgericht-voorschoten');
    expect(avondUid('teststraat-avond')).toBe(uid);
    const veranderd = avond({
      titel: 'Andere titel',
      start: '2027-03-12T20:00',
      eind: '2027-03-12T22:00',
      locatie: { naam: 'Elders', adres: 'Weg 2', toegankelijkheid: ['Drempel.'] },
    });
    expect(leesAgenda(agendaBestand(veranderd, basis)).events[0]?.uid).toBe(uid);
  });
});

describe('a cancelled avond', () => {
  const geannuleerd = avond({ geannuleerd: { reden: 'De spreker is ziek. We plannen een nieuwe avond.' } });
  const [ev] = leesAgenda(agendaBestand(geannuleerd, basis)).events;

  it('is STATUS:CANCELLED with a higher SEQUENCE, says so in title and description, keeps its UID and times', () => {
    expect(ev?.status).toBe('CANCELLED');
    expect(ev?.sequence).toBeGreaterThan(leesAgenda(agendaBestand(winter, basis)).events[0]?.sequence ?? 0);
    expect(ev?.summary).toBe('Gaat niet door: Informatieavond Teststraat');
    expect(ev?.description).toContain('Deze avond gaat niet door. De spreker is ziek. We plannen een nieuwe avond.');
    expect(ev?.uid).toBe(avondUid(winter.slug));
    expect(ev?.startLokaal).toBe(winter.start.lokaal);
  });
});

describe('agenda (a list of avonden: a wijk, all of Voorschoten)', () => {
  const tekst = agenda([winter, zomer], { basisUrl: basis, naam: 'Informatieavonden Centrum' });
  const gelezen = leesAgenda(tekst);

  it('has one VEVENT per avond, one VTIMEZONE, and the calendar name', () => {
    expect(gelezen.naam).toBe('Informatieavonden Centrum');
    expect(gelezen.tijdzones).toEqual(['Europe/Amsterdam']);
    expect(tekst.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    expect(gelezen.events.map((e) => [e.uid, e.startLokaal])).toEqual([
      ['teststraat-avond@wijkgericht-voorschoten', '2027-03-11T19:30'],
      ['zomer-avond@wijkgericht-voorschoten', '2027-06-10T19:30'],
    ]);
  });

  it('is a valid calendar without events when there are no avonden', () => {
    const leeg = leesAgenda(agenda([], { basisUrl: basis, naam: 'Informatieavonden Bijdorp' }));
    expect(leeg.events).toEqual([]);
    expect(leeg.naam).toBe('Informatieavonden Bijdorp');
  });
});

describe('webcalUrl', () => {
  it('is the absolute URL of the file with the webcal scheme', () => {
    expect(webcalUrl('/wijken/centrum/avonden.ics', basis)).toBe(
      'webcal://wijk.voorschoten.example/wijken/centrum/avonden.ics',
    );
    expect(webcalUrl('/avonden/avonden.ics', 'http://localhost:8888/')).toBe(
      'webcal://localhost:8888/avonden/avonden.ics',
    );
  });
});

// Under netlify dev on an IPv6 address (http://[::1]:8888) the former `ics` library refused the
// URL property and every confirmed sign-up failed with a 500: the file must be made for any host.
describe('agendaBestand on any address the site is reached on', () => {
  it.each(['http://[::1]:8888', 'http://[2001:db8::7]:8891', 'http://localhost:8888', 'http://127.0.0.1:8888'])(
    'is made for %s, with the page as URL',
    (host) => {
      const [ev] = leesAgenda(agendaBestand(winter, host)).events;
      expect(ev?.url).toBe(`${host}/avonden/${winter.slug}/`);
    },
  );
});
