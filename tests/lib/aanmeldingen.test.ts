/**
 * The sign-up SQL on PGlite, in milliseconds and without a server: migrations apply to an empty
 * database and are idempotent; capacity, waitlist order with a skipped group, a double sign-up,
 * cancel and retention behave. (Races need a real server: tests/functions/capaciteit.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aanmelden, vulVrijePlaatsen } from '../../functions/lib/aanmeldingen.ts';
import { annuleer } from '../../functions/lib/afzeggen.ts';
import { zorgVoorAvond } from '../../functions/lib/avonden.ts';
import type { Db } from '../../functions/lib/db.ts';
import { pasBewaartermijnToe, telling } from '../../functions/lib/overzicht.ts';
import { migreer } from '../../scripts/db-migrate.ts';
import { testAvond } from '../support/database.ts';
import { pgliteDb } from '../support/pglite-db.ts';

const ctx = { basisUrl: 'http://wijk.test', privacy: 'Privacytekst.' };
const persoon = (naam: string, personen = 1) => ({ naam, email: `${naam}@voorbeeld.nl`, personen, vraag: undefined });

describe('sign-up SQL on PGlite', () => {
  let db: Db;
  const avond = testAvond({ slug: 'klein', capaciteit: 4 });
  beforeAll(async () => {
    db = await pgliteDb();
  });
  afterAll(() => db.close());

  it('migrates an empty database, and a second run changes nothing', async () => {
    expect(await migreer(db)).toEqual(['0001_aanmeldingen', '0002_enquetes', '0004_volgen']);
    expect(await migreer(db)).toEqual([]);
    await zorgVoorAvond(db, avond);
    expect(await telling(db, 'klein')).toEqual({ capaciteit: 4, bevestigd: 0, wachtlijst: 0 });
  });

  it('fills the places, then the waitlist; a double sign-up adds no row', async () => {
    const uit = [];
    for (const [naam, n] of [
      ['ans', 3],
      ['bob', 2],
      ['cas', 1],
      ['dik', 1],
    ] as const)
      uit.push(await aanmelden(db, avond, persoon(naam, n), ctx));
    // bob (2) does not fit in the 1 place left and waits; cas (1) fits (bob is skipped, not split).
    expect(uit.map((u) => (u.soort === 'nieuw' ? u.status : u.soort))).toEqual([
      'bevestigd',
      'wachtlijst',
      'bevestigd',
      'wachtlijst',
    ]);
    expect(await aanmelden(db, avond, persoon('ans', 1), ctx)).toEqual({ soort: 'dubbel' });
    expect(await telling(db, 'klein')).toEqual({ capaciteit: 4, bevestigd: 4, wachtlijst: 3 });
  });

  it('promotion skips a group that does not fit and keeps the order of arrival', async () => {
    // No place free: nobody moves.
    expect(await vulVrijePlaatsen(db, avond, ctx)).toEqual([]);
    // ans (3) cancels: 3 free, bob (2) then dik (1), in order of arrival.
    const [ans] = await db.query<{ id: string }>(`SELECT id FROM aanmelding WHERE naam = 'ans'`);
    expect(await annuleer(db, ans!.id)).toBe('bevestigd');
    expect(await annuleer(db, ans!.id)).toBeUndefined();
    expect(await vulVrijePlaatsen(db, avond, ctx)).toHaveLength(2);
    const na = await db.query<{ naam: string; status: string }>(`SELECT naam, status FROM aanmelding ORDER BY id`);
    expect(na.map((r) => `${r.naam}:${r.status}`)).toEqual([
      'ans:geannuleerd',
      'bob:bevestigd',
      'cas:bevestigd',
      'dik:bevestigd',
    ]);
    expect(await telling(db, 'klein')).toEqual({ capaciteit: 4, bevestigd: 4, wachtlijst: 0 });
    const mails = await db.query<{ aan: string }>(
      `SELECT aan FROM uitgaande_mail WHERE soort = 'plaats-vrij' ORDER BY id`,
    );
    expect(mails.map((m) => m.aan)).toEqual(['bob@voorbeeld.nl', 'dik@voorbeeld.nl']);
  });

  it('retention keeps counts and removes personal data', async () => {
    expect(await pasBewaartermijnToe(db, new Date('2027-05-01T00:00:00Z'), 30)).toEqual({
      avonden: ['klein'],
      aanmeldingen: 4,
    });
    expect((await db.query(`SELECT 1 FROM aanmelding WHERE naam IS NOT NULL OR email IS NOT NULL`)).length).toBe(0);
    expect(await telling(db, 'klein')).toEqual({ capaciteit: 4, bevestigd: 4, wachtlijst: 0 });
  });
});
