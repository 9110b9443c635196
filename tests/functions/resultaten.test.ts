/**
 * Results on a real PostgreSQL: refused (403) before closing, correct counts after, never the
 * open texts; the HTML page has an accessible table per question. Retention keeps the counts and
 * deletes the answers and codes a year after closing.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { maakAntwoordHandler } from '../../functions/antwoorden.ts';
import { maakBewaartermijnEnquetesHandler } from '../../functions/bewaartermijn-enquetes.ts';
import type { Db } from '../../functions/lib/db.ts';
import { maakResultatenHandler } from '../../functions/resultaten.ts';
import { BASIS, jsonPost, nieuweDatabase, verbind } from '../support/database.ts';
import { enqueteOpen, testEnquete, testEnqueteDiensten } from '../support/enquete.ts';

const server = inject('pgServerUrl');
const gesloten = new Date('2027-03-05T12:00:00Z');
const get = (accept = 'application/json') =>
  new Request(`${BASIS}/api/enquetes/testenquete/resultaten`, { headers: { accept } });

describe.runIf(server)('GET /api/enquetes/<slug>/resultaten (real PostgreSQL)', () => {
  let db: Db;
  const enquete = testEnquete();
  const diensten = (nu: Date) => testEnqueteDiensten(db, [enquete], { nu: () => nu });

  beforeAll(async () => {
    db = verbind(await nieuweDatabase(server), 5);
    const stuur = maakAntwoordHandler(diensten(enqueteOpen));
    const antwoorden = [
      { plek: 'plein', spelen: ['schommel', 'glijbaan'], veilig: '2', idee: 'Geheim idee van bewoner' },
      { plek: 'plein', spelen: ['schommel'], licht: 'ja' },
      { plek: 'park', licht: 'nee', idee: 'Nog een idee' },
    ];
    for (const a of antwoorden)
      expect((await stuur(jsonPost('/api/enquetes/testenquete/antwoorden', a))).status).toBe(201);
  });
  afterAll(() => db.close());

  it('refuses results while the survey is open (403), saying from when', async () => {
    const r = await maakResultatenHandler(diensten(enqueteOpen))(get());
    expect(r.status).toBe(403);
    expect(await r.json()).toMatchObject({ fout: expect.stringMatching(/vanaf zondag 28 februari 2027/) });
  });

  it('after closing: counts per option, respondents, no open texts', async () => {
    const r = await maakResultatenHandler(diensten(gesloten))(get());
    expect(r.status).toBe(200);
    const tekst = await r.text();
    expect(tekst).not.toContain('idee van bewoner');
    const u = JSON.parse(tekst) as {
      respondenten: number;
      vragen: { id: string; beantwoord: number; opties: { waarde: string; aantal: number; procent: number }[] }[];
    };
    expect(u.respondenten).toBe(3);
    const vraag = (id: string) => u.vragen.find((v) => v.id === id);
    expect(vraag('plek')?.opties).toEqual([
      { waarde: 'plein', label: 'Op het plein', aantal: 2, procent: 67 },
      { waarde: 'park', label: 'In het park', aantal: 1, procent: 33 },
    ]);
    expect(vraag('spelen')?.opties.map((o) => o.aantal)).toEqual([2, 1, 0]);
    expect(vraag('spelen')?.beantwoord).toBe(2);
    expect(vraag('veilig')?.opties.map((o) => o.aantal)).toEqual([0, 1, 0, 0, 0]);
    expect(vraag('licht')?.opties.map((o) => o.aantal)).toEqual([1, 1]);
    expect(vraag('idee')).toMatchObject({ beantwoord: 2, opties: [] });
  });

  it('browsers get a results page with a table per question and bars without inline styles', async () => {
    const r = await maakResultatenHandler(diensten(gesloten))(get('text/html'));
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html).toContain('3 personen deden mee.');
    expect(html.match(/<table /g)).toHaveLength(4);
    expect(html).toContain('<caption class="utrecht-table__caption">Antwoorden op vraag 1, 3 personen gaven antwoord.');
    expect(html).toContain('<th class="utrecht-table__header-cell" scope="row">Op het plein</th>');
    expect(html).toContain('<rect width="67%"');
    expect(html).not.toContain('style=');
    expect(html).not.toContain('idee van bewoner');
  });

  it('under netlify dev, a closed sample survey without answers shows invented counts, marked as such', async () => {
    const leeg = testEnquete({ slug: 'leeg' });
    const d = { ...testEnqueteDiensten(db, [leeg], { nu: () => gesloten }), voorbeeldUitslag: true };
    const aanvraag = (accept: string) => new Request(`${BASIS}/api/enquetes/leeg/resultaten`, { headers: { accept } });
    const j = (await (await maakResultatenHandler(d)(aanvraag('application/json'))).json()) as Record<string, unknown>;
    expect(j).toMatchObject({ voorbeeld: true, respondenten: 40 });
    expect(await (await maakResultatenHandler(d)(aanvraag('text/html'))).text()).toContain(
      'De aantallen hieronder zijn verzonnen',
    );
    // Real answers are never replaced.
    const echt = (await (
      await maakResultatenHandler({ ...diensten(gesloten), voorbeeldUitslag: true })(get())
    ).json()) as Record<string, unknown>;
    expect(echt).toMatchObject({ respondenten: 3 });
    expect(echt['voorbeeld']).toBeUndefined();
  });

  it('retention a year after closing keeps the counts and deletes answers and codes', async () => {
    await db.query(
      `INSERT INTO enquete_code (code_hash, enquete) VALUES (decode(repeat('ab', 32), 'hex'), 'testenquete')`,
    );
    const opruimen = (klok: Date) =>
      maakBewaartermijnEnquetesHandler(testEnqueteDiensten(db, [enquete], { klok: () => klok }))();
    expect(await (await opruimen(new Date('2027-06-01T00:00:00Z'))).json()).toEqual({ enquetes: [], antwoorden: 0 });
    expect(await (await opruimen(new Date('2028-03-02T00:00:00Z'))).json()).toEqual({
      enquetes: ['testenquete'],
      antwoorden: 3,
    });
    const [n] = await db.query<{ a: string; c: string }>(
      `SELECT (SELECT count(*) FROM enquete_antwoord) AS a, (SELECT count(*) FROM enquete_code) AS c`,
    );
    expect(n).toEqual({ a: '0', c: '0' });
    const u = (await (await maakResultatenHandler(diensten(gesloten))(get())).json()) as { respondenten: number };
    expect(u.respondenten).toBe(3);
  });
});
