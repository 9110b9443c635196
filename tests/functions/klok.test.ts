/**
 * Two clocks: the configurable "now" (`nu`, WIJK_NU under `netlify dev`) decides only the
 * content's calendar (windows, whether an avond has started); the real clock (`klok`) decides
 * what measures elapsed time or happens in the real world: the rate limit, the day an answer is
 * stored with, and retention. Here `nu` stays fixed while a fake real clock moves on.
 * Real PostgreSQL.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { maakAanmeldHandler } from '../../functions/aanmelden.ts';
import { maakBeheerHandler } from '../../functions/aanmelding.ts';
import { maakAntwoordHandler } from '../../functions/antwoorden.ts';
import { maakEnqueteExportHandler } from '../../functions/beheer-enquetes.ts';
import { maakBewaartermijnEnquetesHandler } from '../../functions/bewaartermijn-enquetes.ts';
import { maakBewaartermijnHandler } from '../../functions/bewaartermijn.ts';
import type { Db } from '../../functions/lib/db.ts';
import { jsonPost, nieuweDatabase, openMoment, testAvond, testDiensten, verbind } from '../support/database.ts';
import { enqueteOpen, testEnquete, testEnqueteDiensten } from '../support/enquete.ts';

const server = inject('pgServerUrl');
const van = { 'x-nf-client-connection-ip': '192.0.2.44' };

/** A real clock the test moves by hand. */
function nepKlok(start: string) {
  let t = new Date(start).getTime();
  return { klok: () => new Date(t), verder: (ms: number) => (t += ms) };
}

