/**
 * No overbooking under true concurrency, on a REAL PostgreSQL server (PGlite and netlify dev's
 * emulator run one statement at a time and cannot show races): 500 sign-ups of one person each,
 * sent at once through a pool of 20 connections, for an evening with 50 places.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { maakAanmeldHandler } from '../../functions/aanmelden.ts';
import type { Db } from '../../functions/lib/db.ts';
import { jsonPost, nieuweDatabase, testAvond, testDiensten, verbind } from '../support/database.ts';

const server = inject('pgServerUrl');

describe.runIf(server)('capacity under 500 concurrent sign-ups (real PostgreSQL)', () => {
  let db: Db;
  beforeAll(async () => {
    db = verbind(await nieuweDatabase(server), 20);
  });
  afterAll(() => db.close());

  it('gives exactly 50 confirmed and 450 waitlisted, none lost, no 5xx', async () => {
    const avond = testAvond({ capaciteit: 50 });
    const handler = maakAanmeldHandler(testDiensten(db, [avond]));
    const antwoorden = await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        handler(
          jsonPost('/api/avonden/testavond/aanmeldingen', {
            naam: `Bewoner ${i}`,
            email: `bewoner${i}@voorbeeld.nl`,
            personen: 1,
          }),
        ),
      ),
    );
    const statussen = antwoorden.map((r) => r.status);
    expect(statussen.filter((s) => s >= 500)).toEqual([]);
    expect(new Set(statussen)).toEqual(new Set([201]));
    const lichamen = (await Promise.all(antwoorden.map((r) => r.json()))) as { status: string; referentie: string }[];
    expect(lichamen.filter((b) => b.status === 'bevestigd')).toHaveLength(50);
    expect(lichamen.filter((b) => b.status === 'wachtlijst')).toHaveLength(450);
    expect(new Set(lichamen.map((b) => b.referentie)).size).toBe(500);

    // The database agrees: 500 rows, 50 persons confirmed, the counter matches the rows.
    const [telling] = await db.query<{ bevestigd: string; wachtlijst: string; rijen: string; teller: number }>(
      `SELECT count(*) FILTER (WHERE status = 'bevestigd') AS bevestigd, count(*) FILTER (WHERE status = 'wachtlijst') AS wachtlijst,
              count(*) AS rijen, (SELECT bevestigd FROM avond WHERE slug = 'testavond') AS teller FROM aanmelding`,
    );
    expect(telling).toEqual({ bevestigd: '50', wachtlijst: '450', rijen: '500', teller: 50 });
    // Every sign-up has its manage link and its e-mail in the outbox (written in the same transaction).
    const [n] = await db.query<{ links: string; mails: string }>(
      `SELECT (SELECT count(*) FROM beheerlink) AS links, (SELECT count(*) FROM uitgaande_mail WHERE soort = 'aanmelding') AS mails`,
    );
    expect(n).toEqual({ links: '500', mails: '500' });
  });

  it('the same load does overbook a naive read-then-write (so this harness can reveal a race)', async () => {
    await db.query(`INSERT INTO avond (slug, capaciteit, eind) VALUES ('naief', 50, now())`);
    const naief = async (): Promise<boolean> =>
      db.transaction(async (tx) => {
        const [a] = await tx.query<{ bevestigd: number; capaciteit: number }>(
          `SELECT bevestigd, capaciteit FROM avond WHERE slug = 'naief'`,
        );
        await tx.query('SELECT pg_sleep(0.002)');
        if (!a || a.bevestigd + 1 > a.capaciteit) return false;
        await tx.query(`UPDATE avond SET bevestigd = $1 WHERE slug = 'naief'`, [a.bevestigd + 1]);
        return true;
      });
    const uitkomsten = await Promise.all(Array.from({ length: 500 }, naief));
    // More than 50 were told "confirmed": lost updates, i.e. overbooking.
    expect(uitkomsten.filter(Boolean).length).toBeGreaterThan(50);
  });
});
