/**
 * Builds the site (or a fixture content folder) into a temporary folder, the way `npm run build`
 * does, and returns what happened. Used by the build-output tests.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectMap = resolve(import.meta.dirname, '../..');

export interface BouwResultaat {
  code: number | null;
  uitvoer: string;
  map: string;
}

export function bouw(opties: { inhoudMap?: string; nu?: string } = {}): Promise<BouwResultaat> {
  const werk = mkdtempSync(join(tmpdir(), 'wijk-bouw-'));
  const map = join(werk, 'dist');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    UITVOER_MAP: map,
    CACHE_MAP: join(werk, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    // As in a real deploy: PostCSS trims unused CSS only in production (vitest sets NODE_ENV=test).
    NODE_ENV: 'production',
    ...(opties.inhoudMap ? { INHOUD_MAP: opties.inhoudMap } : {}),
    ...(opties.nu ? { WIJK_NU: opties.nu } : {}),
  };
  return new Promise((klaar, mis) => {
    const kind = spawn(process.execPath, [join(projectMap, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: projectMap,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let uitvoer = '';
    kind.stdout.on('data', (d: Buffer) => (uitvoer += d.toString()));
    kind.stderr.on('data', (d: Buffer) => (uitvoer += d.toString()));
    kind.on('error', mis);
    kind.on('close', (code) => klaar({ code, uitvoer, map }));
  });
}
