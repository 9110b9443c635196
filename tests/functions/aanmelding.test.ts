/**
 * The manage link asks once before cancelling: the manage page's button leads to a GET that only
 * asks ("Weet u zeker …?", one POST button "Ja, afmelden", a link "Nee, terug"); a GET never
 * cancels (mail scanners open links); the POST cancels and answers 303 to the manage page
 * (Post/Redirect/Get). Real PostgreSQL, handlers called with Request objects.
 */
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { maakAanmeldHandler } from '../../functions/aanmelden.ts';
import { maakBeheerHandler } from '../../functions/aanmelding.ts';
import type { Db } from '../../functions/lib/db.ts';
import { leesOutbox } from '../../functions/lib/outbox.ts';
import { jsonPost, nieuweDatabase, testAvond, testDiensten, verbind } from '../support/database.ts';

const server = inject('pgServerUrl');

describe.runIf(server)('cancelling from the manage page (real PostgreSQL)', () => {
  let db: Db;
  beforeAll(async () => {
    db = verbind(await nieuweDatabase(server), 5);
  });
  afterAll(() => db.close());

  it('the button asks first; a GET never cancels; only the POST does, then 303 to the manage page', async () => {
    const avond = testAvond({ slug: 'afzeggen', capaciteit: 10 });
    const d = testDiensten(db, [avond]);
    const r = await maakAanmeldHandler(d)(
      jsonPost('/api/avonden/afzeggen/aanmeldingen', { naam: 'Ida', email: 'ida@voorbeeld.nl', personen: 2 }),
    );
    const { beheerUrl, referentie } = (await r.json()) as { beheerUrl: string; referentie: string };
    const beheer = maakBeheerHandler(d);
    const html = { accept: 'text/html' };
    const status = async () =>
      (await db.query<{ status: string }>(`SELECT status FROM aanmelding WHERE avond = 'afzeggen'`))[0]?.status;

    // The manage page: its button opens the question with a GET, it does not post.
    const pagina = parse(await (await beheer(new Request(beheerUrl, { headers: html }))).text());
    const knopForm = pagina.querySelectorAll('form').find((f) => f.text.includes('Afmelden voor deze avond'));
    expect(knopForm?.getAttribute('method')).toBe('get');
    expect(knopForm?.getAttribute('action')).toBe(`${new URL(beheerUrl).pathname}/annuleren`);

    // GET …/annuleren (what a mail scanner or a click does): the question, nothing cancelled.
    for (const method of ['GET', 'HEAD']) {
      const vraag = await beheer(new Request(`${beheerUrl}/annuleren`, { method, headers: html }));
      expect(vraag.status).toBe(200);
      expect(vraag.headers.get('referrer-policy')).toBe('no-referrer');
    }
    const vraag = parse(await (await beheer(new Request(`${beheerUrl}/annuleren?`, { headers: html }))).text());
    expect(vraag.querySelector('h1')?.text).toBe('Weet u zeker dat u zich wilt afmelden?');
    expect(vraag.text).toContain(referentie);
    expect(vraag.text).toContain('Uw plaats gaat dan naar iemand op de wachtlijst.');
    const ja = vraag.querySelectorAll('form').find((f) => f.text.includes('Ja, afmelden'));
    expect(ja?.getAttribute('method')).toBe('post');
    expect(ja?.getAttribute('action')).toBe(`${new URL(beheerUrl).pathname}/annuleren`);
    const nee = vraag.querySelectorAll('a').find((a) => a.text === 'Nee, terug');
    expect(nee?.getAttribute('href')).toBe(new URL(beheerUrl).pathname);
    expect(await status()).toBe('bevestigd');

    // "Ja, afmelden": cancelled, and 303 to the manage page (a reload does not post again).
    const post = await beheer(
      new Request(`${beheerUrl}/annuleren`, {
        method: 'POST',
        headers: { ...html, 'content-type': 'application/x-www-form-urlencoded' },
        body: '',
      }),
    );
    expect(post.status).toBe(303);
    expect(post.headers.get('location')).toBe(new URL(beheerUrl).pathname);
    expect(await status()).toBe('geannuleerd');
    const na = await (await beheer(new Request(beheerUrl, { headers: html }))).text();
    expect(na).toContain('U bent afgemeld');
    // The question again after cancelling: straight to the manage page.
    const weer = await beheer(new Request(`${beheerUrl}/annuleren`, { headers: html }));
    expect(weer.status).toBe(303);
  });

  it('one word for the act: residents read "afmelden", never "afzeggen", on every page and in every mail', async () => {
    const avond = testAvond({ slug: 'een-woord', capaciteit: 1 });
    const d = testDiensten(db, [avond]);
    const aanmelden = maakAanmeldHandler(d);
    const beheer = maakBeheerHandler(d);
    const html = { accept: 'text/html' };
    const teksten: string[] = [];
    const links: string[] = [];
    for (const [naam, email] of [
      ['Jan', 'jan@voorbeeld.nl'],
      ['Kim', 'kim@voorbeeld.nl'],
    ] as const) {
      const r = await aanmelden(jsonPost('/api/avonden/een-woord/aanmeldingen', { naam, email, personen: 1 }));
      links.push(((await r.json()) as { beheerUrl: string }).beheerUrl);
    }
    for (const l of links) {
      teksten.push(await (await beheer(new Request(l, { headers: html }))).text());
      teksten.push(await (await beheer(new Request(`${l}/annuleren`, { headers: html }))).text());
    }
    await beheer(new Request(`${links[0]}/annuleren`, { method: 'POST', headers: html }));
    teksten.push(await (await beheer(new Request(links[0]!, { headers: html }))).text());
    for (const m of (await leesOutbox(db)).filter((m) => m.avond === 'een-woord'))
      teksten.push(`${m.onderwerp ?? ''}\n${m.tekst ?? ''}`);
    const alles = teksten.join('\n');
    expect(alles).toContain('afmelden');
    expect(alles).not.toMatch(/afzeg|afgezegd|\bzeg\w* (\w+ )*af\b/i);
  });

  it('cancelling mails one short confirmation, once, also when the POST is repeated; the address goes with delivery', async () => {
    const avond = testAvond({ slug: 'bevestig-afmelden', capaciteit: 10 });
    const d = testDiensten(db, [avond]);
    const r = await maakAanmeldHandler(d)(
      jsonPost('/api/avonden/bevestig-afmelden/aanmeldingen', { naam: 'Oda', email: 'oda@voorbeeld.nl', personen: 1 }),
    );
    const { beheerUrl } = (await r.json()) as { beheerUrl: string };
    const beheer = maakBeheerHandler(d);
    const post = () =>
      beheer(
        new Request(`${beheerUrl}/annuleren`, {
          method: 'POST',
          headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
          body: '',
        }),
      );
    const antwoorden = await Promise.all([post(), post(), post()]);
    expect(antwoorden.map((a) => a.status)).toEqual([303, 303, 303]);
    expect((await post()).status).toBe(303);
    const mails = (await leesOutbox(db)).filter((m) => m.avond === 'bevestig-afmelden' && m.soort === 'afmelding');
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.aan).toBe('oda@voorbeeld.nl');
    expect(mail?.onderwerp).toBe('Afgemeld: Testavond');
    expect(mail?.tekst).toContain('U bent afgemeld voor Testavond');
    expect(mail?.tekst).toContain(
      'Wilt u toch komen? Meld u opnieuw aan via http://wijk.test/avonden/bevestig-afmelden/',
    );
    // No manage link in it: the sign-up is over, and the link would only show that.
    expect(mail?.tekst).not.toContain(new URL(beheerUrl).pathname);
    // Waiting in the outbox like every mail: the address and text are wiped on delivery. The
    // cancelled sign-up itself no longer needs the address: it is gone from there at once.
    expect(mail?.verzonden).toBeNull();
    const rij = await db.query<{ email: string | null; naam: string | null }>(
      `SELECT email, naam FROM aanmelding WHERE avond = 'bevestig-afmelden'`,
    );
    expect(rij).toEqual([{ email: null, naam: 'Oda' }]);
  });
});
