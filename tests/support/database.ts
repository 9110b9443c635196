/**
 * Test databases: each test file gets its own fresh database on the throwaway PostgreSQL server
 * (started by tests/functions/setup.ts), with all migrations applied. And a Diensten object with
 * a fixed "now" and real clock, test avonden and no page frame fetches, for calling handlers directly.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Avond } from '../../src/domain/schemas.ts';
import { avondSchema } from '../../src/domain/schemas.ts';
import { pgDb, pgPool, type Db } from '../../functions/lib/db.ts';
import type { Diensten } from '../../functions/lib/diensten.ts';
import { geenKader } from '../../functions/lib/pagina.ts';
import { migreer } from '../../scripts/db-migrate.ts';
import { voorbeeldAvond } from '../domain/voorbeelden.ts';

/** Creates an empty database on the server, migrates it, and returns its URL. */
export async function nieuweDatabase(serverUrl: string): Promise<string> {
  const naam = `t_${randomBytes(6).toString('hex')}`;
  const beheer = new pg.Client({ connectionString: serverUrl });
  await beheer.connect();
  try {
    await beheer.query(`CREATE DATABASE ${naam}`);
  } finally {
    await beheer.end();
  }
  const url = serverUrl.replace(/\/[^/]*$/, `/${naam}`);
  const db = pgDb(pgPool(url, 2));
  try {
    await migreer(db);
  } finally {
    await db.close();
  }
  return url;
}

export function verbind(url: string, max = 20): Db {
  return pgDb(pgPool(url, max));
}

/** An avond as the content loader would give it (from tests/domain/voorbeelden.ts); open for sign-up on 1 February 2027. */
export function testAvond(wijzig: Record<string, unknown> = {}): Avond {
  return avondSchema.parse({
    ...voorbeeldAvond(),
    titel: 'Testavond',
    slug: 'testavond',
    locatie: { naam: 'Dorpshuis', adres: 'Dorpsstraat 1, Voorschoten', toegankelijkheid: ['Geen drempels.'] },
    capaciteit: 50,
    aanmelding: { opent: '2027-01-15T09:00', sluit: '2027-03-10T12:00' },
    ...wijzig,
  });
}

export const openMoment = new Date('2027-02-01T12:00:00Z');

export function testDiensten(db: Db, avonden: Avond[], extra: Partial<Diensten> = {}): Diensten {
  return {
    db: () => Promise.resolve(db),
    avonden: () => Promise.resolve(avonden),
    nu: () => openMoment,
    klok: () => openMoment,
    kader: geenKader,
    limietPerMinuut: 0,
    bewaarDagen: 30,
    bezorgDirect: false,
    ...extra,
  };
}

export const BASIS = 'http://wijk.test';

export function formPost(pad: string, velden: Record<string, string>, headers: Record<string, string> = {}): Request {
  return new Request(`${BASIS}${pad}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', ...headers },
    body: new URLSearchParams(velden).toString(),
  });
}

export function jsonPost(pad: string, data: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${BASIS}${pad}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: typeof data === 'string' ? data : JSON.stringify(data),
  });
}
