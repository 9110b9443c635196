/**
 * The sign-up function's answers: bad input gets a 4xx and writes nothing; the registration
 * window (409), unknown avond (404), a double sign-up (same generic answer, no second row, the
 * owner gets a link by e-mail), honeypot, rate limit, and a database that is down (503 with
 * everything typed still in the form). Form posts get HTML, JSON clients JSON.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { maakAanmeldHandler } from '../../functions/aanmelden.ts';
import { pgDb, pgPool, type Db } from '../../functions/lib/db.ts';
import { BASIS, formPost, jsonPost, nieuweDatabase, testAvond, testDiensten, verbind } from '../support/database.ts';

const server = inject('pgServerUrl');
const pad = '/api/avonden/testavond/aanmeldingen';
const goed = { naam: 'Jan Jansen', email: 'Jan@Voorbeeld.nl', personen: '2', vraag: 'Komt er een zebrapad?' };

describe.runIf(server)('POST /api/avonden/<slug>/aanmeldingen (real PostgreSQL)', () => {
  let db: Db;
  const avond = testAvond();
  const handler = () => maakAanmeldHandler(testDiensten(db, [avond]));
  const rijen = async () => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM aanmelding'))[0]?.n);
  const mails = async () => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM uitgaande_mail'))[0]?.n);

  beforeAll(async () => {
    db = verbind(await nieuweDatabase(server), 5);
  });
  afterAll(() => db.close());
  beforeEach(async () => {
    await db.query('TRUNCATE aanmelding, beheerlink, uitgaande_mail, verzoek_teller, avond CASCADE');
  });

  it('a form post is answered with 303 to the personal confirmation page', async () => {
    const r = await handler()(formPost(pad, goed));
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toMatch(new RegExp(`^${BASIS}/api/aanmeldingen/[A-Za-z0-9_-]{43}\\?nieuw=1$`));
    const [a] = await db.query<{ email: string; personen: number; vraag: string; status: string }>(
      'SELECT email, personen, vraag, status FROM aanmelding',
    );
    expect(a).toEqual({ email: 'jan@voorbeeld.nl', personen: 2, vraag: 'Komt er een zebrapad?', status: 'bevestigd' });
    // The token is stored only as its SHA-256 hash.
    const token = /aanmeldingen\/([^?]+)/.exec(r.headers.get('location') ?? '')?.[1] ?? '';
    const opgeslagen = await db.query<{ token_hash: Buffer }>('SELECT token_hash FROM beheerlink');
    expect(opgeslagen[0]?.token_hash.length).toBe(32);
    expect(opgeslagen[0]?.token_hash.toString('base64url')).not.toBe(token);
  });

  const slecht: [string, Request, number][] = [
    ['empty JSON object', jsonPost(pad, {}), 422],
    ['no e-mail', jsonPost(pad, { ...goed, email: '' }), 422],
    ['e-mail with a header injection', jsonPost(pad, { ...goed, email: 'a@b.nl\r\nBcc: c@d.nl' }), 422],
    ['e-mail with a comma', jsonPost(pad, { ...goed, email: 'a@b.nl,c@d.nl' }), 422],
    ['5 persons', jsonPost(pad, { ...goed, personen: 5 }), 422],
    ['0 persons', jsonPost(pad, { ...goed, personen: '0' }), 422],
    ['question of 501 characters', jsonPost(pad, { ...goed, vraag: 'x'.repeat(501) }), 422],
    ['unknown field', jsonPost(pad, { ...goed, admin: 'ja' }), 422],
    ['an array', jsonPost(pad, '[1,2]'), 400],
    ['broken JSON', jsonPost(pad, '{"naam":'), 400],
    ['a nested object', jsonPost(pad, { ...goed, naam: { a: 1 } }), 400],
    [
      'text/plain',
      new Request(`${BASIS}${pad}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'naam=x' }),
      415,
    ],
    [
      'multipart',
      new Request(`${BASIS}${pad}`, {
        method: 'POST',
        body: (() => {
          const f = new FormData();
          f.set('naam', 'x');
          return f;
        })(),
      }),
      415,
    ],
    ['a body over 16 kB', formPost(pad, { ...goed, vraag: 'x'.repeat(17_000) }), 413],
    [
      'a field twice',
      new Request(`${BASIS}${pad}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'naam=a&naam=b&email=a%40b.nl&personen=1',
      }),
      400,
    ],
    ['DELETE', new Request(`${BASIS}${pad}`, { method: 'DELETE' }), 405],
  ];
  it.each(slecht)('%s → 4xx and nothing written', async (_naam, req, status) => {
    const r = await handler()(req);
    expect(r.status).toBe(status);
    expect(await rijen()).toBe(0);
    expect(await mails()).toBe(0);
  });

  it('a form with mistakes comes back with an error summary, messages at the fields, and everything typed', async () => {
    const r = await handler()(
      formPost(pad, { naam: 'Jan <b>', email: 'jan@', personen: '7', vraag: 'Mijn vraag & meer' }),
    );
    expect(r.status).toBe(422);
    const html = await r.text();
    expect(html).toMatch(/<title>Fout: /);
    expect(html).toContain('Er zijn 2 fouten in het formulier');
    expect(html).toContain('href="#aanmelding-email"');
    expect(html).toContain('href="#aanmelding-personen"');
    expect(html).toContain('id="aanmelding-email-fout"');
    expect(html).toContain('value="Jan &lt;b&gt;"');
    expect(html).toContain('value="jan@"');
    expect(html).toContain('value="7"');
    expect(html).toContain('>Mijn vraag &amp; meer</textarea>');
    expect(await rijen()).toBe(0);
  });

  it('JSON clients get the messages per field', async () => {
    const r = await handler()(jsonPost(pad, { naam: '', email: 'x', personen: 1 }));
    expect(r.status).toBe(422);
    expect(await r.json()).toEqual({
      fouten: { naam: 'Vul uw naam in.', email: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.' },
    });
  });

  it('unknown avond → 404; outside the registration window → 409, for HTML and JSON', async () => {
    expect((await handler()(jsonPost('/api/avonden/bestaat-niet/aanmeldingen', goed))).status).toBe(404);
    expect((await handler()(formPost('/api/avonden/bestaat-niet/aanmeldingen', goed))).status).toBe(404);
    const vroeg = maakAanmeldHandler(testDiensten(db, [avond], { nu: () => new Date('2027-01-15T07:59:00Z') }));
    const laat = maakAanmeldHandler(testDiensten(db, [avond], { nu: () => new Date('2027-03-10T11:00:00Z') }));
    const v = await vroeg(jsonPost(pad, goed));
    expect(v.status).toBe(409);
    expect(await v.json()).toMatchObject({ venster: 'nog-niet' });
    expect((await laat(jsonPost(pad, goed))).status).toBe(409);
    expect(await rijen()).toBe(0);
  });

  it('a form post before the window opens gets the form back with everything typed, and from when it opens', async () => {
    const vroeg = maakAanmeldHandler(testDiensten(db, [avond], { nu: () => new Date('2027-01-15T07:59:00Z') }));
    const r = await vroeg(formPost(pad, goed));
    expect(r.status).toBe(409);
    const html = await r.text();
    expect(html).toContain('Aanmelden kan vanaf vrijdag 15 januari 2027, 09:00.');
    expect(html).toContain('Wat u invulde, staat er nog.');
    expect(html).toContain('value="Jan Jansen"');
    expect(html).toContain('value="Jan@Voorbeeld.nl"');
    expect(html).toContain('>Komt er een zebrapad?</textarea>');
    expect(html).toContain('type="submit"');
    expect(await rijen()).toBe(0);
  });

  it('a form post after the window closed gets the form back with everything typed, since when, and no button', async () => {
    const laat = maakAanmeldHandler(testDiensten(db, [avond], { nu: () => new Date('2027-03-10T11:00:00Z') }));
    const r = await laat(formPost(pad, goed));
    expect(r.status).toBe(409);
    const html = await r.text();
    expect(html).toContain(
      'Aanmelden voor deze avond kan niet meer. De aanmelding sloot op woensdag 10 maart 2027, 12:00.',
    );
    expect(html).toContain('value="Jan Jansen"');
    expect(html).toContain('>Komt er een zebrapad?</textarea>');
    expect(html).not.toContain('type="submit"');
    expect(await rijen()).toBe(0);
  });

  it('GET gives the live form when sign-up is open, else from when it opens (for a static page built earlier)', async () => {
    const open = await handler()(new Request(`${BASIS}${pad}`, { headers: { accept: 'text/html' } }));
    expect(open.status).toBe(200);
    const formulier = await open.text();
    expect(formulier).toContain(`action="${pad}"`);
    expect(formulier).toContain('type="submit"');
    const vroeg = maakAanmeldHandler(testDiensten(db, [avond], { nu: () => new Date('2027-01-15T07:59:00Z') }));
    const later = await (await vroeg(new Request(`${BASIS}${pad}`, { headers: { accept: 'text/html' } }))).text();
    expect(later).toContain('Aanmelden kan vanaf vrijdag 15 januari 2027, 09:00.');
    expect(later).not.toContain('<form');
    expect(await rijen()).toBe(0);
  });

  it('an internationalised domain is accepted over JSON and stored in ASCII; both spellings are one address', async () => {
    const unicode = { ...goed, email: 'anna@café-voorbeeld.nl' };
    const r = await handler()(jsonPost(pad, unicode));
    expect(r.status).toBe(201);
    const opgeslagen = await db.query<{ email: string }>('SELECT email FROM aanmelding');
    expect(opgeslagen).toEqual([{ email: 'anna@xn--caf-voorbeeld-dhb.nl' }]);
    const mail = await db.query<{ aan: string }>('SELECT aan FROM uitgaande_mail');
    expect(mail).toEqual([{ aan: 'anna@xn--caf-voorbeeld-dhb.nl' }]);

    // The punycode spelling, or the same address in capitals, is a double sign-up.
    for (const email of ['anna@xn--caf-voorbeeld-dhb.nl', 'Anna@CAFÉ-voorbeeld.nl']) {
      const dubbel = await handler()(jsonPost(pad, { ...goed, email }));
      expect(dubbel.status, email).toBe(202);
    }
    expect(await rijen()).toBe(1);

    // And the other way round: first punycode, then Unicode, through the form.
    await db.query('TRUNCATE aanmelding, beheerlink, uitgaande_mail, verzoek_teller CASCADE');
    expect((await handler()(jsonPost(pad, { ...goed, email: 'anna@xn--caf-voorbeeld-dhb.nl' }))).status).toBe(201);
    const form = await handler()(formPost(pad, unicode));
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('Wij hebben uw aanmelding ontvangen');
    expect(await rijen()).toBe(1);
  });

  it('a cancelled avond takes no sign-ups: 409 "gaat niet door", for HTML and JSON', async () => {
    const geannuleerd = maakAanmeldHandler(
      testDiensten(db, [testAvond({ geannuleerd: { reden: 'De zaal is niet beschikbaar.' } })]),
    );
    const j = await geannuleerd(jsonPost(pad, goed));
    expect(j.status).toBe(409);
    expect(await j.json()).toMatchObject({ venster: 'geannuleerd', fout: 'Deze avond gaat niet door.' });
    const html = await geannuleerd(formPost(pad, goed));
    expect(html.status).toBe(409);
    expect(await html.text()).toContain('Deze avond gaat niet door.');
    expect(await rijen()).toBe(0);
  });

  it('a double sign-up gives the same generic answer, no second row, and mails the owner a new link', async () => {
    expect((await handler()(jsonPost(pad, goed))).status).toBe(201);
    // Within 10 minutes of the sign-up: the same answer, no e-mail (a double click, a slow network).
    const vlak = await handler()(jsonPost(pad, { ...goed, email: 'JAN@voorbeeld.nl', naam: 'Iemand anders' }));
    expect(vlak.status).toBe(202);
    expect(await vlak.json()).toEqual({ status: 'ontvangen' });
    expect(await mails()).toBe(1);
    // Later (real clock: the sign-up is made 11 minutes old) the owner gets one e-mail with a new link.
    await db.query(`UPDATE aanmelding SET aangemeld = aangemeld - interval '11 minutes'`);
    const tweede = await handler()(
      jsonPost(pad, { ...goed, email: 'JAN@voorbeeld.nl', naam: 'Iemand anders', personen: 1 }),
    );
    expect(tweede.status).toBe(202);
    expect(await tweede.json()).toEqual({ status: 'ontvangen' });
    const html = await handler()(formPost(pad, goed));
    expect(html.status).toBe(200);
    const tekst = await html.text();
    expect(tekst).toContain('Wij hebben uw aanmelding ontvangen');
    expect(tekst).not.toContain('VS-');
    expect(await rijen()).toBe(1);
    const m = await db.query<{ soort: string; aan: string; tekst: string }>(
      'SELECT soort, aan, tekst FROM uitgaande_mail ORDER BY id',
    );
    expect(m.map((x) => [x.soort, x.aan])).toEqual([
      ['aanmelding', 'jan@voorbeeld.nl'],
      ['dubbel', 'jan@voorbeeld.nl'],
    ]);
    expect(m[1]?.tekst).toMatch(/Beste Jan Jansen/);
    expect(m[1]?.tekst).toMatch(/\/api\/aanmeldingen\/[A-Za-z0-9_-]{43}/);
    // A link only for a mail that goes out.
    expect(Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM beheerlink'))[0]?.n)).toBe(2);
    // And again 10 minutes after that e-mail.
    await db.query(`UPDATE aanmelding SET dubbel_gemaild = dubbel_gemaild - interval '11 minutes'`);
    expect((await handler()(jsonPost(pad, goed))).status).toBe(202);
    expect(await mails()).toBe(3);
  });

  it('five identical posts at once (a double click): one sign-up, one e-mail, the same answers as ever', async () => {
    const antwoorden = await Promise.all(Array.from({ length: 5 }, () => handler()(jsonPost(pad, goed))));
    const statussen = antwoorden.map((r) => r.status).sort();
    expect(statussen).toEqual([201, 202, 202, 202, 202]);
    for (const r of antwoorden.filter((x) => x.status === 202)) expect(await r.json()).toEqual({ status: 'ontvangen' });
    expect(await rijen()).toBe(1);
    const m = await db.query<{ soort: string }>('SELECT soort FROM uitgaande_mail ORDER BY id');
    expect(m.map((x) => x.soort)).toEqual(['aanmelding']);
    // Later posts of the same address: at most one e-mail per 10 minutes, however many arrive at once.
    await db.query(`UPDATE aanmelding SET aangemeld = aangemeld - interval '11 minutes'`);
    await Promise.all(Array.from({ length: 5 }, () => handler()(jsonPost(pad, goed))));
    expect(await mails()).toBe(2);
  });

  it('a sign-up on an IPv6 address (http://[::1]:8891, netlify dev) is stored, with its calendar file', async () => {
    // Was a 500 logged as "[aanmelden] object": `ics` refused the page URL on an IPv6 host.
    const r = await handler()(
      new Request(`http://[::1]:8891${pad}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(goed),
      }),
    );
    expect(r.status).toBe(201);
    expect(await r.json()).toMatchObject({
      status: 'bevestigd',
      beheerUrl: expect.stringMatching(/^http:\/\/\[::1\]:8891\//),
    });
    const [m] = await db.query<{ ics: string }>('SELECT ics FROM uitgaande_mail');
    expect(m?.ics).toMatch(/^BEGIN:VCALENDAR/);
  });

  it('the honeypot: answered like a sign-up, nothing stored', async () => {
    const r = await handler()(jsonPost(pad, { ...goed, website: 'http://spam.example' }));
    expect(r.status).toBe(202);
    expect(await rijen()).toBe(0);
  });

  it('the rate limit per client (RATE_LIMIT_PER_MINUTE) gives 429 and keeps the input', async () => {
    const h = maakAanmeldHandler(testDiensten(db, [avond], { limietPerMinuut: 2 }));
    const van = { 'x-nf-client-connection-ip': '192.0.2.7' };
    expect((await h(jsonPost(pad, { ...goed, email: 'a@voorbeeld.nl' }, van))).status).toBe(201);
    expect((await h(jsonPost(pad, { ...goed, email: 'b@voorbeeld.nl' }, van))).status).toBe(201);
    const derde = await h(formPost(pad, { ...goed, email: 'c@voorbeeld.nl' }, van));
    expect(derde.status).toBe(429);
    expect(await derde.text()).toContain('value="c@voorbeeld.nl"');
    expect(
      (await h(jsonPost(pad, { ...goed, email: 'd@voorbeeld.nl' }, { 'x-nf-client-connection-ip': '192.0.2.8' })))
        .status,
    ).toBe(201);
    // Only a hash of the address is stored.
    const sleutels = await db.query<{ sleutel: string }>('SELECT sleutel FROM verzoek_teller');
    expect(sleutels.some((s) => s.sleutel.includes('192.0.2'))).toBe(false);
  });

  it('a database that is down gives 503 and the form with everything typed', async () => {
    const dood: Db = pgDb(pgPool('postgres://postgres@127.0.0.1:1/niets', 1));
    const h = maakAanmeldHandler(testDiensten(dood, [avond]));
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const r = await h(formPost(pad, goed));
    expect(r.status).toBe(503);
    // The log says which step failed and how, and nothing that was typed.
    const regel = String(log.mock.calls[0]?.[0]);
    log.mockRestore();
    expect(regel).toMatch(/^\[aanmelden\/opslaan\] \w*Error \[code=ECONNREFUSED\] connect ECONNREFUSED/);
    expect(regel).not.toMatch(/jan/i);
    const html = await r.text();
    expect(html).toContain('Het lukt nu niet om uw aanmelding op te slaan');
    expect(html).toContain('value="Jan Jansen"');
    expect(html).toContain('value="Jan@Voorbeeld.nl"');
    expect(html).toContain('>Komt er een zebrapad?</textarea>');
    const j = await h(jsonPost(pad, goed));
    expect(j.status).toBe(503);
    await dood.close();
  });
});
