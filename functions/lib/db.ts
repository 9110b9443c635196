/**
 * The data access port: a query and a transaction, nothing more. The same SQL then runs on
 * Netlify Database (`@netlify/database`'s pool), on any PostgreSQL through `pg` (DATABASE_URL),
 * and on PGlite in fast tests (tests/support/pglite-db.ts).
 *
 * `DATABASE_URL`, when set, overrides Netlify Database. (`netlify dev` sets NETLIFY_DB_URL to
 * its own local database, so our override has its own name.)
 */
import pg from 'pg';

export type Rij = Record<string, unknown>;

export interface Querier {
  query<T = Rij>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Db extends Querier {
  /** Runs `werk` in one transaction on one connection: COMMIT when it resolves, ROLLBACK when it throws. */
  transaction<T>(werk: (tx: Querier) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The database cannot be reached (down, wrong address, not configured): answered with 503. */
export class DatabaseOnbereikbaar extends Error {
  constructor(oorzaak: unknown) {
    super('De database is niet bereikbaar', { cause: oorzaak });
    this.name = 'DatabaseOnbereikbaar';
  }
}

const verbindingsfouten = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'ECONNRESET',
  '57P01',
  '57P03',
  '53300',
  '08001',
  '08006',
]);

/** True for errors that mean "no database", as opposed to a bug in our SQL. */
export function isVerbindingsfout(fout: unknown): boolean {
  if (fout instanceof DatabaseOnbereikbaar) return true;
  if (!fout || typeof fout !== 'object') return false;
  const code = (fout as { code?: unknown }).code;
  if (typeof code === 'string' && verbindingsfouten.has(code)) return true;
  const bericht = fout instanceof Error ? fout.message : '';
  if (/Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED/i.test(bericht)) return true;
  const binnen = (fout as { errors?: unknown }).errors;
  return Array.isArray(binnen) && binnen.some(isVerbindingsfout);
}

/** Wraps a node-postgres pool (also the pool that `@netlify/database` returns for the server driver). */
export function pgDb(pool: pg.Pool): Db {
  // An idle client that loses its connection emits 'error' on the pool; without a listener
  // that would crash the process. The next query reports the problem instead.
  pool.on('error', () => undefined);
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await pool.query(sql, params as unknown[])).rows as T[];
    },
    async transaction<T>(werk: (tx: Querier) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      const tx: Querier = {
        async query<R>(sql: string, params: readonly unknown[] = []) {
          return (await client.query(sql, params as unknown[])).rows as R[];
        },
      };
      let kapot: Error | undefined;
      try {
        await client.query('BEGIN');
        const uit = await werk(tx);
        await client.query('COMMIT');
        return uit;
      } catch (fout) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackFout) {
          kapot = rollbackFout as Error;
        }
        throw fout;
      } finally {
        client.release(kapot);
      }
    },
    close: () => pool.end(),
  };
}

export function pgPool(connectionString: string, max = 10): pg.Pool {
  return new pg.Pool({ connectionString, max, connectionTimeoutMillis: 5000, idleTimeoutMillis: 10_000 });
}

let standaard: Db | undefined;

/** The database for the functions: DATABASE_URL when set, otherwise Netlify Database. Lazy, one per process. */
export async function standaardDb(): Promise<Db> {
  if (standaard) return standaard;
  const url = process.env['DATABASE_URL'];
  if (url) {
    standaard = pgDb(pgPool(url, Number(process.env['DATABASE_POOL_MAX'] ?? 10)));
    return standaard;
  }
  try {
    const { getDatabase } = await import('@netlify/database');
    const verbinding = getDatabase();
    // The serverless driver's (Neon) pool has the pg.Pool interface too.
    standaard = pgDb(verbinding.pool as unknown as pg.Pool);
    return standaard;
  } catch (fout) {
    throw new DatabaseOnbereikbaar(fout);
  }
}
