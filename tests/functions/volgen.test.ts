/**
 * Follow by e-mail on a real PostgreSQL: double opt-in (no alert before confirmation, the link
 * expires and works once, GET never confirms), the same answer for a known and an unknown
 * address, a run mails exactly the new items of what is followed (also an item a deploy adds
 * with a past date), concurrent and repeated runs and a crash send each item once, the manage
 * page, and one-click unsubscribe deletes the data.
 */
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Db } from '../../functions/lib/db.ts';
import { ruimOnbevestigdOp, verstuurAlerts } from '../../functions/lib/volgen.ts';
import { maakVolgHandler } from '../../functions/volgen.ts';
import { maakVolgingHandler } from '../../functions/volging.ts';
import { BASIS, formPost, jsonPost, nieuweDatabase, openMoment, verbind } from '../support/database.ts';
import { testBericht, testBron, volgDiensten } from '../support/volgen.ts';

const server = inject('pgServerUrl');
const uur = 3_600_000;

describe.runIf(server)('volgen (real PostgreSQL)', () => {
  let db: Db;
  let bron = testBron();
  let klok = openMoment;
  const d = () => volgDiensten(db, () => bron, { klok: () => klok });
  const volg = (velden: Record<string, string>) =>
    maakVolgHandler(d())(
      formPost('/api/volgen', { soort: 'straat', doel: 'voorstraat', frequentie: 'meteen', ...velden }),
    );
  const link = maakVolgingHandlerVoor();
  function maakVolgingHandlerVoor() {
    return (req: Request) => maakVolgingHandler(d())(req);
  }
  const mails = (soort?: string) =>
    db.query<{ aan: string; onderwerp: string; tekst: string; html: string | null; afmeld_url: string | null }>(
      `SELECT aan, onderwerp, tekst, html, afmeld_url FROM uitgaande_mail ${soort ? 'WHERE soort = $1' : ''} ORDER BY id`,
      soort ? [soort] : [],
    );
  const tel = async (tabel: string) =>
    Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${tabel}`))[0]?.n);
  const run = (o: { batch?: number; naBatch?: (n: number) => void } = {}) =>
    verstuurAlerts(db, bron, { basisUrl: BASIS, nu: openMoment, klok, ...o });
  const bevestigLink = (tekst: string) => /\/api\/volgen\/bevestigen\/[A-Za-z0-9_-]{43}/.exec(tekst)?.[0] ?? '';

  async function abonneer(email: string, velden: Record<string, string> = {}): Promise<string> {
    await volg({ email, ...velden });
    const [m] = (await mails('volgen-bevestigen')).filter((x) => x.aan === email).slice(-1);
    const r = await link(new Request(`${BASIS}${bevestigLink(m!.tekst)}`, { method: 'POST' }));
    expect(r.status).toBe(303);
    return r.headers.get('location') ?? '';
  }

  beforeAll(async () => {
    db = verbind(await nieuweDatabase(server), 10);
  });
  afterAll(() => db.close());
  beforeEach(async () => {
    await db.query('TRUNCATE volger, volging, volglink, uitgaande_mail, verzoek_teller CASCADE');
    bron = testBron();
    klok = openMoment;
  });

  it('sends nothing but the confirmation mail until its link is used; GET shows a button and confirms nothing', async () => {
    const r = await volg({ email: 'Anna@Voorbeeld.nl' });
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe(`${BASIS}/api/volgen?verstuurd=1&soort=straat&doel=voorstraat`);
    const [m] = await mails();
    expect(m).toMatchObject({ aan: 'anna@voorbeeld.nl', onderwerp: 'Bevestig: nieuws over Voorstraat per e-mail' });
    // A new bericht, and a run: no alert before confirmation.
    bron = testBron([testBericht('nieuw-1')]);
    expect(await run()).toEqual({ gelezen: 0, mails: 0 });
    // A mail scanner opens the link (GET): only a page with one button.
    const pagina = await link(new Request(`${BASIS}${bevestigLink(m!.tekst)}`));
    expect(pagina.status).toBe(200);
    expect(await pagina.text()).toMatch(/<form method="post"[\s\S]*Bevestigen<\/button>/);
    expect(await tel('volging WHERE bevestigd IS NOT NULL')).toBe(0);
    // The token is stored only as its hash.
    const [h] = await db.query<{ bevestig_hash: Buffer }>('SELECT bevestig_hash FROM volging');
    expect(h!.bevestig_hash.length).toBe(32);
    expect(m!.tekst).not.toContain(h!.bevestig_hash.toString('base64url'));
  });

  it('a confirmation link works once and for 48 hours; unconfirmed subscriptions are deleted after that', async () => {
    await volg({ email: 'bas@voorbeeld.nl' });
    const [m] = await mails();
    const post = () => link(new Request(`${BASIS}${bevestigLink(m!.tekst)}`, { method: 'POST' }));
    klok = new Date(openMoment.getTime() + 49 * uur);
    expect((await post()).status).toBe(410); // expired: says so (see below)
    expect(await ruimOnbevestigdOp(db, klok)).toBe(1);
    expect(await tel('volging')).toBe(0);
    expect(await tel('volger')).toBe(0);
    expect(await mails()).toEqual([]); // an undelivered confirmation goes with the address

    klok = openMoment;
    await volg({ email: 'bas@voorbeeld.nl' });
    const [m2] = await mails();
    const post2 = () => link(new Request(`${BASIS}${bevestigLink(m2!.tekst)}`, { method: 'POST' }));
    klok = new Date(openMoment.getTime() + 47 * uur);
    const r = await post2();
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toMatch(/\/api\/volgen\/beheer\/[A-Za-z0-9_-]{43}\?bevestigd=1$/);
    const weer = await post2(); // used: confirms nothing again, says so
    expect(weer.status).toBe(200);
    expect(await weer.text()).toContain('Deze link is al gebruikt');
    expect(await tel('volglink')).toBe(1);
    expect(await ruimOnbevestigdOp(db, new Date(openMoment.getTime() + 100 * uur))).toBe(0);
    expect(await tel('volging WHERE bevestigd IS NOT NULL')).toBe(1);
    // Links in mails work for a year; the subscription stays.
    expect(await tel('volglink')).toBe(1);
    await ruimOnbevestigdOp(db, new Date(openMoment.getTime() + 367 * 24 * uur));
    expect(await tel('volglink')).toBe(0);
    expect(await tel('volging')).toBe(1);
  });

  it('answers the same for a known and an unknown address (and for the honeypot)', async () => {
    await abonneer('cor@voorbeeld.nl');
    klok = new Date(openMoment.getTime() + 11 * 60_000);
    const antwoord = async (r: Response) => ({
      status: r.status,
      location: r.headers.get('location'),
      body: await r.text(),
    });
    const bekend = await antwoord(await volg({ email: 'cor@voorbeeld.nl' }));
    const onbekend = await antwoord(await volg({ email: 'dirk@voorbeeld.nl' }));
    const bot = await antwoord(await volg({ email: 'eva@voorbeeld.nl', website: 'spam' }));
    expect(bekend).toEqual(onbekend);
    expect(bot).toEqual(onbekend);
    const json = (email: string) =>
      maakVolgHandler(d())(jsonPost('/api/volgen', { soort: 'straat', doel: 'voorstraat', email })).then(antwoord);
    expect(await json('cor@voorbeeld.nl')).toEqual(await json('fien@voorbeeld.nl'));
    // The known address gets its manage link by mail (once per 10 minutes), not a second subscription.
    expect((await mails('volgen-al')).map((m) => m.aan)).toEqual(['cor@voorbeeld.nl']);
    expect(await tel("volging WHERE doel = 'voorstraat'")).toBe(3);
    expect(await tel("volger WHERE email = 'eva@voorbeeld.nl'")).toBe(0);
  });

  it('mails one address at most once per 10 minutes for the same subscription (no flooding through the form)', async () => {
    for (let i = 0; i < 5; i++) expect((await volg({ email: 'lies@voorbeeld.nl' })).status).toBe(303);
    expect(await mails('volgen-bevestigen')).toHaveLength(1);
    klok = new Date(openMoment.getTime() + 10 * 60_000);
    await volg({ email: 'lies@voorbeeld.nl' });
    const [eerste, tweede] = await mails('volgen-bevestigen');
    expect(tweede).toBeDefined();
    // The new link replaces the old one.
    const post = (m: typeof eerste) => link(new Request(`${BASIS}${bevestigLink(m!.tekst)}`, { method: 'POST' }));
    expect((await post(eerste)).status).toBe(404);
    expect((await post(tweede)).status).toBe(303);
  });

  it('shows errors with a summary and keeps what was typed; unknown things cannot be followed', async () => {
    const r = await volg({ email: 'geen-adres', frequentie: 'meteen' });
    expect(r.status).toBe(422);
    const html = await r.text();
    expect(html).toContain('href="#volgen-email"');
    expect(html).toContain('value="geen-adres"');
    expect(html).toMatch(/value="meteen" checked/);
    expect((await volg({ email: 'a@voorbeeld.nl', doel: 'bestaat-niet' })).status).toBe(404);
    expect(await tel('volger')).toBe(0);
  });

  it('refuses a burst from one client (rate limit on the real clock), keeping the input', async () => {
    const h = maakVolgHandler(volgDiensten(db, () => bron, { limietPerMinuut: 2, klok: () => klok }));
    const post = () => h(formPost('/api/volgen', { soort: 'wijk', doel: 'centrum', email: 'gijs@voorbeeld.nl' }));
    expect((await post()).status).toBe(303);
    expect((await post()).status).toBe(303);
    const r = await post();
    expect(r.status).toBe(429);
    expect(await r.text()).toContain('value="gijs@voorbeeld.nl"');
  });

  it('a run mails exactly the new items of what is followed, also one a deploy adds with a past date; then nothing', async () => {
    await abonneer('hans@voorbeeld.nl'); // Voorstraat
    await abonneer('hans@voorbeeld.nl', { soort: 'wijk', doel: 'vlietwijk' });
    expect(await run()).toEqual({ gelezen: 2, mails: 0 }); // what was there at confirmation is not new
    bron = testBron([
      testBericht('voorstraat-nieuw', { titel: 'Nieuw in de Voorstraat' }),
      testBericht('elders', { titel: 'Iets elders', projecten: ['bomen-leidseweg'] }),
      testBericht('later', { titel: 'Nog niet zichtbaar', datum: '2027-06-01' }),
    ]);
    expect(await run()).toEqual({ gelezen: 2, mails: 1 });
    const [m] = await mails('volgen-nieuws');
    expect(m!.aan).toBe('hans@voorbeeld.nl');
    expect(m!.onderwerp).toBe('Nieuws over Voorstraat: Nieuw in de Voorstraat');
    expect(m!.tekst).toContain(`${BASIS}/projecten/riool-voorstraat-schoolstraat/#n-bericht-voorstraat-nieuw`);
    expect(m!.tekst).not.toMatch(/Iets elders|Nog niet zichtbaar/);
    expect(m!.tekst).toMatch(/\/api\/volgen\/beheer\/[A-Za-z0-9_-]{43}/);
    expect(m!.afmeld_url).toMatch(new RegExp(`^${BASIS}/api/volgen/afmelden/[A-Za-z0-9_-]{43}$`));
    expect(m!.tekst).toContain(m!.afmeld_url);
    expect(m!.html).toContain(`href="${m!.afmeld_url}"`);
    expect(m!.html).not.toMatch(/<img/);
    expect(await run()).toEqual({ gelezen: 2, mails: 0 });
  });

  it('weekly subscribers get one overview on Monday morning (Amsterdam), not before', async () => {
    await abonneer('ida@voorbeeld.nl', { frequentie: 'week' });
    bron = testBron([testBericht('week-1')]);
    klok = new Date('2027-02-07T20:00:00Z'); // Sunday 21:00
    expect((await run()).mails).toBe(0);
    klok = new Date('2027-02-08T05:00:00Z'); // Monday 06:00
    expect((await run()).mails).toBe(0);
    klok = new Date('2027-02-08T06:00:00Z'); // Monday 07:00
    expect((await run()).mails).toBe(1);
    bron = testBron([testBericht('week-1'), testBericht('week-2')]);
    klok = new Date('2027-02-08T09:00:00Z'); // later that Monday: once a week
    expect((await run()).mails).toBe(0);
    klok = new Date('2027-02-15T06:30:00Z');
    expect((await run()).mails).toBe(1);
    const [, tweede] = await mails('volgen-nieuws');
    expect(tweede!.onderwerp).toBe('Weekoverzicht: nieuws over Voorstraat');
    expect(tweede!.tekst).toContain('Bericht week-2');
    expect(tweede!.tekst).not.toContain('Bericht week-1');
  });

  describe('exactly once', () => {
    const aantal = 40;
    beforeEach(async () => {
      // Many confirmed subscriptions, straight in the database (the confirmation path is tested above).
      await db.query(
        `WITH v AS (INSERT INTO volger (email) SELECT 'p' || i || '@voorbeeld.nl' FROM generate_series(1, $1) i RETURNING id)
         INSERT INTO volging (volger, soort, doel, frequentie, bevestigd) SELECT id, 'project', 'riool-voorstraat-schoolstraat', 'meteen', now() FROM v`,
        [aantal],
      );
      await run(); // gezien starts empty here: this first run marks everything visible as had
      await db.query('DELETE FROM uitgaande_mail');
      bron = testBron([testBericht('een'), testBericht('twee')]);
    });
    /** Addresses that did not get exactly `n` alerts. */
    const perVolger = async (n = 1) =>
      db.query<{ aan: string; n: string }>(
        "SELECT aan, count(*) AS n FROM uitgaande_mail WHERE soort = 'volgen-nieuws' GROUP BY aan HAVING count(*) <> $1",
        [n],
      );

    it('runs at once send each subscription one mail, round after round', async () => {
      const extra = [testBericht('een'), testBericht('twee')];
      for (let ronde = 1; ronde <= 4; ronde++) {
        const uitkomsten = await Promise.all([run({ batch: 7 }), run({ batch: 7 }), run({ batch: 5 })]);
        expect(uitkomsten.reduce((n, u) => n + u.mails, 0)).toBe(aantal);
        expect(await tel("uitgaande_mail WHERE soort = 'volgen-nieuws'")).toBe(aantal * ronde);
        extra.push(testBericht(`ronde-${ronde}`));
        bron = testBron(extra);
      }
      expect(await perVolger(4)).toEqual([]);
      // Every item exactly once in each subscription's watermark.
      expect(await tel('volging WHERE cardinality(gezien) <> (SELECT count(DISTINCT g) FROM unnest(gezien) g)')).toBe(
        0,
      );
    });

    it('a crash halfway loses nothing and duplicates nothing', async () => {
      await expect(
        run({
          batch: 10,
          naBatch: (n) => {
            if (n === 2) throw new Error('crash');
          },
        }),
      ).rejects.toThrow('crash');
      expect(await tel("uitgaande_mail WHERE soort = 'volgen-nieuws'")).toBe(10);
      expect((await run({ batch: 10 })).mails).toBe(aantal - 10);
      expect(await perVolger()).toEqual([]);
      expect(
        await tel(
          "uitgaande_mail WHERE soort = 'volgen-nieuws' AND tekst LIKE '%Bericht een%' AND tekst LIKE '%Bericht twee%'",
        ),
      ).toBe(aantal);
      expect((await run()).mails).toBe(0);
    });
  });

  it('the manage page lists what is followed, changes the frequency and stops one or all (then the address is gone)', async () => {
    const beheer = await abonneer('jan@voorbeeld.nl');
    await abonneer('jan@voorbeeld.nl', { soort: 'project', doel: 'bomen-leidseweg' });
    const pagina = await (await link(new Request(beheer))).text();
    expect(pagina).toContain('Voorstraat');
    expect(pagina).toContain('href="/projecten/bomen-leidseweg/"');
    const [eerste] = await db.query<{ id: string }>('SELECT id FROM volging ORDER BY id LIMIT 1');
    const pad = new URL(beheer).pathname;
    const f = await link(formPost(pad, { actie: 'frequentie', volging: eerste!.id, frequentie: 'week' }));
    expect(f.status).toBe(303);
    expect(await tel("volging WHERE frequentie = 'week'")).toBe(1);
    expect((await link(formPost(pad, { actie: 'stop', volging: eerste!.id }))).headers.get('location')).toContain(
      '?gestopt=straat%2Fvoorstraat',
    );
    expect(await tel('volging')).toBe(1);
    const alles = await link(formPost(pad, { actie: 'alles' }));
    expect(alles.headers.get('location')).toBe(`${BASIS}/api/volgen/afgemeld?wat=project%2Fbomen-leidseweg&weg=1`);
    expect(await tel('volger')).toBe(0);
    expect(await tel('volglink')).toBe(0);
  });

  it('one-click unsubscribe (RFC 8058) stops at once without a session; the last one deletes the address', async () => {
    await abonneer('kim@voorbeeld.nl');
    bron = testBron([testBericht('klik')]);
    await run();
    const [m] = await mails('volgen-nieuws');
    const pad = new URL(m!.afmeld_url!).pathname;
    // GET (a link preview) changes nothing.
    expect((await link(new Request(`${BASIS}${pad}`))).status).toBe(200);
    expect(await tel('volging')).toBe(1);
    const r = await link(
      new Request(`${BASIS}${pad}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      }),
    );
    expect(r.status).toBe(200);
    expect(await tel('volger')).toBe(0);
    expect(await tel('volging')).toBe(0);
    expect(await tel('volglink')).toBe(0);
    // Its alerts still waiting in the outbox are gone too: the address is nowhere any more.
    expect(
      await tel("uitgaande_mail WHERE aan = 'kim@voorbeeld.nl' AND verzonden IS NULL AND soort = 'volgen-nieuws'"),
    ).toBe(0);
    // Again: the same answer, nothing to learn.
    const opnieuw = await link(
      new Request(`${BASIS}${pad}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      }),
    );
    expect(opnieuw.status).toBe(200);
  });

  describe('a used, expired or unknown link says plainly what happened and what to do', () => {
    const lees = async (r: Response | Promise<Response>) => {
      const doc = parse(await (await r).text());
      return { h1: doc.querySelector('h1')?.text ?? '', tekst: doc.querySelector('main')?.text ?? doc.text, doc };
    };
    const volgLinks = (doc: ReturnType<typeof parse>) =>
      doc.querySelectorAll('main a').map((a) => a.getAttribute('href'));

    it('confirmation link: used → "al gebruikt, u volgt … al"; expired → "verlopen" with the follow form; unknown → plain', async () => {
      await volg({ email: 'ria@voorbeeld.nl' });
      const [m] = await mails();
      const url = `${BASIS}${bevestigLink(m!.tekst)}`;
      // Expired (48 hours passed, not yet cleaned up): GET and POST say so, and link to the form.
      klok = new Date(openMoment.getTime() + 49 * uur);
      for (const method of ['GET', 'POST']) {
        const r = await link(new Request(url, { method }));
        expect(r.status).toBe(410);
        const p = await lees(r);
        expect(p.h1).toBe('Deze link is verlopen');
        expect(p.tekst).toContain('Vraag een nieuwe link aan');
        expect(volgLinks(p.doc)).toContain('/straten/voorstraat/#volgen');
      }
      // Used: a second POST (or a GET later) says it is done, and what is followed.
      klok = new Date(openMoment.getTime() + 50 * uur); // a new request: a new link
      await volg({ email: 'ria@voorbeeld.nl' });
      const [, m2] = await mails('volgen-bevestigen');
      const url2 = `${BASIS}${bevestigLink(m2!.tekst)}`;
      expect((await link(new Request(url2, { method: 'POST' }))).status).toBe(303);
      for (const method of ['GET', 'POST']) {
        const r = await link(new Request(url2, { method }));
        expect(r.status).toBe(200);
        const p = await lees(r);
        expect(p.h1).toBe('Deze link is al gebruikt');
        expect(p.tekst).toContain('U volgt Voorstraat al.');
        expect(p.tekst).not.toMatch(/48 uur|verlopen/);
      }
      // Unknown (cleaned up, or replaced by a newer mail): no false claim, a way forward.
      const onbekend = await lees(link(new Request(`${BASIS}/api/volgen/bevestigen/${'x'.repeat(43)}`)));
      expect(onbekend.h1).toBe('Deze link werkt niet (meer)');
      expect(onbekend.tekst).toContain('Vraag een nieuwe link aan');
    });

    it('manage link of an address that stopped everything: says the address is deleted, nothing about 48 hours', async () => {
      const beheer = await abonneer('sem@voorbeeld.nl');
      await link(formPost(new URL(beheer).pathname, { actie: 'alles' }));
      const r = await link(new Request(beheer));
      expect(r.status).toBe(404);
      const p = await lees(r);
      expect(p.h1).toBe('Deze link werkt niet meer');
      expect(p.tekst).toContain('Volgt u niets meer? Dan hebben wij uw e-mailadres verwijderd');
      expect(p.tekst).not.toMatch(/48 uur|bevestigen/);
    });

    it('after stopping, the page names what was stopped and whether the address is deleted', async () => {
      const beheer = await abonneer('tom@voorbeeld.nl');
      await abonneer('tom@voorbeeld.nl', { soort: 'project', doel: 'bomen-leidseweg' });
      const pad = new URL(beheer).pathname;
      const [eerste] = await db.query<{ id: string }>('SELECT id FROM volging ORDER BY id LIMIT 1');
      const stop = await link(formPost(pad, { actie: 'stop', volging: eerste!.id }));
      const terug = await lees(link(new Request(stop.headers.get('location')!)));
      expect(terug.tekst).toContain('U krijgt geen e-mail meer over Voorstraat.');
      // One-click (the button of the link in an alert) on the last one: the address goes.
      bron = testBron([testBericht('laatste', { projecten: ['bomen-leidseweg'] })]);
      await run();
      const [alert] = await mails('volgen-nieuws');
      const klik = await link(formPost(new URL(alert!.afmeld_url!).pathname, {}));
      expect(klik.status).toBe(303);
      const af = await lees(link(new Request(klik.headers.get('location')!)));
      expect(af.tekst).toContain('U krijgt geen e-mail meer over');
      expect(af.tekst).toContain('U volgt verder niets. Daarom hebben wij uw e-mailadres verwijderd.');
      expect(af.tekst).not.toContain('Wij sturen u hierover geen e-mail meer');
      expect(await tel('volger')).toBe(0);
      // "Stop met alles" on another address.
      const b2 = await abonneer('ula@voorbeeld.nl');
      const alles = await link(formPost(new URL(b2).pathname, { actie: 'alles' }));
      const p = await lees(link(new Request(alles.headers.get('location')!)));
      expect(p.tekst).toContain('U krijgt geen e-mail meer over Voorstraat.');
      expect(p.tekst).toContain('Daarom hebben wij uw e-mailadres verwijderd.');
    });

    it('one-click on one of two: the address stays, and the page says why', async () => {
      await abonneer('vera@voorbeeld.nl');
      await abonneer('vera@voorbeeld.nl', { soort: 'project', doel: 'bomen-leidseweg' });
      bron = testBron([testBericht('twee', { projecten: ['bomen-leidseweg'] })]);
      await run();
      const [alert] = await mails('volgen-nieuws');
      const klik = await link(formPost(new URL(alert!.afmeld_url!).pathname, {}));
      const af = await lees(link(new Request(klik.headers.get('location')!)));
      expect(af.h1).toBe('U krijgt geen e-mail meer');
      expect(af.tekst).toMatch(/U krijgt geen e-mail meer over [^.]+\./);
      expect(af.tekst).toContain('U volgt nog iets anders. Daarom bewaren wij uw e-mailadres.');
      expect(await tel('volger')).toBe(1);
    });
  });
});
