/**
 * Global setup for the integration project: one production build with a fixed "now", then the
 * local stack (site + functions, `netlify dev --offline`) on that build. Shared by the
 * build-output tests and the browser tests. Fails loudly when either fails.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStack } from '../browser/stack.ts';
import { nieuweDatabase } from '../support/database.ts';
import { postgresBeschikbaar, startPostgres, type PgServer } from '../support/postgres.ts';
import { NEP_CLIENT_ID, NEP_CLIENT_SECRET, startNepGithub } from '../support/github-nep.ts';
import { bouw } from './bouw.ts';

/** The fixed "now" for the test build: 1 December 2026. */
export const TEST_NU = '2026-12-01T12:00:00Z';
/**
 * The functions' "now" in the stack (WIJK_NU, honoured only under netlify dev): 20 February 2027,
 * when registration for buurthuis-vlietwijk-2027-03 is open.
 */
export const FUNCTIES_NU = '2027-02-20T12:00:00Z';

/** The one staff address the stack lets sign in to /beheer/ (BEHEER_EMAILS). */
export const BEHEER_EMAIL = 'coordinator@voorschoten.example';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let start = Date.now();
  const r = await bouw({ nu: TEST_NU });
  if (r.code !== 0) throw new Error(`De testbouw is mislukt (code ${r.code}):\n${r.uitvoer.slice(-4000)}`);
  console.log(`[setup] site gebouwd in ${((Date.now() - start) / 1000).toFixed(1)} s → ${r.map}`);
  // A fresh, migrated database on a throwaway PostgreSQL server for the functions (DATABASE_URL
  // overrides netlify dev's own local database, which stays untouched).
  let pg: PgServer | undefined;
  // The functions read a copy of content/ (INHOUD_MAP), uncached, so a browser test can add a
  // bericht as a deploy would, and see the next run mail it.
  const inhoudMap = join(mkdtempSync(join(tmpdir(), 'wijk-inhoud-')), 'content');
  cpSync(resolve(import.meta.dirname, '../../content'), inhoudMap, { recursive: true });
  // A fake GitHub on 127.0.0.1 for the CMS sign-in (functions/cms-auth.ts): no network.
  const github = await startNepGithub();
  const env: Record<string, string> = {
    GITHUB_OAUTH_URL: github.url,
    GITHUB_OAUTH_CLIENT_ID: NEP_CLIENT_ID,
    GITHUB_OAUTH_CLIENT_SECRET: NEP_CLIENT_SECRET,
    WIJK_NU: FUNCTIES_NU,
    RATE_LIMIT_PER_MINUTE: '30',
    BEHEER_EMAILS: BEHEER_EMAIL,
    INHOUD_MAP: inhoudMap,
    INHOUD_CACHE_MS: '0',
  };
  if (postgresBeschikbaar()) {
    start = Date.now();
    pg = await startPostgres();
    env['DATABASE_URL'] = await nieuweDatabase(pg.url);
    console.log(`[setup] PostgreSQL met verse database in ${((Date.now() - start) / 1000).toFixed(1)} s`);
  }
  start = Date.now();
  const stack = await startStack({ dist: r.map, env }).catch(async (fout: unknown) => {
    await pg?.stop();
    await github.stop();
    throw fout;
  });
  console.log(`[setup] netlify dev --offline op ${stack.url} in ${((Date.now() - start) / 1000).toFixed(1)} s`);
  project.provide('distMap', r.map);
  project.provide('testNu', TEST_NU);
  project.provide('basisUrl', stack.url);
  project.provide('stackDatabase', env['DATABASE_URL'] ?? '');
  project.provide('inhoudMap', inhoudMap);
  return async () => {
    await stack.stop();
    await pg?.stop();
    await github.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    distMap: string;
    testNu: string;
    basisUrl: string;
    /** DATABASE_URL of the stack's functions, or '' when PostgreSQL is missing (sign-up tests skip). */
    stackDatabase: string;
    /** The copy of content/ the stack's functions read (INHOUD_MAP). */
    inhoudMap: string;
  }
}
