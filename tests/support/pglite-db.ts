/**
 * The Db port on PGlite (PostgreSQL compiled to WebAssembly, in-process): for fast unit tests of
 * the SQL without a server. PGlite runs one statement at a time, so it can never show a race:
 * concurrency is proven on a real server (tests/functions/).
 */
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db, Querier } from '../../functions/lib/db.ts';

function querier(pg: PGlite | Transaction): Querier {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      if (params.length === 0) {
        // Without parameters a text may hold several statements (migrations): the simple protocol.
        const resultaten = await pg.exec(sql);
        return (resultaten.at(-1)?.rows ?? []) as T[];
      }
      return (await pg.query<T>(sql, params as unknown[])).rows;
    },
  };
}

export async function pgliteDb(): Promise<Db> {
  const pg = await PGlite.create();
  return {
    ...querier(pg),
    transaction: (werk) => pg.transaction((tx) => werk(querier(tx))),
    close: () => pg.close(),
  };
}
