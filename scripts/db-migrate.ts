/**
 * `npm run db:migrate` — makes an empty database ready, and is safe to run again (idempotent):
 *
 * - with DATABASE_URL (your own PostgreSQL, load tests, CI): applies db/migrations/NNNN_name/
 *   migration.sql in order, each in its own transaction, recorded in netlify.migrations (the same
 *   table Netlify's own tooling uses), then writes a row per avond from content/avonden/;
 * - without it: applies the migrations to the local database of `netlify dev` through
 *   `netlify database migrations apply` (the CLI knows whether a dev session holds that
 *   database). The avond rows are then written by the functions on first use.
 *
 * Hosted Netlify Database applies the same folder during each deploy (netlify.toml).
 */
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Avond } from '../src/domain/schemas.ts';
import { leesAvonden, zorgVoorAvond } from '../functions/lib/avonden.ts';
import { pgDb, pgPool, type Db } from '../functions/lib/db.ts';

export const migratieMap = resolve(import.meta.dirname, '../db/migrations');

/** Applies the migrations that are not yet recorded. Returns the names applied now. */
export async function migreer(db: Db, map = migratieMap): Promise<string[]> {
  await db.query('CREATE SCHEMA IF NOT EXISTS netlify');
  await db.query(
    'CREATE TABLE IF NOT EXISTS netlify.migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
  );
  const namen = (await readdir(map, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && /^\d+_.+$/.test(e.name))
    .map((e) => e.name)
    .sort();
  const toegepast: string[] = [];
  for (const naam of namen) {
    const sql = await readFile(join(map, naam, 'migration.sql'), 'utf8');
    const gedaan = await db.transaction(async (tx) => {
      // One migrator at a time; a second run waits and then finds the migration recorded.
      await tx.query('SELECT pg_advisory_xact_lock(4242001)');
      if ((await tx.query('SELECT 1 FROM netlify.migrations WHERE name = $1', [naam])).length > 0) return false;
      await tx.query(sql);
      await tx.query('INSERT INTO netlify.migrations (name) VALUES ($1)', [naam]);
      return true;
    });
    if (gedaan) toegepast.push(naam);
  }
  return toegepast;
}

/** A row per avond (capacity, end time), so counts and retention work before the first sign-up. */
export async function synchroniseerAvonden(db: Db, avonden: Avond[]): Promise<void> {
  for (const a of avonden) await zorgVoorAvond(db, a);
}

async function hoofd(): Promise<number> {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    console.log('db:migrate: geen DATABASE_URL, dus de lokale database van netlify dev.');
    const cli = resolve(import.meta.dirname, '../node_modules/netlify-cli/bin/run.js');
    const r = spawnSync(process.execPath, [cli, 'database', 'migrations', 'apply'], {
      stdio: 'inherit',
      env: { ...process.env, NETLIFY_TELEMETRY_DISABLED: '1' },
    });
    return r.status ?? 1;
  }
  const db = pgDb(pgPool(url, 2));
  try {
    const toegepast = await migreer(db);
    console.log(
      toegepast.length === 0
        ? 'db:migrate: alle migraties waren al toegepast.'
        : `db:migrate: toegepast: ${toegepast.join(', ')}`,
    );
    const avonden = await leesAvonden();
    await synchroniseerAvonden(db, avonden);
    console.log(`db:migrate: ${avonden.length} avonden bijgewerkt.`);
    return 0;
  } finally {
    await db.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  hoofd().then(
    (code) => process.exit(code),
    (fout: unknown) => {
      console.error(`db:migrate mislukt: ${fout instanceof Error ? fout.message : String(fout)}`);
      process.exit(1);
    },
  );
}
