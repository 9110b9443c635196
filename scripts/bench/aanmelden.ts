/**
 * Sign-up latency for `npm run bench` (rows via metingen.ts), or alone with
 * `npm run bench:aanmelden`: latency of a sign-up at 20 concurrent requests (p50/p95), beside a handler
 * that only parses the body: the ratio is the figure (what the database work costs on this
 * machine). Calls the handler functions directly with Request objects, in this process.
 *
 * Database: DATABASE_URL when set (a bench avond is added and removed again), otherwise a
 * throwaway PostgreSQL server from Debian's binaries (as in the tests). Nothing leaves 127.0.0.1.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { maakAanmeldHandler } from '../../functions/aanmelden.ts';
import { pgDb, pgPool } from '../../functions/lib/db.ts';
import { geenKader } from '../../functions/lib/pagina.ts';
import { json, leesVelden } from '../../functions/lib/http.ts';
import { nieuweDatabase, testAvond } from '../../tests/support/database.ts';
import { startPostgres, type PgServer } from '../../tests/support/postgres.ts';
import { migreer } from '../db-migrate.ts';

export const GELIJKTIJDIG = 20;
const AANTAL = Number(process.env['BENCH_AANTAL'] ?? 1000);

function percentiel(waarden: number[], p: number): number {
  const s = [...waarden].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
}

async function meet(
  naam: string,
  handler: (req: Request) => Promise<Response>,
  slug: string,
): Promise<{ naam: string; p50: number; p95: number; perSeconde: number }> {
  const tijden: number[] = [];
  let volgende = 0;
  const start = performance.now();
  const werker = async () => {
    while (volgende < AANTAL) {
      const i = volgende++;
      const req = new Request(`http://bench.test/api/avonden/${slug}/aanmeldingen`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({
          naam: `Bewoner ${i}`,
          email: `bench-${i}-${randomBytes(3).toString('hex')}@voorbeeld.nl`,
          personen: String((i % 4) + 1),
        }).toString(),
      });
      const t = performance.now();
      const r = await handler(req);
      await r.arrayBuffer();
      tijden.push(performance.now() - t);
      if (r.status >= 500) throw new Error(`${naam}: status ${r.status}`);
    }
  };
  await Promise.all(Array.from({ length: GELIJKTIJDIG }, werker));
  const duur = (performance.now() - start) / 1000;
  return { naam, p50: percentiel(tijden, 50), p95: percentiel(tijden, 95), perSeconde: AANTAL / duur };
}

export interface AanmeldBench {
  bron: string;
  aantal: number;
  basis: Meting;
  echt: Meting;
}
type Meting = Awaited<ReturnType<typeof meet>>;

export async function meetAanmelden(): Promise<AanmeldBench> {
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
    const avond = testAvond({
      titel: 'Benchavond',
      slug,
      project: 'bench',
      start: '2030-03-11T19:30',
      eind: '2030-03-11T21:00',
      capaciteit: 1000,
      aanmelding: { opent: '2000-01-01T00:00', sluit: '2030-03-10T12:00' },
      onderwerpen: ['x'],
    });
    const aanmelden = maakAanmeldHandler({
      db: () => Promise.resolve(db),
      avonden: () => Promise.resolve([avond]),
      nu: () => new Date(),
      kader: geenKader,
      limietPerMinuut: 0,
      bewaarDagen: 30,
      bezorgDirect: false,
    });
    const alleenParsen = async (req: Request) => json({ velden: Object.keys(await leesVelden(req)).length }, 201);
    await meet('opwarmen', alleenParsen, slug);
    const basis = await meet('alleen body parsen', alleenParsen, slug);
    const echt = await meet('aanmelding (PostgreSQL)', aanmelden, slug);
    return { bron: server ? 'tijdelijke PostgreSQL-server' : 'DATABASE_URL', aantal: AANTAL, basis, echt };
  } finally {
    if (!server) {
      await db.query('DELETE FROM uitgaande_mail WHERE avond = $1', [slug]);
      await db.query('DELETE FROM aanmelding WHERE avond = $1', [slug]);
      await db.query('DELETE FROM avond WHERE slug = $1', [slug]);
    }
    await db.close();
    await server?.stop();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  meetAanmelden().then(
    ({ bron, aantal, basis, echt }) => {
      const ms = (x: number) => `${x.toFixed(2)} ms`;
      console.log(`\n${aantal} verzoeken, ${GELIJKTIJDIG} tegelijk, ${bron}\n`);
      console.log('| handler                  | p50        | p95        | verzoeken/s |');
      console.log('| ------------------------ | ---------- | ---------- | ----------- |');
      for (const r of [basis, echt]) {
        console.log(
          `| ${r.naam.padEnd(24)} | ${ms(r.p50).padEnd(10)} | ${ms(r.p95).padEnd(10)} | ${r.perSeconde.toFixed(0).padEnd(11)} |`,
        );
      }
      console.log(
        `\nVerhouding aanmelding / alleen parsen: p50 ${(echt.p50 / basis.p50).toFixed(1)}×, p95 ${(echt.p95 / basis.p95).toFixed(1)}×`,
      );
    },
    (fout: unknown) => {
      console.error(`bench mislukt: ${fout instanceof Error ? fout.message : String(fout)}`);
      process.exit(1);
    },
  );
}
