/**
 * Global setup of the "functions" project: one throwaway real PostgreSQL server for all its test
 * files (each file makes its own database on it, tests/support/database.ts). Without PostgreSQL
 * the database tests are skipped loudly; on CI that is a failure.
 */
import type { TestProject } from 'vitest/node';
import { postgresBeschikbaar, startPostgres } from '../support/postgres.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!postgresBeschikbaar()) {
    project.provide('pgServerUrl', '');
    return () => Promise.resolve();
  }
  const start = Date.now();
  const server = await startPostgres();
  console.log(`[setup] PostgreSQL op ${server.url} in ${((Date.now() - start) / 1000).toFixed(1)} s`);
  project.provide('pgServerUrl', server.url);
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the throwaway server's admin database, or '' when PostgreSQL is missing. */
    pgServerUrl: string;
  }
}
