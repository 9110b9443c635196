/**
 * Global setup for the build project: one production build with a fixed "now", shared by all
 * build-output tests (and later the browser tests). Fails loudly when the build fails.
 */
import type { TestProject } from 'vitest/node';
import { bouw } from './bouw.ts';

/** The fixed "now" for the test build: 1 December 2026. */
export const TEST_NU = '2026-12-01T12:00:00Z';

export default async function setup(project: TestProject): Promise<void> {
  const start = Date.now();
  const r = await bouw({ nu: TEST_NU });
  if (r.code !== 0) throw new Error(`De testbouw is mislukt (code ${r.code}):\n${r.uitvoer.slice(-4000)}`);
  console.log(`[build] site gebouwd in ${((Date.now() - start) / 1000).toFixed(1)} s → ${r.map}`);
  project.provide('distMap', r.map);
  project.provide('testNu', TEST_NU);
}

declare module 'vitest' {
  export interface ProvidedContext {
    distMap: string;
    testNu: string;
  }
}
