/**
 * Reads a calendar file (RFC 5545) with ical.js — an independent parser, not the library that
 * wrote the file (ical-generator). Returns what a calendar app would show: per VEVENT the UID,
 * title, status, place, link, description, the local wall-clock start and end ("2027-03-11T19:30")
 * with their TZID, and the instants computed from the file's own VTIMEZONE (ical.js has no time
 * zone database of its own, so a missing or wrong VTIMEZONE shows up as a wrong instant).
 * Throws when the text does not parse, or a TZID has no VTIMEZONE in the file.
 */
import ICAL from 'ical.js';

export interface GelezenEvent {
  uid: string;
  summary: string;
  status: string | null;
  sequence: number | null;
  location: string | null;
  url: string | null;
  description: string | null;
  /** The TZID of DTSTART, or null for UTC/floating times. */
  tzid: string | null;
  /** Wall clock as written, "2027-03-11T19:30". */
  startLokaal: string;
  eindLokaal: string;
  /** DTSTAMP as written, e.g. "20261201T120000Z". */
  dtstamp: string;
  start: Date;
  eind: Date;
}

export interface GelezenAgenda {
  naam: string | null;
  method: string | null;
  tijdzones: string[];
  events: GelezenEvent[];
}

const tekst = (c: ICAL.Component, naam: string): string | null => {
  const w = c.getFirstPropertyValue(naam);
  return w === null ? null : String(w);
};

export function leesAgenda(bron: string): GelezenAgenda {
  const kalender = new ICAL.Component(ICAL.parse(bron) as unknown[]);
  if (kalender.name !== 'vcalendar') throw new Error(`Geen VCALENDAR maar ${kalender.name}`);
  const zones = new Map(
    kalender
      .getAllSubcomponents('vtimezone')
      .map((c) => [String(c.getFirstPropertyValue('tzid')), new ICAL.Timezone(c)]),
  );
  const tijdVan = (vevent: ICAL.Component, naam: 'dtstart' | 'dtend') => {
    const prop = vevent.getFirstProperty(naam);
    if (!prop) throw new Error(`${naam} ontbreekt`);
    const t = prop.getFirstValue() as ICAL.Time;
    const tzidParam = prop.getParameter('tzid');
    const tzid = typeof tzidParam === 'string' ? tzidParam : null;
    const lokaal = t.toString().slice(0, 16);
    let offsetSeconden = 0;
    if (tzid) {
      const zone = zones.get(tzid);
      if (!zone) throw new Error(`Geen VTIMEZONE voor TZID ${tzid}`);
      offsetSeconden = zone.utcOffset(t);
    } else if (!t.isDate && t.zone !== ICAL.Timezone.utcTimezone) {
      throw new Error(`${naam} ${lokaal} heeft geen tijdzone (zwevende tijd)`);
    }
    const moment = new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - offsetSeconden * 1000);
    return { tzid, lokaal, moment };
  };
  const events = kalender.getAllSubcomponents('vevent').map((v): GelezenEvent => {
    const start = tijdVan(v, 'dtstart');
    const eind = tijdVan(v, 'dtend');
    const sequence = v.getFirstPropertyValue('sequence');
    return {
      uid: tekst(v, 'uid') ?? '',
      summary: tekst(v, 'summary') ?? '',
      status: tekst(v, 'status'),
      sequence: sequence === null ? null : Number(sequence),
      location: tekst(v, 'location'),
      url: tekst(v, 'url'),
      description: tekst(v, 'description'),
      tzid: start.tzid,
      startLokaal: start.lokaal,
      eindLokaal: eind.lokaal,
      dtstamp: /\r\nDTSTAMP:([^\r\n]*)/.exec(v.toString())?.[1] ?? '',
      start: start.moment,
      eind: eind.moment,
    };
  });
  return {
    naam: tekst(kalender, 'name') ?? tekst(kalender, 'x-wr-calname'),
    method: tekst(kalender, 'method'),
    tijdzones: [...zones.keys()],
    events,
  };
}
