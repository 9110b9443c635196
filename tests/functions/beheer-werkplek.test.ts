/**
 * The coördinator's workplace (/beheer/) against real PostgreSQL: sign-in by a one-time link
 * (only for BEHEER_EMAILS, 15 minutes, once), the session cookie and its flags, real sign-out,
 * the Origin check, no-store/noindex on every answer, the audit log, the pages and the message
 * to participants through the outbox.
 */
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { maakAanmeldHandler } from '../../functions/aanmelden.ts';
import { maakWerkplekHandler, wijkenOpCadans, type WerkplekDiensten } from '../../functions/beheer-werkplek.ts';
import { maakBewaartermijnHandler } from '../../functions/bewaartermijn.ts';
import { contentWijken } from '../../functions/lib/beheer-overzicht.ts';
import type { Db } from '../../functions/lib/db.ts';
import { slaAntwoordOp } from '../../functions/lib/enquete-opslag.ts';
import { zorgVoorEnquete } from '../../functions/lib/enquetes.ts';
import { testEnquete } from '../support/enquete.ts';
import { beheerAdressen } from '../../src/domain/beheer.ts';
import { BASIS, formPost, jsonPost, nieuweDatabase, testAvond, testDiensten, verbind } from '../support/database.ts';

const server = inject('pgServerUrl');
const TOKEN = 'geheim-beheertoken-voor-de-test-0123456789';
const MEDEWERKER = 'coordinator@voorschoten.nl';

