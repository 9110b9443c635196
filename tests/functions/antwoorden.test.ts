/**
 * The survey answer function on a real PostgreSQL: a valid answer is stored (without personal
 * data) and counted; answers outside the window (409), with bad input (422), with a missing,
 * wrong or used letter code (403) get the right 4xx and write nothing; 200 concurrent answers are
 * all stored; one letter code sent 50 times at once is used exactly once.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { maakAntwoordHandler } from '../../functions/antwoorden.ts';
import { pgDb, pgPool, type Db } from '../../functions/lib/db.ts';
import { codeHash, normaliseerCode } from '../../functions/lib/enquete-codes.ts';
import { telAntwoorden } from '../../functions/lib/enquete-opslag.ts';
import { BASIS, formPost, jsonPost, nieuweDatabase, verbind } from '../support/database.ts';
import { testEnquete, testEnqueteDiensten } from '../support/enquete.ts';

const server = inject('pgServerUrl');
const pad = '/api/enquetes/testenquete/antwoorden';
const codePad = '/api/enquetes/codes-enquete/antwoorden';
const goed = { plek: 'plein', spelen: ['schommel', 'zandbak'], veilig: '4', licht: 'ja', idee: 'Een boom erbij' };

function formulier(pd: string, velden: Record<string, string | string[]>): Request {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(velden)) for (const w of Array.isArray(v) ? v : [v]) p.append(k, w);
  return new Request(`${BASIS}${pd}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: p.toString(),
  });
}

describe.runIf(server)('POST /api/enquetes/<slug>/antwoorden (real PostgreSQL)', () => {
  let db: Db;
  const enquete = testEnquete();
  const metCode = testEnquete({ slug: 'codes-enquete', lettercode: true });
  const handler = (extra = {}) => maakAntwoordHandler(testEnqueteDiensten(db, [enquete, metCode], extra));
  const rijen = async () => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM enquete_antwoord'))[0]?.n);
  const codes = async (...lijst: string[]) => {
    for (const c of lijst)
      await db.query('INSERT INTO enquete_code (code_hash, enquete) VALUES ($1, $2)', [
        codeHash('codes-enquete', normaliseerCode(c) ?? ''),
        'codes-enquete',
      ]);
  };

  beforeAll(async () => {
    db = verbind(await nieuweDatabase(server), 20);
  });
  afterAll(() => db.close());
  beforeEach(async () => {
    await db.query('TRUNCATE enquete_antwoord, enquete_code, verzoek_teller, enquete CASCADE');
  });

  it('stores a valid JSON answer (201) without personal data and counts it', async () => {
    const r = await handler()(jsonPost(pad, goed));
    expect(r.status).toBe(201);
    expect(await r.json()).toEqual({ status: 'opgeslagen' });
    const [rij] = await db.query<Record<string, unknown>>('SELECT * FROM enquete_antwoord');
    expect(Object.keys(rij ?? {}).sort()).toEqual(['enquete', 'id', 'ingediend', 'keuzes', 'teksten']);
    expect(rij?.['keuzes']).toEqual({ plek: ['plein'], spelen: ['schommel', 'zandbak'], veilig: ['4'], licht: ['ja'] });
    expect(rij?.['teksten']).toEqual({ idee: 'Een boom erbij' });
    const telling = await telAntwoorden(db, 'testenquete');
    expect(telling.respondenten).toBe(1);
    expect(telling.beantwoord).toEqual({ plek: 1, spelen: 1, veilig: 1, licht: 1, idee: 1 });
    expect(telling.tellingen).toContainEqual({ vraag: 'spelen', waarde: 'zandbak', aantal: 1 });
  });

  it('a form post (repeated checkbox fields) is stored, then 303 to a thank-you page (a reload does not send again)', async () => {
    const r = await handler()(formulier(pad, goed));
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe('/api/enquetes/testenquete/bedankt');
    expect(await rijen()).toBe(1);
    const bedankt = await handler()(new Request(`${BASIS}/api/enquetes/testenquete/bedankt`));
    expect(bedankt.status).toBe(200);
    expect(bedankt.headers.get('content-type')).toMatch(/text\/html/);
    const html = await bedankt.text();
    expect(html).toContain('Bedankt voor uw antwoorden');
    expect(html).toMatch(/De uitslag staat vanaf zondag 28 februari 2027/);
    // The thank-you page stores nothing and takes no posts.
    expect((await handler()(formulier('/api/enquetes/testenquete/bedankt', goed))).status).toBe(405);
    expect(await rijen()).toBe(1);
  });

  it('bad input: 422 with a Dutch message per question; the form keeps every answer; nothing written', async () => {
    const r = await handler()(formulier(pad, { ...goed, plek: '', spelen: ['schommel', 'glijbaan', 'zandbak'] }));
    expect(r.status).toBe(422);
    const html = await r.text();
    expect(html).toContain('Er zijn 2 fouten in het formulier');
    expect(html).toContain('Kies een antwoord bij vraag 1.');
    expect(html).toContain('Kies bij vraag 2 hoogstens 2 antwoorden. U koos er 3.');
    expect(html).toMatch(/value="glijbaan" checked/);
    expect(html).toMatch(/value="4" checked/);
    expect(html).toContain('>Een boom erbij</textarea>');

    const slecht: [string, unknown][] = [
      ['unknown option', { ...goed, plek: 'dak' }],
      ['scale 6', { ...goed, veilig: '6' }],
      ['yes/no "misschien"', { ...goed, licht: 'misschien' }],
      ['text too long', { ...goed, idee: 'x'.repeat(51) }],
      ['unknown field', { ...goed, naam: 'Jan' }],
      ['nothing answered', {}],
    ];
    for (const [, data] of slecht) {
      const j = await handler()(jsonPost(pad, data));
      expect(j.status).toBe(422);
      const body = (await j.json()) as { fouten: Record<string, string> };
      expect(Object.values(body.fouten).length).toBeGreaterThan(0);
    }
    const lang = await handler()(jsonPost(pad, { ...goed, idee: 'x'.repeat(51) }));
    expect(await lang.json()).toEqual({
      fouten: { idee: 'Uw antwoord bij vraag 5 is te lang: 51 tekens. Gebruik hoogstens 50 tekens.' },
    });
    expect(await rijen()).toBe(0);
  });

  it('outside the window: 409 before opening and after closing, nothing written', async () => {
    for (const nu of [new Date('2027-01-31T12:00:00Z'), new Date('2027-03-01T00:00:00Z')]) {
      const r = await handler({ nu: () => nu })(jsonPost(pad, goed));
      expect(r.status).toBe(409);
    }
    expect(await rijen()).toBe(0);
  });

  it.each([
    ['2027-01-31T12:00:00Z', 'Meedoen kan vanaf maandag 1 februari 2027, 09:00.'],
    ['2027-03-01T00:00:00Z', 'Deze enquête is gesloten sinds zondag 28 februari 2027, 23:59.'],
  ])('a form post at %s (outside the window) gets the form back with every answer and why', async (nu, reden) => {
    const r = await handler({ nu: () => new Date(nu) })(formulier(pad, goed));
    expect(r.status).toBe(409);
    const html = await r.text();
    expect(html).toContain(reden);
    expect(html).toContain('Uw antwoorden staan er nog.');
    expect(html).toMatch(/value="zandbak" checked/);
    expect(html).toMatch(/value="4" checked/);
    expect(html).toContain('>Een boom erbij</textarea>');
    expect(await rijen()).toBe(0);
  });

  it('GET gives the live form when the survey is open, else from when it opens (for a static page built earlier)', async () => {
    const open = await handler()(new Request(`${BASIS}${pad}`, { headers: { accept: 'text/html' } }));
    expect(open.status).toBe(200);
    expect(await open.text()).toContain(`action="${pad}"`);
    const vroeg = handler({ nu: () => new Date('2027-01-31T12:00:00Z') });
    const html = await (await vroeg(new Request(`${BASIS}${pad}`, { headers: { accept: 'text/html' } }))).text();
    expect(html).toContain('Meedoen kan vanaf maandag 1 februari 2027, 09:00.');
    expect(html).not.toContain('<form');
    expect(await rijen()).toBe(0);
  });

  it('unknown survey: 404', async () => {
    expect((await handler()(jsonPost('/api/enquetes/bestaat-niet/antwoorden', goed))).status).toBe(404);
  });

  it('letter code: missing, wrong or used → 403 and nothing written; a good code works once', async () => {
    await codes('ABCDE-FGHJK');
    expect((await handler()(jsonPost(codePad, goed))).status).toBe(403);
    expect((await handler()(jsonPost(codePad, { ...goed, code: 'ZZZZZ-ZZZZZ' }))).status).toBe(403);
    expect((await handler()(jsonPost(codePad, { ...goed, code: 'niet-goed' }))).status).toBe(403);
    expect(await rijen()).toBe(0);
    expect((await handler()(jsonPost(codePad, { ...goed, code: 'abcde fghjk' }))).status).toBe(201);
    const opnieuw = await handler()(formulier(codePad, { ...goed, code: 'ABCDE-FGHJK' }));
    expect(opnieuw.status).toBe(403);
    const html = await opnieuw.text();
    expect(html).toContain('Deze code is onbekend of al gebruikt.');
    expect(html).toContain('>Een boom erbij</textarea>');
    expect(await rijen()).toBe(1);
    // A code of one survey does not work for another.
    expect((await handler()(jsonPost(codePad, { ...goed, code: 'ABCDE-FGHJK' }))).status).toBe(403);
  });

  it('200 concurrent answers are all stored and counted', async () => {
    const antwoorden = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        handler()(jsonPost(pad, { plek: i % 2 ? 'park' : 'plein', veilig: String((i % 5) + 1) })),
      ),
    );
    expect(antwoorden.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
    const telling = await telAntwoorden(db, 'testenquete');
    expect(telling.respondenten).toBe(200);
    expect(telling.tellingen).toContainEqual({ vraag: 'plek', waarde: 'park', aantal: 100 });
    expect(telling.tellingen).toContainEqual({ vraag: 'veilig', waarde: '3', aantal: 40 });
  });

  it('one code sent 50 times at once is used exactly once', async () => {
    await codes('QRSTU-VWXYZ');
    const antwoorden = await Promise.all(
      Array.from({ length: 50 }, () => handler()(jsonPost(codePad, { ...goed, code: 'QRSTU-VWXYZ' }))),
    );
    const statussen = antwoorden.map((r) => r.status).sort();
    expect(statussen.filter((s) => s === 201)).toHaveLength(1);
    expect(statussen.filter((s) => s === 403)).toHaveLength(49);
    expect(await rijen()).toBe(1);
  });

  it('a body over 16 kB (413), another content type (415), broken JSON (400): nothing written', async () => {
    expect((await handler()(jsonPost(pad, { ...goed, idee: 'x'.repeat(17_000) }))).status).toBe(413);
    const tekst = new Request(`${BASIS}${pad}`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x',
    });
    expect((await handler()(tekst)).status).toBe(415);
    expect((await handler()(jsonPost(pad, '{"plek":'))).status).toBe(400);
    expect((await handler()(jsonPost(pad, { plek: 'plein', spelen: [1, 2] }))).status).toBe(400);
    expect(await rijen()).toBe(0);
  });

  it('the rate limit answers 429 with the answers kept, and stores nothing for that request', async () => {
    const beperkt = handler({ limietPerMinuut: 1 });
    expect((await beperkt(jsonPost(pad, goed))).status).toBe(201);
    const r = await beperkt(formulier(pad, goed));
    expect(r.status).toBe(429);
    expect(await r.text()).toContain('>Een boom erbij</textarea>');
    expect(await rijen()).toBe(1);
    // Only a hash of the client address is stored, never the address.
    const sleutels = await db.query<{ sleutel: string }>('SELECT sleutel FROM verzoek_teller');
    expect(sleutels.every((k) => /^[A-Za-z0-9_-]{22}$/.test(k.sleutel))).toBe(true);
  });

  it('a database that is down gives 503 and the form with every answer kept', async () => {
    const dood: Db = pgDb(pgPool('postgres://postgres@127.0.0.1:1/niets', 1));
    const r = await maakAntwoordHandler(testEnqueteDiensten(dood, [enquete]))(formulier(pad, goed));
    expect(r.status).toBe(503);
    expect(await r.text()).toContain('>Een boom erbij</textarea>');
    await dood.close();
  });

  it('the honeypot stores nothing', async () => {
    const r = await handler()(formPost(pad, { plek: 'plein', website: 'http://spam' }));
    expect(r.status).toBe(303);
    expect(await rijen()).toBe(0);
  });
});
