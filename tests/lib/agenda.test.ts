/**
 * The calendar file: made for any address the site is reached on. Under netlify dev on an IPv6
 * address (http://[::1]:8888) `ics` refused the URL property and every confirmed sign-up failed
 * with a 500.
 */
import { describe, expect, it } from 'vitest';
import { agendaBestand } from '../../src/lib/agenda.ts';
import { avondSchema } from '../../src/domain/schemas.ts';
import { voorbeeldAvond } from '../domain/voorbeelden.ts';

const avond = avondSchema.parse(voorbeeldAvond());
const regels = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('agendaBestand', () => {
  it('carries the page of the avond as URL', () => {
    const ics = agendaBestand(avond, 'https://wijkgericht.voorschoten.example');
    expect(regels(ics)).toContain(`URL:https://wijkgericht.voorschoten.example/avonden/${avond.slug}/`);
  });

  it.each(['http://[::1]:8888', 'http://[2001:db8::7]:8891', 'http://localhost:8888', 'http://127.0.0.1:8888'])(
    'is made for %s, with the link at least in the description',
    (basis) => {
      const ics = agendaBestand(avond, basis);
      expect(ics).toMatch(/^BEGIN:VCALENDAR/);
      expect(regels(ics).join('\n')).toContain(`${basis}/avonden/${avond.slug}/`);
    },
  );
});
