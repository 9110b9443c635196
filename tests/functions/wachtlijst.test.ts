/**
 * Cancelling gives the places to the waitlist in order of arrival; a group that does not fit is
 * skipped (not split), and gets its turn when enough places are free. The promoted get an e-mail.
 * Real PostgreSQL, handlers called with Request objects.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { maakAanmeldHandler } from '../../functions/aanmelden.ts';
import { maakBeheerHandler } from '../../functions/aanmelding.ts';
import type { Db } from '../../functions/lib/db.ts';
import { BASIS, jsonPost, nieuweDatabase, testAvond, testDiensten, verbind } from '../support/database.ts';

const server = inject('pgServerUrl');

describe.runIf(server)('waitlist and cancel (real PostgreSQL)', () => {
  let db: Db;
  beforeAll(async () => {
    db = verbind(await nieuweDatabase(server), 5);
  });
  afterAll(() => db.close());

  it('promotes in order of arrival and skips a group that does not fit', async () => {
    const avond = testAvond({ slug: 'klein', capaciteit: 5 });
    const d = testDiensten(db, [avond]);
    const aanmelden = maakAanmeldHandler(d);
    const beheer = maakBeheerHandler(d);
    const meld = async (naam: string, personen: number) => {
      const r = await aanmelden(
        jsonPost('/api/avonden/klein/aanmeldingen', { naam, email: `${naam}@voorbeeld.nl`, personen }),
      );
      expect(r.status).toBe(201);
      return (await r.json()) as { status: string; referentie: string; beheerUrl: string };
    };
    const annuleer = async (beheerUrl: string) => {
      const r = await beheer(
        new Request(`${beheerUrl}/annuleren`, { method: 'POST', headers: { accept: 'application/json' } }),
      );
      expect(r.status).toBe(200);
    };
    const status = async () =>
      Object.fromEntries(
        (
          await db.query<{ naam: string; status: string }>(
            `SELECT naam, status FROM aanmelding WHERE avond = 'klein' ORDER BY id`,
          )
        ).map((r) => [r.naam, r.status]),
      );
    const teller = async () =>
      (await db.query<{ bevestigd: number }>(`SELECT bevestigd FROM avond WHERE slug = 'klein'`))[0]?.bevestigd;

    const anna = await meld('anna', 2); // bevestigd, 3 left
    const bram = await meld('bram', 3); // bevestigd, 0 left
    expect([anna.status, bram.status]).toEqual(['bevestigd', 'bevestigd']);
    expect((await meld('cor', 3)).status).toBe('wachtlijst');
    expect((await meld('dirk', 1)).status).toBe('wachtlijst');
    expect((await meld('eva', 2)).status).toBe('wachtlijst');

    // Anna (2) cancels: cor (3) does not fit and is skipped; dirk (1) fits; eva (2) no longer fits.
    await annuleer(anna.beheerUrl);
    expect(await status()).toEqual({
      anna: 'geannuleerd',
      bram: 'bevestigd',
      cor: 'wachtlijst',
      dirk: 'bevestigd',
      eva: 'wachtlijst',
    });
    expect(await teller()).toBe(4);

    // Bram (3) cancels: 4 free; cor (3) is first in line and fits; then 1 left, eva (2) waits.
    await annuleer(bram.beheerUrl);
    expect(await status()).toEqual({
      anna: 'geannuleerd',
      bram: 'geannuleerd',
      cor: 'bevestigd',
      dirk: 'bevestigd',
      eva: 'wachtlijst',
    });
    expect(await teller()).toBe(4);

    // The promoted got an e-mail with a (new) manage link.
    const mails = await db.query<{ aan: string; tekst: string }>(
      `SELECT aan, tekst FROM uitgaande_mail WHERE soort = 'plaats-vrij' ORDER BY id`,
    );
    expect(mails.map((m) => m.aan)).toEqual(['dirk@voorbeeld.nl', 'cor@voorbeeld.nl']);
    expect(mails[0]?.tekst).toMatch(new RegExp(`${BASIS}/api/aanmeldingen/[A-Za-z0-9_-]{43}`));

    // Cancelling twice changes nothing; a newcomer does not pass eva while she would fit.
    await annuleer(anna.beheerUrl);
    expect(await teller()).toBe(4);
    expect((await meld('fien', 1)).status).toBe('bevestigd'); // eva (2) does not fit in 1 place
    expect(await teller()).toBe(5);
  });

  it('the manage page of a waiting group that is overtaken tells the truth: places free, size, how many must cancel', async () => {
    const avond = testAvond({ slug: 'groep', capaciteit: 6 });
    const d = testDiensten(db, [avond]);
    const aanmelden = maakAanmeldHandler(d);
    const beheer = maakBeheerHandler(d);
    const meld = async (naam: string, personen: number) => {
      const r = await aanmelden(
        jsonPost('/api/avonden/groep/aanmeldingen', { naam, email: `${naam}@voorbeeld.nl`, personen }),
      );
      return (await r.json()) as { status: string; beheerUrl: string };
    };
    const pagina = async (url: string) =>
      (await (await beheer(new Request(url, { headers: { accept: 'text/html' } }))).text()).replace(/\s+/g, ' ');
    await meld('hans', 4); // bevestigd, 2 left
    const ilse = await meld('ilse', 4); // 4 does not fit in 2: waits
    expect(ilse.status).toBe('wachtlijst');
    const jan = await meld('jan', 2); // fits: gets the 2 places before ilse
    expect(jan.status).toBe('bevestigd');
    const kees = await meld('kees', 3); // waits behind ilse
    expect(kees.status).toBe('wachtlijst');
    // Jan (2) cancels: 2 free; ilse (4) and kees (3) still do not fit.
    await beheer(
      new Request(`${jan.beheerUrl}/annuleren`, { method: 'POST', headers: { accept: 'application/json' } }),
    );

    const vanIlse = await pagina(ilse.beheerUrl);
    expect(vanIlse).toContain('Er zijn nu 2 plaatsen vrij; uw groep is 4 personen.');
    expect(vanIlse).toContain('Er staat niemand vóór u op de wachtlijst.');
    expect(vanIlse).toContain('Als nog 2 personen zich afmelden, is er genoeg plaats voor u.');
    expect(vanIlse).toContain(
      'Plaatsen gaan in volgorde van aanmelding naar wie past. Een groep splitsen we niet. Is er een plaats vrij, maar niet genoeg voor uw groep? Dan krijgt iemand na u die wel past die plaats.',
    );
    expect(vanIlse).not.toContain('0 aanmeldingen vóór u');
    const html = await pagina(kees.beheerUrl);
    expect(html).toContain('U staat op de wachtlijst');
    expect(html).toContain('Er zijn nu 2 plaatsen vrij; uw groep is 3 personen.');
    expect(html).toContain('Vóór u staat 1 aanmelding op de wachtlijst, met samen 4 personen.');
    expect(html).toContain('Als nog 5 personen zich afmelden, is er genoeg plaats voor hen en voor u.');
    expect(html).not.toContain('De avond is vol');
  });

  it('the manage page shows the status and the cancel button; after the evening began, cancelling is refused', async () => {
    const avond = testAvond({ slug: 'pagina', capaciteit: 10 });
    const d = testDiensten(db, [avond]);
    const r = await maakAanmeldHandler(d)(
      jsonPost('/api/avonden/pagina/aanmeldingen', { naam: 'Gijs', email: 'gijs@voorbeeld.nl', personen: 2 }),
    );
    const { beheerUrl, referentie } = (await r.json()) as { beheerUrl: string; referentie: string };
    const pagina = await maakBeheerHandler(d)(new Request(beheerUrl, { headers: { accept: 'text/html' } }));
    expect(pagina.status).toBe(200);
    expect(pagina.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await pagina.text();
    expect(html).toContain('U bent aangemeld');
    expect(html).toContain(referentie);
    expect(html).toContain('/avonden/pagina/agenda.ics');
    expect(html).toContain('Afmelden voor deze avond');

    const later = maakBeheerHandler({ ...d, nu: () => new Date('2027-03-11T19:00:00Z') });
    const te = await later(
      new Request(`${beheerUrl}/annuleren`, { method: 'POST', headers: { accept: 'application/json' } }),
    );
    expect(te.status).toBe(409);
    const onbekend = await later(
      new Request(`${BASIS}/api/aanmeldingen/${'x'.repeat(43)}`, { headers: { accept: 'application/json' } }),
    );
    expect(onbekend.status).toBe(404);
  });
});
