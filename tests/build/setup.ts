/**
 * Global setup for the integration project: one production build with a fixed "now", then the
 * local stack (site + functions, `netlify dev --offline`) on that build. Shared by the
 * build-output tests and the browser tests. Fails loudly when either fails.
 */
import type { TestProject } from 'vitest/node';
import { startStack } from '../browser/stack.ts';
import { bouw } from './bouw.ts';

/** The fixed "now" for the test build: 1 December 2026. */
export const TEST_NU = '2026-12-01T12:00:00Z';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let start = Date.now();
  const r = await bouw({ nu: TEST_NU });
  if (r.code !== 0) throw new Error(`De testbouw is mislukt (code ${r.code}):\n${r.uitvoer.slice(-4000)}`);
  console.log(`[setup] site gebouwd in ${((Date.now() - start) / 1000).toFixed(1)} s → ${r.map}`);
  start = Date.now();
  const stack = await startStack({ dist: r.map });
  console.log(`[setup] netlify dev --offline op ${stack.url} in ${((Date.now() - start) / 1000).toFixed(1)} s`);
  project.provide('distMap', r.map);
  project.provide('testNu', TEST_NU);
  project.provide('basisUrl', stack.url);
  return () => stack.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    distMap: string;
    testNu: string;
    basisUrl: string;
  }
}
