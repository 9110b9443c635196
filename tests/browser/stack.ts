/**
 * Starts the local stack the way a resident meets it: the built site from a dist folder plus the
 * functions from functions/, served by `netlify dev --offline` (no account, no network).
 * Feature issues extend this (a fresh database, environment variables).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { projectMap } from '../build/bouw.ts';

export interface Stack {
  url: string;
  stop: () => Promise<void>;
  log: () => string;
}

export function vrijePoort(): Promise<number> {
  return new Promise((klaar, mis) => {
    const server = createServer();
    server.once('error', mis);
    server.listen(0, '127.0.0.1', () => {
      const adres = server.address();
      const poort = typeof adres === 'object' && adres ? adres.port : 0;
      server.close(() => klaar(poort));
    });
  });
}

async function wachtOp(url: string, kind: ChildProcess, log: () => string, ms: number): Promise<void> {
  const einde = Date.now() + ms;
  while (Date.now() < einde) {
    if (kind.exitCode !== null) throw new Error(`netlify dev stopte (code ${kind.exitCode}):\n${log().slice(-3000)}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`netlify dev kwam niet op binnen ${ms / 1000} s:\n${log().slice(-3000)}`);
}

export async function startStack(opties: { dist: string; env?: Record<string, string> }): Promise<Stack> {
  const poort = await vrijePoort();
  let uitvoer = '';
  const kind = spawn(
    process.execPath,
    [
      join(projectMap, 'node_modules/netlify-cli/bin/run.js'),
      'dev',
      '--offline',
      '--framework',
      '#static',
      '--dir',
      opties.dist,
      '--port',
      String(poort),
      '--no-open',
      '--skip-gitignore',
    ],
    {
      cwd: projectMap,
      env: { ...process.env, NETLIFY_TELEMETRY_DISABLED: '1', BROWSER: 'none', ...opties.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  kind.stdout.on('data', (d: Buffer) => (uitvoer += d.toString()));
  kind.stderr.on('data', (d: Buffer) => (uitvoer += d.toString()));
  const url = `http://localhost:${poort}`;
  const stop = async (): Promise<void> => {
    if (kind.exitCode !== null || kind.pid === undefined) return;
    try {
      process.kill(-kind.pid, 'SIGTERM');
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 300));
  };
  try {
    await wachtOp(`${url}/api/status`, kind, () => uitvoer, 120_000);
  } catch (fout) {
    await stop();
    throw fout;
  }
  return { url, stop, log: () => uitvoer };
}