describe.runIf(server)('the workplace /beheer/ (real PostgreSQL)', () => {
  let db: Db;
  const avond = testAvond({ slug: 'werkplek', capaciteit: 3 });
  let klok = new Date('2027-02-01T12:00:00Z');
  let d: WerkplekDiensten;
  let h: ReturnType<typeof maakWerkplekHandler>;

  beforeAll(async () => {
    db = verbind(await nieuweDatabase(server), 5);
    d = {
      ...testDiensten(db, [avond], { klok: () => klok }),
      enquetes: () => Promise.resolve([]),
      wijken: () => Promise.resolve([]),
      adressen: () => beheerAdressen(` ${MEDEWERKER.toUpperCase()} , geen-adres, ander@voorschoten.nl`),
      geheim: () => TOKEN,
    };
    h = maakWerkplekHandler(d);
    const aanmelden = maakAanmeldHandler(testDiensten(db, [avond]));
    for (const [naam, email, personen] of [
      ['Zoë', 'zoe@voorbeeld.nl', 1],
      ['Ans', 'ans@voorbeeld.nl', 2],
      ['Bob', 'bob@voorbeeld.nl', 2],
    ] as const) {
      await aanmelden(jsonPost('/api/avonden/werkplek/aanmeldingen', { naam, email, personen }));
    }
  });
  afterAll(() => db.close());

  const EIGEN = { origin: BASIS };
  const get = (pad: string, cookie?: string) =>
    h(new Request(`${BASIS}${pad}`, { headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } }));
  const post = (pad: string, velden: Record<string, string>, headers: Record<string, string> = {}) =>
    h(formPost(pad, velden, headers));
  const mails = () =>
    db.query<{ aan: string; tekst: string; soort: string }>(
      `SELECT aan, tekst, soort FROM uitgaande_mail WHERE soort = 'beheer-inloggen' ORDER BY id`,
    );
  const linkUit = (tekst: string): string => /\/beheer\/inloggen\/([A-Za-z0-9_-]{43})/.exec(tekst)?.[1] ?? '';

  async function inloggen(): Promise<string> {
    const r = await post('/beheer/inloggen', { email: MEDEWERKER }, EIGEN);
    expect(r.status).toBe(303);
    const token = linkUit((await mails()).at(-1)?.tekst ?? '');
    const s = await post('/beheer/sessie', { token }, EIGEN);
    expect(s.status).toBe(303);
    const cookie = s.headers.get('set-cookie') ?? '';
    return cookie.split(';')[0] ?? '';
  }

  it('reads BEHEER_EMAILS as stored addresses and skips what is no address', () => {
    expect([...beheerAdressen(' A@Voorschoten.NL ,b@voorschoten.nl,,niets')]).toEqual([
      'a@voorschoten.nl',
      'b@voorschoten.nl',
    ]);
    expect(beheerAdressen(undefined).size).toBe(0);
  });

  it('shows the sign-in form to someone not signed in, no-store and noindex, without a cookie', async () => {
    const r = await get('/beheer/');
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.headers.get('x-robots-tag')).toContain('noindex');
    expect(r.headers.get('set-cookie')).toBeNull();
    expect(await r.text()).toContain('name="email"');
  });

  it('an unknown address gets the same answer and no mail; a listed one gets a link by mail', async () => {
    const onbekend = await post('/beheer/inloggen', { email: 'iemand@voorbeeld.nl' }, EIGEN);
    expect(await mails()).toHaveLength(0);
    const bekend = await post('/beheer/inloggen', { email: `  ${MEDEWERKER.toUpperCase()} ` }, EIGEN);
    expect([onbekend.status, bekend.status]).toEqual([303, 303]);
    expect(onbekend.headers.get('location')).toBe(bekend.headers.get('location'));
    const m = await mails();
    expect(m).toHaveLength(1);
    expect(m[0]?.aan).toBe(MEDEWERKER);
    const token = linkUit(m[0]?.tekst ?? '');
    expect(token).toHaveLength(43);
    // Only the hash is stored.
    const [rij] = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM beheer_inloglink WHERE encode(token_hash, 'escape') LIKE '%' || $1 || '%'`,
      [token],
    );
    expect(rij?.n).toBe('0');
    // The page behind the link (a mail scanner's GET) does not use the token.
    const pagina = await get(`/beheer/inloggen/${token}`);
    expect(await pagina.text()).toContain('Inloggen</button>');
    const [gebruikt] = await db.query<{ gebruikt: Date | null }>('SELECT gebruikt FROM beheer_inloglink');
    expect(gebruikt?.gebruikt).toBeNull();
  });

  it('an invalid e-mail address keeps the text and says what is wrong', async () => {
    const r = await post('/beheer/inloggen', { email: 'geen adres' }, EIGEN);
    expect(r.status).toBe(400);
    const html = await r.text();
    expect(html).toContain('href="#beheer-email"');
    expect(html).toContain('value="geen adres"');
  });

  it('a link works once, within 15 minutes; the session cookie has the right flags', async () => {
    const token = linkUit((await mails()).at(-1)?.tekst ?? '');
    const s = await post('/beheer/sessie', { token }, EIGEN);
    expect(s.status).toBe(303);
    const cookie = s.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^vs_beheer=[A-Za-z0-9_-]{43}; /);
    for (const vlag of ['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/beheer', `Max-Age=${8 * 3600}`]) {
      expect(cookie.split('; ')).toContain(vlag);
    }
    expect(s.headers.get('cache-control')).toBe('no-store');
    // Used: refused the second time, and the page behind the link says so.
    expect((await post('/beheer/sessie', { token }, EIGEN)).status).toBe(400);
    const gebruiktePagina = await get(`/beheer/inloggen/${token}`);
    expect(gebruiktePagina.status).toBe(400);
    expect(await gebruiktePagina.text()).not.toContain('Inloggen</button>');
    // Expired: a new link, used 15 minutes and a second later.
    await post('/beheer/inloggen', { email: MEDEWERKER }, EIGEN);
    const oud = linkUit((await mails()).at(-1)?.tekst ?? '');
    klok = new Date(klok.getTime() + 15 * 60_000 + 1000);
    const verlopen = await post('/beheer/sessie', { token: oud }, EIGEN);
    expect(verlopen.status).toBe(400);
    expect(verlopen.headers.get('set-cookie')).toBeNull();
    expect(await verlopen.text()).toContain('Deze link werkt niet meer');
    // A made-up token.
    expect((await post('/beheer/sessie', { token: 'x'.repeat(43) }, EIGEN)).status).toBe(400);
  });

  it('refuses a cross-origin POST and one without Origin', async () => {
    const vreemd = await post('/beheer/inloggen', { email: MEDEWERKER }, { origin: 'https://kwaad.example' });
    expect(vreemd.status).toBe(403);
    expect((await post('/beheer/inloggen', { email: MEDEWERKER })).status).toBe(403);
    const cookie = await inloggen();
    const bericht = await post(
      '/beheer/avonden/werkplek/bericht',
      { bericht: 'Andere zaal' },
      { origin: 'https://kwaad.example', cookie },
    );
    expect(bericht.status).toBe(403);
    expect((await db.query(`SELECT 1 FROM uitgaande_mail WHERE soort = 'beheer-bericht'`)).length).toBe(0);
  });

  it('signed in: the dashboard, an avond with its sign-ups, and an audit row for every view and export', async () => {
    const cookie = await inloggen();
    const dash = await get('/beheer/', cookie);
    expect(dash.status).toBe(200);
    const html = await dash.text();
    expect(parse(html).text).toContain('Ingelogd als coordinator@voorschoten.nl');
    expect(html).toContain('coordinator@<wbr>voorschoten<wbr>.nl'); // wraps after @ or before a dot
    expect(html).toContain('href="/beheer/avonden/werkplek/"');
    // Numbers only on the dashboard: no resident's name or address.
    expect(html).not.toMatch(/Zoë|voorbeeld\.nl/);
    const avondPagina = await get('/beheer/avonden/werkplek/', cookie);
    expect(await avondPagina.text()).toContain('Zoë');
    const voor = (await db.query('SELECT 1 FROM beheer_logboek')).length;
    const csv = await get('/beheer/avonden/werkplek/aanmeldingen.csv', cookie);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('cache-control')).toBe('no-store');
    expect(csv.headers.get('x-robots-tag')).toContain('noindex');
    expect(await csv.text()).toContain('"Zoë"');
    const lijst = await get('/beheer/avonden/werkplek/presentielijst', cookie);
    const lijstHtml = await lijst.text();
    // One table, names sorted (Ans, Zoë; Bob is on the waitlist), a tick column, persons.
    expect(lijstHtml.match(/<table/g)).toHaveLength(1);
    expect(lijstHtml.indexOf('Ans')).toBeLessThan(lijstHtml.indexOf('Zoë'));
    expect(lijstHtml).toContain('>Aanwezig</th>');
    expect(lijstHtml).toContain('Aangemeld (3 personen)');
    const log = await db.query<{ wie: string; wat: string }>('SELECT wie, wat FROM beheer_logboek ORDER BY id');
    expect(log.length).toBe(voor + 2);
    expect(log.slice(-2)).toEqual([
      { wie: MEDEWERKER, wat: 'Export aanmeldingen (CSV): werkplek' },
      { wie: MEDEWERKER, wat: 'Presentielijst: werkplek' },
    ]);
    expect(log.some((r) => r.wat === 'Aanmeldingen bekeken: werkplek')).toBe(true);
    // Scripts: the same check, and an audit row too.
    const script = await h(
      new Request(`${BASIS}/beheer/avonden/werkplek/aanmeldingen.csv`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      }),
    );
    expect(script.status).toBe(200);
    const [laatste] = await db.query<{ wie: string }>('SELECT wie FROM beheer_logboek ORDER BY id DESC LIMIT 1');
    expect(laatste?.wie).toBe('script (BEHEER_TOKEN)');
    const logboek = await get('/beheer/logboek', cookie);
    expect(await logboek.text()).toContain('Export aanmeldingen (CSV): werkplek');
  });

  it('a message to everyone confirmed: mistakes 422 with the form; a preview with the recipients first; only "Verstuur" sends', async () => {
    const cookie = await inloggen();
    const berichtMails = async () =>
      (await db.query(`SELECT 1 FROM uitgaande_mail WHERE soort = 'beheer-bericht'`)).length;
    // Before anything was typed the field is not marked invalid (no `required`: it would match :invalid).
    const leegForm = parse(await (await get('/beheer/avonden/werkplek/', cookie)).text());
    const veld = leegForm.querySelector('#beheer-bericht');
    expect(veld?.hasAttribute('required')).toBe(false);
    expect(veld?.getAttribute('aria-required')).toBe('true');
    expect(veld?.hasAttribute('aria-invalid')).toBe(false);
    expect(veld?.classList.contains('utrecht-textarea--invalid')).toBe(false);
    // Empty or too long: 422, the error summary, the field marked, what was typed kept.
    const leeg = await post('/beheer/avonden/werkplek/bericht', { bericht: '   ' }, { ...EIGEN, cookie });
    expect(leeg.status).toBe(422);
    const leegDoc = parse(await leeg.text());
    expect(leegDoc.querySelector('#foutsamenvatting a')?.getAttribute('href')).toBe('#beheer-bericht');
    expect(leegDoc.querySelector('#beheer-bericht')?.getAttribute('aria-invalid')).toBe('true');
    const lang = 'x'.repeat(1001);
    const teLang = await post('/beheer/avonden/werkplek/bericht', { bericht: lang }, { ...EIGEN, cookie });
    expect(teLang.status).toBe(422);
    expect(parse(await teLang.text()).querySelector('#beheer-bericht')?.text).toBe(lang);
    expect(await berichtMails()).toBe(0);
    // The first POST shows the message as it will be sent and to how many; it sends nothing.
    const tekst = 'We zitten in zaal 2.';
    const voorbeeld = await post('/beheer/avonden/werkplek/bericht', { bericht: tekst }, { ...EIGEN, cookie });
    expect(voorbeeld.status).toBe(200);
    const vb = parse(await voorbeeld.text());
    expect(vb.querySelector('h1')?.text).toBe('Controleer het bericht');
    expect(vb.text).toContain('Dit bericht gaat naar 2 aangemelde deelnemers.');
    expect(vb.querySelector('.vs-voorbeeld')?.text).toContain(tekst);
    expect(vb.querySelector('.vs-voorbeeld')?.text).toContain('Bericht over: ');
    const knoppen = vb
      .querySelectorAll('form[action$="/bericht"] button')
      .map((b) => [b.text, b.getAttribute('value')]);
    expect(knoppen).toEqual([
      ['Verstuur', 'verstuur'],
      ['Wijzig', 'wijzig'],
    ]);
    expect(vb.querySelector('form input[name="bericht"]')?.getAttribute('value')).toBe(tekst);
    expect(await berichtMails()).toBe(0);
    // "Wijzig": the form again with the text, nothing marked, nothing sent.
    const wijzig = await post(
      '/beheer/avonden/werkplek/bericht',
      { bericht: tekst, stap: 'wijzig' },
      { ...EIGEN, cookie },
    );
    expect(wijzig.status).toBe(200);
    const wd = parse(await wijzig.text());
    expect(wd.querySelector('#beheer-bericht')?.text).toBe(tekst);
    expect(wd.querySelector('#foutsamenvatting')).toBeNull();
    expect(await berichtMails()).toBe(0);
    // "Verstuur": now it goes out.
    const r = await post(
      '/beheer/avonden/werkplek/bericht',
      { bericht: tekst, stap: 'verstuur' },
      { ...EIGEN, cookie },
    );
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe('/beheer/avonden/werkplek/?verstuurd=2');
    const berichten = await db.query<{ aan: string; tekst: string }>(
      `SELECT aan, tekst FROM uitgaande_mail WHERE soort = 'beheer-bericht' ORDER BY aan`,
    );
    expect(berichten.map((b) => b.aan)).toEqual(['ans@voorbeeld.nl', 'zoe@voorbeeld.nl']);
    expect(berichten[0]?.tekst).toContain('We zitten in zaal 2.');
  });

  it('signing out deletes the session: the old cookie is refused', async () => {
    const cookie = await inloggen();
    expect((await get('/beheer/logboek', cookie)).status).toBe(200);
    const uit = await post('/beheer/uitloggen', {}, { ...EIGEN, cookie });
    expect(uit.status).toBe(303);
    expect(uit.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await get('/beheer/logboek', cookie)).status).toBe(401);
    expect((await get('/beheer/avonden/werkplek/aanmeldingen.csv', cookie)).status).toBe(401);
    // The page they land on confirms it, server-rendered, without a cookie for it.
    const naar = new URL(uit.headers.get('location') ?? '', 'http://wijk.test');
    expect(naar.pathname).toBe('/beheer/');
    const land = await get(`${naar.pathname}${naar.search}`, cookie);
    expect(land.status).toBe(200);
    expect(land.headers.get('set-cookie')).toBeNull();
    const html = await land.text();
    expect(html).toMatch(/role="status"[^>]*>.*U bent uitgelogd\./s);
    expect(html).toContain('action="/beheer/inloggen"');
    // Only after signing out: the plain sign-in page does not say it.
    expect(await (await get('/beheer/')).text()).not.toContain('U bent uitgelogd');
    // A session ends after 8 hours too.
    const ander = await inloggen();
    klok = new Date(klok.getTime() + 8 * 3_600_000 + 1000);
    expect((await get('/beheer/logboek', ander)).status).toBe(401);
  });

  it('rate limits sign-in requests', async () => {
    const beperkt = maakWerkplekHandler({ ...d, limietPerMinuut: 2 });
    const statussen = [];
    for (let i = 0; i < 3; i++) {
      statussen.push((await beperkt(formPost('/beheer/inloggen', { email: 'x@voorbeeld.nl' }, EIGEN))).status);
    }
    expect(statussen).toEqual([303, 303, 429]);
  });

  it('retention deletes audit rows older than a year', async () => {
    await db.query(`INSERT INTO beheer_logboek (moment, wie, wat) VALUES ('2025-01-01T00:00:00Z', 'oud', 'oud')`);
    await maakBewaartermijnHandler(testDiensten(db, [avond], { klok: () => new Date('2026-06-01T00:00:00Z') }))();
    expect((await db.query(`SELECT 1 FROM beheer_logboek WHERE wie = 'oud'`)).length).toBe(0);
    expect((await db.query(`SELECT 1 FROM beheer_logboek`)).length).toBeGreaterThan(0);
  });

  it('the dashboard counts surveys, codes and the outbox; failed mail can be retried; survey counts before closing', async () => {
    const enquete = testEnquete();
    const met = maakWerkplekHandler({ ...d, enquetes: () => Promise.resolve([enquete]), wijken: contentWijken });
    await zorgVoorEnquete(db, enquete);
    await slaAntwoordOp(db, enquete.slug, { keuzes: { plek: ['park'] }, teksten: {} }, klok);
    await db.query(`INSERT INTO enquete_code (code_hash, enquete, gebruikt) VALUES ($1, $2, true), ($3, $2, false)`, [
      Buffer.alloc(32, 1),
      enquete.slug,
      Buffer.alloc(32, 2),
    ]);
    await db.query(
      `INSERT INTO uitgaande_mail (soort, aan, onderwerp, tekst, pogingen, fout) VALUES ('beheer-bericht', 'x@voorbeeld.nl', 'o', 't', 10, 'SMTP-fout 550')`,
    );
    const cookie = await inloggen();
    const vraag = (pad: string) => met(new Request(`${BASIS}${pad}`, { headers: { accept: 'text/html', cookie } }));
    const html = await (await vraag('/beheer/')).text();
    // Responses 1, codes issued 2, used 1.
    expect(html).toMatch(
      /Testenquête<\/a><\/td><td[^>]*>[^<]+<\/td><td[^>]*>Open<\/td><td[^>]*>1<\/td><td[^>]*>2<\/td><td[^>]*>1<\/td>/,
    );
    expect(
      html.match(
        /<tr class="utrecht-table__row"><td class="utrecht-table__cell">[A-Z][^<]+<\/td><td class="utrecht-table__cell">(?:Nooit|\d)/g,
      )?.length,
    ).toBeGreaterThanOrEqual(11);
    expect(html).toMatch(/Mislukt: [1-9]/);
    expect(html).toContain('Opnieuw proberen');
    const opnieuw = await met(formPost('/beheer/outbox/opnieuw', {}, { ...EIGEN, cookie }));
    expect(opnieuw.status).toBe(303);
    expect((await db.query(`SELECT 1 FROM uitgaande_mail WHERE fout IS NOT NULL`)).length).toBe(0);
    const pagina = await (await vraag('/beheer/enquetes/testenquete/')).text();
    expect(pagina).toContain('Waar moet het bankje komen?');
    expect(pagina).toMatch(/In het park<\/th><td class="utrecht-table__cell">1<\/td>/);
  });

  it('orders the wijken overdue first, then due within six months', async () => {
    const wijken = await contentWijken();
    const volgorde = wijkenOpCadans(wijken, new Date('2027-02-20T12:00:00Z')).map((w) => w.c.status);
    expect(wijken).toHaveLength(11);
    const rang = { 'te-laat': 0, 'nog-nooit': 1, binnenkort: 2, 'op-tijd': 3 };
    expect(volgorde.map((s) => rang[s])).toEqual([...volgorde.map((s) => rang[s])].sort((a, b) => a - b));
  });
});