describe.runIf(server)('the configurable now and the real clock (real PostgreSQL)', () => {
  let db: Db;
  const avond = testAvond({ slug: 'klokavond' });
  const enquete = testEnquete({ opent: '2027-02-01T09:00', sluit: '2027-04-30T23:59' });

  beforeAll(async () => {
    db = verbind(await nieuweDatabase(server), 5);
  });
  afterAll(() => db.close());
  beforeEach(async () => {
    await db.query(
      'TRUNCATE aanmelding, beheerlink, uitgaande_mail, verzoek_teller, avond, enquete_antwoord, enquete_code, enquete CASCADE',
    );
  });

  it('sign-ups: with a fixed now, the limit counts per real minute (not forever), and still holds within one', async () => {
    const { klok, verder } = nepKlok('2025-06-01T10:00:00Z');
    const h = maakAanmeldHandler(testDiensten(db, [avond], { limietPerMinuut: 2, klok }));
    const stuur = (i: number) =>
      h(
        jsonPost(
          '/api/avonden/klokavond/aanmeldingen',
          { naam: 'Jan', email: `jan${i}@voorbeeld.nl`, personen: '1' },
          van,
        ),
      );
    expect((await stuur(1)).status).toBe(201);
    expect((await stuur(2)).status).toBe(201);
    expect((await stuur(3)).status).toBe(429); // the limit still works within one real minute
    verder(61_000);
    expect((await stuur(4)).status).toBe(201);
    expect((await stuur(5)).status).toBe(201);
    verder(61_000);
    expect((await stuur(6)).status).toBe(201);
  });

  it('cancelling: the limit counts per real minute', async () => {
    const { klok, verder } = nepKlok('2025-06-01T10:00:00Z');
    const h = maakBeheerHandler(testDiensten(db, [avond], { limietPerMinuut: 1, klok }));
    const afzeggen = () =>
      h(
        new Request('http://wijk.test/api/aanmeldingen/onbekendtoken/annuleren', {
          method: 'POST',
          headers: { accept: 'application/json', ...van },
        }),
      );
    expect((await afzeggen()).status).toBe(404);
    expect((await afzeggen()).status).toBe(429);
    verder(61_000);
    expect((await afzeggen()).status).toBe(404);
  });

  it('whether an avond has started follows the configurable now, not the real clock', async () => {
    const aanmelden = maakAanmeldHandler(testDiensten(db, [avond]));
    const r = await aanmelden(
      jsonPost('/api/avonden/klokavond/aanmeldingen', { naam: 'Els', email: 'els@voorbeeld.nl', personen: '1' }),
    );
    const beheerUrl = ((await r.json()) as { beheerUrl: string }).beheerUrl;
    // The real clock is long past the evening; the calendar's now is before it: cancelling still works.
    const h = maakBeheerHandler(testDiensten(db, [avond], { klok: () => new Date('2031-01-01T00:00:00Z') }));
    const afzeggen = await h(
      new Request(`${beheerUrl}/annuleren`, { method: 'POST', headers: { accept: 'application/json' } }),
    );
    expect(afzeggen.status).toBe(200);
  });

  it('survey answers: the limit counts per real minute', async () => {
    const { klok, verder } = nepKlok('2025-06-01T10:00:00Z');
    const h = maakAntwoordHandler(testEnqueteDiensten(db, [enquete], { limietPerMinuut: 1, klok }));
    const stuur = () => h(jsonPost('/api/enquetes/testenquete/antwoorden', { plek: 'plein' }, van));
    expect((await stuur()).status).toBe(201);
    expect((await stuur()).status).toBe(429);
    verder(61_000);
    expect((await stuur()).status).toBe(201);
  });

  it('an answer sent at 00:30 Dutch time on 10 April 2027 is stored and exported with that Dutch day', async () => {
    const moment = new Date('2027-04-09T22:30:00Z'); // 00:30 in Amsterdam (summer time)
    const d = testEnqueteDiensten(db, [enquete], { nu: () => moment, klok: () => moment });
    expect(
      (await maakAntwoordHandler(d)(jsonPost('/api/enquetes/testenquete/antwoorden', { plek: 'park' }))).status,
    ).toBe(201);
    const [rij] = await db.query<{ dag: string }>(
      `SELECT to_char(ingediend, 'YYYY-MM-DD') AS dag FROM enquete_antwoord`,
    );
    expect(rij?.dag).toBe('2027-04-10');
    const csv = await (
      await maakEnqueteExportHandler(
        d,
        () => 'token',
      )(
        new Request('http://wijk.test/api/beheer/enquetes/testenquete/antwoorden.csv', {
          headers: { authorization: 'Bearer token' },
        }),
      )
    ).text();
    expect(csv).toContain('"2027-04-10"');
  });

  it('the day stored with an answer is the real day it was sent, not the simulated one', async () => {
    const d = testEnqueteDiensten(db, [enquete], {
      nu: () => enqueteOpen,
      klok: () => new Date('2025-06-01T10:00:00Z'),
    });
    expect(
      (await maakAntwoordHandler(d)(jsonPost('/api/enquetes/testenquete/antwoorden', { plek: 'park' }))).status,
    ).toBe(201);
    const [rij] = await db.query<{ dag: string }>(
      `SELECT to_char(ingediend, 'YYYY-MM-DD') AS dag FROM enquete_antwoord`,
    );
    expect(rij?.dag).toBe('2025-06-01');
  });

  it('retention of sign-ups follows the real clock: a simulated now neither deletes early nor keeps forever', async () => {
    await maakAanmeldHandler(testDiensten(db, [avond]))(
      jsonPost('/api/avonden/klokavond/aanmeldingen', { naam: 'Piet', email: 'piet@voorbeeld.nl', personen: '1' }),
    );
    const persoonlijk = async () =>
      Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM aanmelding WHERE naam IS NOT NULL'))[0]?.n);
    // The simulated now is years after the evening, the real clock 29 days after: nothing is deleted.
    const vroeg = testDiensten(db, [avond], {
      nu: () => new Date('2031-01-01T00:00:00Z'),
      klok: () => new Date('2027-04-09T12:00:00Z'),
    });
    expect(await (await maakBewaartermijnHandler(vroeg)()).json()).toEqual({ avonden: [], aanmeldingen: 0 });
    expect(await persoonlijk()).toBe(1);
    // The simulated now stays before the evening, the real clock is 31 days after: deleted.
    const laat = testDiensten(db, [avond], { nu: () => openMoment, klok: () => new Date('2027-04-11T20:00:00Z') });
    expect(await (await maakBewaartermijnHandler(laat)()).json()).toEqual({ avonden: ['klokavond'], aanmeldingen: 1 });
    expect(await persoonlijk()).toBe(0);
  });

  it('retention of survey answers follows the real clock too', async () => {
    await maakAntwoordHandler(testEnqueteDiensten(db, [enquete]))(
      jsonPost('/api/enquetes/testenquete/antwoorden', { plek: 'plein' }),
    );
    const opruimen = (nu: string, klok: string) =>
      maakBewaartermijnEnquetesHandler(
        testEnqueteDiensten(db, [enquete], { nu: () => new Date(nu), klok: () => new Date(klok) }),
      )();
    expect(await (await opruimen('2040-01-01T00:00:00Z', '2027-06-01T00:00:00Z')).json()).toEqual({
      enquetes: [],
      antwoorden: 0,
    });
    expect(await (await opruimen('2027-02-10T12:00:00Z', '2028-06-01T00:00:00Z')).json()).toEqual({
      enquetes: ['testenquete'],
      antwoorden: 1,
    });
  });
});
