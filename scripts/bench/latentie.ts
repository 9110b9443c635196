/**
 * What the latency benches share (aanmelden.ts, antwoorden.ts): a throwaway or configured
 * PostgreSQL with the migrations, N requests sent GELIJKTIJDIG at a time straight to a handler
 * (Request objects, in this process), p50/p95, and the comparison with a handler that only parses
 * the body: the ratio is the figure (what the database work costs on this machine).
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pgDb, pgPool, type Db } from '../../functions/lib/db.ts';
import { nieuweDatabase } from '../../tests/support/database.ts';
import { startPostgres, type PgServer } from '../../tests/support/postgres.ts';
import { migreer } from '../db-migrate.ts';

export const GELIJKTIJDIG = 20;
const AANTAL = Number(process.env['BENCH_AANTAL'] ?? 1000);

export interface Meting {
  naam: string;
  p50: number;
  p95: number;
  perSeconde: number;
}

export interface Latentiebench {
  bron: string;
  aantal: number;
  basis: Meting;
  echt: Meting;
}

type Handler = (req: Request) => Promise<Response>;

function percentiel(waarden: number[], p: number): number {
  const s = [...waarden].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
}

/** AANTAL requests, GELIJKTIJDIG at a time; a status ≥ `foutVanaf` stops the bench. */
async function meet(
  naam: string,
  handler: Handler,
  verzoek: (i: number) => Request,
  foutVanaf: number,
): Promise<Meting> {
  const tijden: number[] = [];
  let volgende = 0;
  const start = performance.now();
  const werker = async () => {
    while (volgende < AANTAL) {
      const req = verzoek(volgende++);
      const t = performance.now();
      const r = await handler(req);
      await r.arrayBuffer();
      tijden.push(performance.now() - t);
      if (r.status >= foutVanaf) throw new Error(`${naam}: status ${r.status}`);
    }
  };
  await Promise.all(Array.from({ length: GELIJKTIJDIG }, werker));
  const duur = (performance.now() - start) / 1000;
  return { naam, p50: percentiel(tijden, 50), p95: percentiel(tijden, 95), perSeconde: AANTAL / duur };
}

export interface Opzet {
  /** The real handler on this database, for a fresh slug. */
  handler: (db: Db, slug: string) => Handler;
  /** The same body, only parsed. */
  alleenParsen: Handler;
  verzoek: (slug: string, i: number) => Request;
  /** With DATABASE_URL: remove the bench's rows again. */
  opruimen: (db: Db, slug: string) => Promise<void>;
  naam: string;
  foutVanaf: number;
}

/** Database (DATABASE_URL or a throwaway server), warm-up, then both handlers measured. */
export async function meetLatentie(o: Opzet): Promise<Latentiebench> {
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
    const verzoek = (i: number) => o.verzoek(slug, i);
    await meet('opwarmen', o.alleenParsen, verzoek, o.foutVanaf);
    const basis = await meet('alleen body parsen', o.alleenParsen, verzoek, o.foutVanaf);
    const echt = await meet(o.naam, o.handler(db, slug), verzoek, o.foutVanaf);
    return { bron: server ? 'tijdelijke PostgreSQL-server' : 'DATABASE_URL', aantal: AANTAL, basis, echt };
  } finally {
    if (!server) await o.opruimen(db, slug);
    await db.close();
    await server?.stop();
  }
}

/** Run alone (`node scripts/bench/x.ts`): measure and print a small table. */
export function alsScript(bestand: string, meting: () => Promise<Latentiebench>): void {
  if (!process.argv[1] || resolve(process.argv[1]) !== bestand) return;
  meting().then(
    ({ bron, aantal, basis, echt }) => {
      const ms = (x: number) => `${x.toFixed(2)} ms`.padEnd(10);
      const breedte = Math.max(basis.naam.length, echt.naam.length);
      console.log(`\n${aantal} verzoeken, ${GELIJKTIJDIG} tegelijk, ${bron}\n`);
      console.log(`| ${'handler'.padEnd(breedte)} | p50        | p95        | verzoeken/s |`);
      console.log(`| ${'-'.repeat(breedte)} | ---------- | ---------- | ----------- |`);
      for (const r of [basis, echt]) {
        console.log(
          `| ${r.naam.padEnd(breedte)} | ${ms(r.p50)} | ${ms(r.p95)} | ${r.perSeconde.toFixed(0).padEnd(11)} |`,
        );
      }
      console.log(
        `\nVerhouding ${echt.naam} / alleen parsen: p50 ${(echt.p50 / basis.p50).toFixed(1)}×, p95 ${(echt.p95 / basis.p95).toFixed(1)}×`,
      );
    },
    (fout: unknown) => {
      console.error(`bench mislukt: ${fout instanceof Error ? fout.message : String(fout)}`);
      process.exit(1);
    },
  );
}
