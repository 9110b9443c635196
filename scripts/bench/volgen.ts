/**
 * E-mail alerts for `npm run bench` (a row via metingen.ts), or alone with
 * `node scripts/bench/volgen.ts`: one sending run for 5,000 confirmed addresses following 3
 * things each (a street, a project and a wijk: 15,000 subscriptions) over a stream of 200 items,
 * on a throwaway PostgreSQL — wall time and mails produced — beside the time to only read the
 * subscriptions. Always a throwaway server: it never fills DATABASE_URL with invented addresses.
 */
import { resolve } from 'node:path';
import { pgDb, pgPool } from '../../functions/lib/db.ts';
import { maakNieuwsBron } from '../../functions/lib/nieuwsbron.ts';
import { leesAlleVolgingen, verstuurAlerts } from '../../functions/lib/volgen.ts';
import { alleNieuwsItems } from '../../src/domain/nieuws.ts';
import { nieuweDatabase } from '../../tests/support/database.ts';
import { leesInhoud } from '../../tests/support/inhoud.ts';
import { startPostgres } from '../../tests/support/postgres.ts';
import { testBericht } from '../../tests/support/volgen.ts';

export const ADRESSEN = 5000;
export const ITEMS = 200;

export interface VolgBench {
  volgingen: number;
  items: number;
  mails: number;
  runSeconden: number;
  leesSeconden: number;
}

export async function meetVolgen(): Promise<VolgBench> {
  const server = await startPostgres();
  const db = pgDb(pgPool(await nieuweDatabase(server.url), 4));
  try {
    const inhoud = leesInhoud();
    const projecten = inhoud.projecten.map((p) => p.id);
    const wijken = inhoud.wijken.map((w) => w.id);
    const straten = inhoud.straten.map((s) => s.id);
    const bestaand = alleNieuwsItems(inhoud).length;
    const extra = Array.from({ length: Math.max(0, ITEMS - bestaand) }, (_, i) =>
      testBericht(`bench-${i}`, {
        projecten: [projecten[i % projecten.length]],
        datum: `2026-${String((i % 11) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      }),
    );
    const bron = maakNieuwsBron({
      ...inhoud,
      berichten: [...inhoud.berichten, ...extra],
      straten: inhoud.straten.map((s) => s.data),
    });
    const nu = new Date('2027-12-31T12:00:00Z');
    await db.query(
      `WITH v AS (INSERT INTO volger (email) SELECT 'bench' || i || '@voorbeeld.nl' FROM generate_series(1, $1) i RETURNING id)
       INSERT INTO volging (volger, soort, doel, frequentie, bevestigd)
       SELECT v.id, s.soort, s.doel, 'meteen', now() FROM v CROSS JOIN LATERAL (VALUES
         ('straat', ($2::text[])[1 + v.id % array_length($2::text[], 1)]),
         ('project', ($3::text[])[1 + v.id % array_length($3::text[], 1)]),
         ('wijk', ($4::text[])[1 + v.id % array_length($4::text[], 1)])) AS s(soort, doel)`,
      [ADRESSEN, straten, projecten, wijken],
    );
    await db.query('VACUUM ANALYZE volging');
    let t = performance.now();
    const volgingen = await leesAlleVolgingen(db);
    const leesSeconden = (performance.now() - t) / 1000;
    t = performance.now();
    const r = await verstuurAlerts(db, bron, { basisUrl: 'https://bench.test', nu, klok: nu });
    const runSeconden = (performance.now() - t) / 1000;
    return { volgingen, items: bron.items.length, mails: r.mails, runSeconden, leesSeconden };
  } finally {
    await db.close();
    await server.stop();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  meetVolgen().then(
    (m) => console.log(m),
    (fout: unknown) => {
      console.error(fout);
      process.exitCode = 1;
    },
  );
}
