/**
 * Survey-answer latency for `npm run bench` (rows via metingen.ts), or alone with
 * `node scripts/bench/antwoorden.ts`: p50/p95 of an answer at 20 concurrent requests, beside a
 * handler that only parses the body (the ratio is the figure). Same pattern as aanmelden.ts:
 * the handlers are called directly with Request objects, in this process.
 *
 * Database: DATABASE_URL when set (the bench survey's rows are removed again), otherwise a
 * throwaway PostgreSQL server from Debian's binaries. Nothing leaves 127.0.0.1.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { maakAntwoordHandler } from '../../functions/antwoorden.ts';
import { pgDb, pgPool } from '../../functions/lib/db.ts';
import { json, leesVeldenMetLijsten } from '../../functions/lib/http.ts';
import { geenKader } from '../../functions/lib/pagina.ts';
import { nieuweDatabase } from '../../tests/support/database.ts';
import { testEnquete } from '../../tests/support/enquete.ts';
import { startPostgres, type PgServer } from '../../tests/support/postgres.ts';
import { migreer } from '../db-migrate.ts';

export const GELIJKTIJDIG = 20;
const AANTAL = Number(process.env['BENCH_AANTAL'] ?? 1000);

function percentiel(waarden: number[], p: number): number {
  const s = [...waarden].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
}

export interface Meting {
  naam: string;
  p50: number;
  p95: number;
  perSeconde: number;
}

async function meet(naam: string, handler: (req: Request) => Promise<Response>, slug: string): Promise<Meting> {
  const tijden: number[] = [];
  let volgende = 0;
  const start = performance.now();
  const werker = async () => {
    while (volgende < AANTAL) {
      const i = volgende++;
      const body = new URLSearchParams({ plek: i % 2 ? 'park' : 'plein', veilig: String((i % 5) + 1), licht: 'ja' });
      body.append('spelen', 'schommel');
      body.append('spelen', 'zandbak');
      body.set('idee', `Idee nummer ${i}`);
      const req = new Request(`http://bench.test/api/enquetes/${slug}/antwoorden`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: body.toString(),
      });
      const t = performance.now();
      const r = await handler(req);
      await r.arrayBuffer();
      tijden.push(performance.now() - t);
      if (r.status >= 400) throw new Error(`${naam}: status ${r.status}`);
    }
  };
  await Promise.all(Array.from({ length: GELIJKTIJDIG }, werker));
  const duur = (performance.now() - start) / 1000;
  return { naam, p50: percentiel(tijden, 50), p95: percentiel(tijden, 95), perSeconde: AANTAL / duur };
}

export async function meetAntwoorden(): Promise<{ bron: string; aantal: number; basis: Meting; echt: Meting }> {
  let server: PgServer | undefined;
  let url = process.env['DATABASE_URL'];
  if (!url) {
    server = await startPostgres();
    url = await nieuweDatabase(server.url);
  }
  const db = pgDb(pgPool(url, GELIJKTIJDIG));
  const slug = `bench-${randomBytes(4).toString('hex')}`;
  try {
    await migreer(db);
    const enquete = testEnquete({ slug, opent: '2000-01-01T00:00', sluit: '2099-12-31T23:59' });
    const antwoorden = maakAntwoordHandler({
      db: () => Promise.resolve(db),
      enquetes: () => Promise.resolve([enquete]),
      nu: () => new Date(),
      kader: geenKader,
      limietPerMinuut: 0,
    });
    const alleenParsen = async (req: Request) =>
      json({ velden: Object.keys(await leesVeldenMetLijsten(req)).length }, 201);
    await meet('opwarmen', alleenParsen, slug);
    const basis = await meet('alleen body parsen', alleenParsen, slug);
    const echt = await meet('enquête-antwoord (PostgreSQL)', antwoorden, slug);
    return { bron: server ? 'tijdelijke PostgreSQL-server' : 'DATABASE_URL', aantal: AANTAL, basis, echt };
  } finally {
    if (!server) {
      await db.query('DELETE FROM enquete_antwoord WHERE enquete = $1', [slug]);
      await db.query('DELETE FROM enquete WHERE slug = $1', [slug]);
    }
    await db.close();
    await server?.stop();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  meetAntwoorden().then(
    ({ bron, aantal, basis, echt }) => {
      const ms = (x: number) => `${x.toFixed(2)} ms`;
      console.log(`\n${aantal} verzoeken, ${GELIJKTIJDIG} tegelijk, ${bron}\n`);
      console.log('| handler                       | p50        | p95        | verzoeken/s |');
      console.log('| ----------------------------- | ---------- | ---------- | ----------- |');
      for (const r of [basis, echt]) {
        console.log(
          `| ${r.naam.padEnd(29)} | ${ms(r.p50).padEnd(10)} | ${ms(r.p95).padEnd(10)} | ${r.perSeconde.toFixed(0).padEnd(11)} |`,
        );
      }
      console.log(
        `\nVerhouding enquête-antwoord / alleen parsen: p50 ${(echt.p50 / basis.p50).toFixed(1)}×, p95 ${(echt.p95 / basis.p95).toFixed(1)}×`,
      );
    },
    (fout: unknown) => {
      console.error(`bench mislukt: ${fout instanceof Error ? fout.message : String(fout)}`);
      process.exit(1);
    },
  );
}
