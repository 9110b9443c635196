/**
 * The coördinator's side and what happens afterwards: the CSV export and attendance list (one table of the confirmed) behind
 * BEHEER_TOKEN (401 without, with a wrong token, and when none is configured), the live counts,
 * and retention: 30 days after the evening names, addresses, questions and links are gone, the
 * anonymous counts stay. Real PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { maakAanmeldHandler } from '../../functions/aanmelden.ts';
import { maakBeheerHandler } from '../../functions/aanmelding.ts';
import { maakAvondHandler } from '../../functions/avond.ts';
import { maakBeheerExportHandler } from '../../functions/beheer.ts';
import { maakBewaartermijnHandler } from '../../functions/bewaartermijn.ts';
import type { Db } from '../../functions/lib/db.ts';
import { BASIS, jsonPost, nieuweDatabase, testAvond, testDiensten, verbind } from '../support/database.ts';

const server = inject('pgServerUrl');
const TOKEN = 'geheim-beheertoken-voor-de-test-0123456789';

describe.runIf(server)('export, counts and retention (real PostgreSQL)', () => {
  let db: Db;
  const avond = testAvond({ slug: 'export', capaciteit: 3 });
  const beheerUrls: string[] = [];

  beforeAll(async () => {
    db = verbind(await nieuweDatabase(server), 5);
    const h = maakAanmeldHandler(testDiensten(db, [avond]));
    for (const [naam, personen, vraag] of [
      ['Ans', 2, '=SOM(A1)'],
      ['Bob', 1, 'Waar komt "de" boom?'],
      ['Cas', 2, ''],
    ] as const) {
      const r = await h(
        jsonPost('/api/avonden/export/aanmeldingen', {
          naam,
          email: `${naam.toLowerCase()}@voorbeeld.nl`,
          personen,
          vraag,
        }),
      );
      beheerUrls.push(((await r.json()) as { beheerUrl: string }).beheerUrl);
    }
  });
  afterAll(() => db.close());

  const exportVraag = (auth?: string, pad = 'aanmeldingen.csv') =>
    new Request(`${BASIS}/api/beheer/avonden/export/${pad}`, { headers: auth ? { authorization: auth } : {} });

  it('refuses without a token, with a wrong token, and when no token is configured', async () => {
    const h = maakBeheerExportHandler(testDiensten(db, [avond]), () => TOKEN);
    expect((await h(exportVraag())).status).toBe(401);
    expect((await h(exportVraag('Bearer fout'))).status).toBe(401);
    expect((await h(exportVraag(`Bearer ${TOKEN}x`))).status).toBe(401);
    expect((await h(exportVraag(`Basic ${TOKEN}`))).status).toBe(401);
    const dicht = maakBeheerExportHandler(testDiensten(db, [avond]), () => undefined);
    expect((await dicht(exportVraag(`Bearer ${TOKEN}`))).status).toBe(401);
    expect((await dicht(exportVraag('Bearer '))).status).toBe(401);
  });

  it('gives confirmed and waitlist with questions as CSV for Dutch spreadsheets, safe, and a printable list', async () => {
    // A sign-up at a known instant: 12:00 UTC on 20 February 2027 is 13:00 in Amsterdam.
    await db.query(`UPDATE aanmelding SET aangemeld = '2027-02-20T12:00:00Z' WHERE naam = 'Ans'`);
    const h = maakBeheerExportHandler(testDiensten(db, [avond]), () => TOKEN);
    const r = await h(exportVraag(`Bearer ${TOKEN}`));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await r.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM: Excel reads UTF-8
    const regels = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(regels[0]).toBe('"referentie";"status";"naam";"email";"personen";"vraag";"aangemeld"');
    expect(regels).toHaveLength(4);
    expect(regels[1]).toMatch(
      /^"VS-[0-9A-Z]{4}-[0-9A-Z]{4}";"bevestigd";"Ans";"ans@voorbeeld.nl";"2";"'=SOM\(A1\)";"2027-02-20 13:00"$/,
    );
    expect(regels[2]).toMatch(
      /"bevestigd";"Bob";"bob@voorbeeld.nl";"1";"Waar komt ""de"" boom\?";"\d{4}-\d{2}-\d{2} \d{2}:\d{2}"$/,
    );
    expect(regels[3]).toContain('"wachtlijst";"Cas"');
    const lijst = await h(exportVraag(`Bearer ${TOKEN}`, 'presentielijst'));
    const html = await lijst.text();
    expect(html).toContain('Aangemeld (3 personen)');
    expect(html).toContain('Op de wachtlijst: 2 personen');
    expect(html.match(/<table/g)).toHaveLength(1);
  });

  it('GET /api/avonden/<slug> gives the live counts in persons', async () => {
    const h = maakAvondHandler(testDiensten(db, [avond]));
    const r = await h(new Request(`${BASIS}/api/avonden/export`));
    expect(await r.json()).toEqual({ capaciteit: 3, bevestigd: 3, wachtlijst: 2, open: true, venster: 'open' });
    expect((await h(new Request(`${BASIS}/api/avonden/niets`))).status).toBe(404);
  });

  it('retention: 30 days after the evening personal data is deleted, counts stay', async () => {
    // Retention follows the real clock; the other handlers here, the calendar's now.
    const d = (nu: string) => testDiensten(db, [avond], { nu: () => new Date(nu), klok: () => new Date(nu) });
    // 29 days after the evening: nothing happens.
    expect(await (await maakBewaartermijnHandler(d('2027-04-09T12:00:00Z'))()).json()).toEqual({
      avonden: [],
      aanmeldingen: 0,
    });
    expect((await db.query(`SELECT 1 FROM aanmelding WHERE naam IS NOT NULL`)).length).toBe(3);
    // 31 days after: names, addresses, questions, links and e-mails are gone.
    expect(await (await maakBewaartermijnHandler(d('2027-04-11T20:00:00Z'))()).json()).toEqual({
      avonden: ['export'],
      aanmeldingen: 3,
    });
    const [rest] = await db.query<{ persoonlijk: string; links: string; mails: string }>(
      `SELECT (SELECT count(*) FROM aanmelding WHERE naam IS NOT NULL OR email IS NOT NULL OR vraag IS NOT NULL) AS persoonlijk,
              (SELECT count(*) FROM beheerlink) AS links, (SELECT count(*) FROM uitgaande_mail) AS mails`,
    );
    expect(rest).toEqual({ persoonlijk: '0', links: '0', mails: '0' });
    const counts = await maakAvondHandler(d('2027-04-11T20:00:00Z'))(new Request(`${BASIS}/api/avonden/export`));
    expect(await counts.json()).toEqual({
      capaciteit: 3,
      bevestigd: 3,
      wachtlijst: 2,
      open: false,
      venster: 'gesloten',
      melding: 'Aanmelden voor deze avond kan niet meer. De aanmelding sloot op woensdag 10 maart 2027, 12:00.',
    });
    // The manage links no longer work; running again changes nothing.
    const beheer = maakBeheerHandler(d('2027-04-11T20:00:00Z'));
    expect((await beheer(new Request(beheerUrls[0] ?? '', { headers: { accept: 'application/json' } }))).status).toBe(
      404,
    );
    expect(await (await maakBewaartermijnHandler(d('2027-04-12T20:00:00Z'))()).json()).toEqual({
      avonden: [],
      aanmeldingen: 0,
    });
  });
});
