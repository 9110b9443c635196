/**
 * Dutch local time. Content gives times as "2027-03-15T19:30" (Amsterdam wall clock);
 * we turn them into real instants here, so "now" comparisons are correct in winter and summer.
 */
import { instellingen } from './instellingen.ts';

/** "2027-03-15T19:30" and "2027-03-15" as written in content (the CMS's field patterns reuse them). */
export const lokaalPatroon = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
export const lokaleDatumPatroon = /^\d{4}-\d{2}-\d{2}$/;

export function isLokaleTijd(tekst: string): boolean {
  return lokaalPatroon.test(tekst);
}

/**
 * "2027-03-15" for a calendar date from content. YAML (and `datumSchema`) gives a date without a
 * time as midnight UTC, so its UTC fields ARE the calendar day, whatever the time zone; never use
 * this for an instant (a moment someone did something): that is `isoDatum`, the Amsterdam day.
 */
export const kalenderdag = (d: Date): string =>
  `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;

/** "2027-03-15": a calendar day in Voorschoten (no time). */
export function isLokaleDatum(tekst: string): boolean {
  if (!lokaleDatumPatroon.test(tekst)) return false;
  const d = new Date(`${tekst}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && kalenderdag(d) === tekst; // refuses 2027-02-30
}

/** "2027-03-15" → the instant that day starts in Amsterdam (00:00 local). */
export function dagBeginMoment(datum: string): Date {
  return amsterdamNaarMoment(`${datum}T00:00`);
}

/** "2027-03-15" → the last millisecond of that day in Amsterdam (23:59:59.999 local, also on DST days). */
export function dagEindMoment(datum: string): Date {
  const volgende = kalenderdag(new Date(Date.parse(`${datum}T00:00:00Z`) + 24 * 60 * 60 * 1000));
  return new Date(dagBeginMoment(volgende).getTime() - 1);
}

/** Offset of Amsterdam from UTC at a given instant, in minutes (60 in winter, 120 in summer). */
function offsetMinuten(moment: Date): number {
  const delen = new Intl.DateTimeFormat('en-GB', {
    timeZone: instellingen.tijdzone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(moment);
  const deel = (type: string): number => Number(delen.find((d) => d.type === type)?.value);
  const alsUtc = Date.UTC(deel('year'), deel('month') - 1, deel('day'), deel('hour'), deel('minute'));
  return Math.round((alsUtc - moment.getTime()) / 60000);
}

/** "2027-03-15T19:30" in Amsterdam -> the instant. */
export function amsterdamNaarMoment(lokaal: string): Date {
  const m = lokaalPatroon.exec(lokaal);
  if (!m) throw new Error(`Geen geldige tijd: "${lokaal}" (verwacht JJJJ-MM-DDTUU:MM)`);
  const [, j, mnd, d, u, min] = m.map(Number) as [number, number, number, number, number, number];
  const gok = Date.UTC(j, mnd - 1, d, u, min);
  // Two passes settle the offset also right after a DST switch.
  let moment = new Date(gok - offsetMinuten(new Date(gok)) * 60000);
  moment = new Date(gok - offsetMinuten(moment) * 60000);
  return moment;
}

const datumFormaat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: instellingen.tijdzone,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const korteDatumFormaat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: instellingen.tijdzone,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const tijdFormaat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: instellingen.tijdzone,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const isoDatumFormaat = new Intl.DateTimeFormat('en-CA', {
  timeZone: instellingen.tijdzone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const datumTijdFormaat = new Intl.DateTimeFormat('en-CA', {
  timeZone: instellingen.tijdzone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "maandag 15 maart 2027" */
export const datumLang = (d: Date): string => datumFormaat.format(d);
/** "15 maart 2027" */
export const datumKort = (d: Date): string => korteDatumFormaat.format(d);
/** "19:30" */
export const tijd = (d: Date): string => tijdFormaat.format(d);
/** "maandag 15 maart 2027, 19:30": a date and time as a resident reads it. */
export const datumTijd = (d: Date): string => `${datumLang(d)}, ${tijd(d)}`;
/** "2027-03-15": the Amsterdam day, for <time datetime> and for every "day" we store. */
export const isoDatum = (d: Date): string => isoDatumFormaat.format(d);

/**
 * "2027-03-15 19:30": Amsterdam date and wall-clock time, for CSV files. Dutch Excel and
 * LibreOffice read this (ISO 8601 order) as a date and time, and it sorts right even as text.
 */
export function datumTijdCsv(d: Date): string {
  const delen = datumTijdFormaat.formatToParts(d);
  const deel = (type: Intl.DateTimeFormatPartTypes): string => delen.find((p) => p.type === type)?.value ?? '';
  return `${deel('year')}-${deel('month')}-${deel('day')} ${deel('hour')}:${deel('minute')}`;
}

/** Adds whole years, keeping the calendar day (29 February becomes 28 February). */
export function plusJaren(d: Date, jaren: number): Date {
  const uit = new Date(d.getTime());
  uit.setUTCFullYear(d.getUTCFullYear() + jaren);
  if (uit.getUTCDate() !== d.getUTCDate()) uit.setUTCDate(0);
  return uit;
}

export function minMaanden(d: Date, maanden: number): Date {
  const uit = new Date(d.getTime());
  uit.setUTCMonth(d.getUTCMonth() - maanden);
  return uit;
}

/** The year of a calendar date from content (see `kalenderdag`). */
export const kalenderjaar = (d: Date): number => Number(kalenderdag(d).slice(0, 4));

/** The first moment of a calendar date from content: 00:00 Amsterdam time on that day. */
export function beginVanDag(d: Date): Date {
  return dagBeginMoment(kalenderdag(d));
}

/**
 * The last moment of a calendar date from content (23:59:59.999 Amsterdam time): phases run up
 * to and including their end date.
 */
export function eindVanDag(d: Date): Date {
  return dagEindMoment(kalenderdag(d));
}

const weekdagUurFormaat = new Intl.DateTimeFormat('en-GB', {
  timeZone: instellingen.tijdzone,
  weekday: 'short',
  hour: '2-digit',
  hourCycle: 'h23',
});
const weekdagen = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The Amsterdam weekday (1 = Monday … 7 = Sunday) and hour (0–23) of an instant. */
export function weekdagEnUur(d: Date): { weekdag: number; uur: number } {
  const delen = weekdagUurFormaat.formatToParts(d);
  const deel = (type: Intl.DateTimeFormatPartTypes): string => delen.find((p) => p.type === type)?.value ?? '';
  return { weekdag: weekdagen.indexOf(deel('weekday')) + 1, uur: Number(deel('hour')) };
}
