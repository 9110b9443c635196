/**
 * Mails around an informatieavond on a real PostgreSQL: the reminder the day before, one change
 * mail when the content moves or cancels the avond (detected against what was stored), and the
 * verslag after the evening — each exactly once, also with two runs at once.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { maakAanmeldHandler } from '../../functions/aanmelden.ts';
import { verstuurAvondMails } from '../../functions/lib/avondberichten.ts';
import { vergeetAvonden } from '../../functions/lib/avonden.ts';
import type { Db } from '../../functions/lib/db.ts';
import type { Avond } from '../../src/domain/schemas.ts';
import { BASIS, jsonPost, nieuweDatabase, testAvond, testDiensten, verbind } from '../support/database.ts';

const server = inject('pgServerUrl');

describe.runIf(server)('mails around an avond (real PostgreSQL)', () => {
  let db: Db;
  const avond = testAvond({ capaciteit: 2 }); // Thursday 11 March 2027, 19:30–21:00
  const run = (a: Avond, nu: string) =>
    verstuurAvondMails(db, [a], { basisUrl: BASIS, nu: new Date(nu), bewaarDagen: 30 });
  const mails = (soort: string) =>
    db.query<{ aan: string; onderwerp: string; tekst: string; ics: string | null }>(
      'SELECT aan, onderwerp, tekst, ics FROM uitgaande_mail WHERE soort = $1 ORDER BY aan',
      [soort],
    );

  beforeAll(async () => {
    db = verbind(await nieuweDatabase(server), 10);
  });
  afterAll(() => db.close());
  beforeEach(async () => {
    await db.query('TRUNCATE aanmelding, beheerlink, uitgaande_mail, verzoek_teller, avond CASCADE');
    vergeetAvonden(db);
    const h = maakAanmeldHandler(testDiensten(db, [avond]));
    for (const [naam, personen] of [
      ['Ans', 2],
      ['Bert', 1],
    ] as const)
      await h(
        jsonPost('/api/avonden/testavond/aanmeldingen', {
          naam,
          email: `${naam.toLowerCase()}@voorbeeld.nl`,
          personen,
        }),
      );
  });

  it('reminds the confirmed once, the day before from 09:00, with place, time, accessibility and the manage link', async () => {
    expect((await run(avond, '2027-03-10T07:59:00Z')).herinnering).toBe(0); // 08:59 Amsterdam
    const [a, b] = await Promise.all([run(avond, '2027-03-10T08:00:00Z'), run(avond, '2027-03-10T08:00:00Z')]);
    expect(a.herinnering + b.herinnering).toBe(1);
    expect((await run(avond, '2027-03-10T12:00:00Z')).herinnering).toBe(0);
    const [m, ...rest] = await mails('avond-herinnering');
    expect(rest).toEqual([]); // Bert is on the waitlist
    expect(m!.aan).toBe('ans@voorbeeld.nl');
    expect(m!.onderwerp).toBe('Morgen: Testavond');
    expect(m!.tekst).toContain('Wanneer: donderdag 11 maart 2027, van 19:30 tot 21:00 uur');
    expect(m!.tekst).toContain('Waar: Dorpshuis, Dorpsstraat 1, Voorschoten');
    expect(m!.tekst).toContain('- Geen drempels.');
    expect(m!.tekst).toMatch(/\/api\/aanmeldingen\/[A-Za-z0-9_-]{43}/);
  });

  it('mails everyone confirmed or waitlisted once when the content moves the avond, and again for a cancellation', async () => {
    await run(avond, '2027-02-01T12:00:00Z');
    expect(await mails('avond-wijziging')).toEqual([]);
    const verplaatst = testAvond({
      capaciteit: 2,
      start: '2027-03-18T19:30',
      eind: '2027-03-18T21:00',
      wijziging: 'De avond is een week later, op donderdag 18 maart.',
    });
    const [x, y] = await Promise.all([
      run(verplaatst, '2027-02-02T12:00:00Z'),
      run(verplaatst, '2027-02-02T12:00:00Z'),
    ]);
    expect(x.wijziging + y.wijziging).toBe(2);
    expect((await run(verplaatst, '2027-02-03T12:00:00Z')).wijziging).toBe(0);
    const [ans, bert] = await mails('avond-wijziging');
    expect(ans!.onderwerp).toBe('Gewijzigd: Testavond');
    expect(ans!.tekst).toContain('De avond is een week later, op donderdag 18 maart.');
    expect(ans!.tekst).toContain('donderdag 18 maart 2027, van 19:30 tot 21:00 uur');
    expect(ans!.ics).toContain('DTSTART;TZID=Europe/Amsterdam:20270318T193000');
    expect(bert!.aan).toBe('bert@voorbeeld.nl');
    expect(bert!.ics).toBeNull();
    // A change of title only is no change for the mail.
    expect((await run({ ...verplaatst, titel: 'Andere titel' }, '2027-02-04T12:00:00Z')).wijziging).toBe(0);

    const geannuleerd = testAvond({
      capaciteit: 2,
      start: '2027-03-18T19:30',
      eind: '2027-03-18T21:00',
      geannuleerd: { reden: 'De zaal is niet beschikbaar.' },
    });
    expect((await run(geannuleerd, '2027-02-05T12:00:00Z')).wijziging).toBe(2);
    const na = await mails('avond-wijziging');
    expect(na.filter((m) => m.onderwerp === 'Gaat niet door: Testavond')).toHaveLength(2);
    expect(na.find((m) => m.onderwerp.startsWith('Gaat niet door'))!.tekst).toContain('De zaal is niet beschikbaar.');
    // No reminder for a cancelled avond.
    expect((await run(geannuleerd, '2027-03-17T10:00:00Z')).herinnering).toBe(0);
  });

  it('sends the verslag once to the confirmed, only after the evening and once it is in the content', async () => {
    await run(avond, '2027-03-12T10:00:00Z');
    expect(await mails('avond-verslag')).toEqual([]);
    const metVerslag = testAvond({
      capaciteit: 2,
      verslag: 'Er waren vragen over de bomen. In april komt het ontwerp.',
    });
    const [a, b] = await Promise.all([
      run(metVerslag, '2027-03-13T10:00:00Z'),
      run(metVerslag, '2027-03-13T10:00:00Z'),
    ]);
    expect(a.verslag + b.verslag).toBe(1);
    expect((await run(metVerslag, '2027-03-14T10:00:00Z')).verslag).toBe(0);
    const [m] = await mails('avond-verslag');
    expect(m!.aan).toBe('ans@voorbeeld.nl');
    expect(m!.tekst).toContain('In april komt het ontwerp.');
  });
});
