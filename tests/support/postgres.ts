/**
 * A throwaway, real PostgreSQL server for the tests: Debian's binaries
 * (/usr/lib/postgresql/<n>/bin), a temporary data directory, a free port on 127.0.0.1 and a unix
 * socket directory in /tmp. PostgreSQL refuses to run as root, so when we are root it runs as the
 * `postgres` user. Without the binaries the database tests are skipped — loudly — except on CI
 * (CI=true), where that is a failure: .ci/run installs postgresql.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vrijePoort } from '../browser/stack.ts';

export interface PgServer {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  stop: () => Promise<void>;
}

export function pgBinMap(): string | undefined {
  const basis = '/usr/lib/postgresql';
  if (!existsSync(basis)) return undefined;
  const versies = readdirSync(basis)
    .filter((v) => existsSync(join(basis, v, 'bin/initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versies[0] ? join(basis, versies[0], 'bin') : undefined;
}

/** False (with a loud warning) when PostgreSQL is missing; throws on CI. */
export function postgresBeschikbaar(): boolean {
  if (pgBinMap()) return true;
  const melding =
    'PostgreSQL niet gevonden (apt-get install -y postgresql): database- en concurrency-tests OVERGESLAGEN.';
  if (process.env['CI'] === 'true') throw new Error(`${melding} Op CI is dat een fout.`);
  console.warn(`\n${'!'.repeat(80)}\n${melding}\n${'!'.repeat(80)}\n`);
  return false;
}

export async function startPostgres(): Promise<PgServer> {
  const bin = pgBinMap();
  if (!bin) throw new Error('PostgreSQL niet gevonden');
  const alsRoot = process.getuid?.() === 0;
  const werk = mkdtempSync(join(tmpdir(), 'wijk-pg-'));
  const data = join(werk, 'data');
  const socket = mkdtempSync('/tmp/wijk-pgs-');
  const poort = await vrijePoort();
  const gebruiker = alsRoot ? Number(execFileSync('id', ['-u', 'postgres']).toString().trim()) : undefined;
  if (gebruiker !== undefined) {
    const groep = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(werk, gebruiker, groep);
    chownSync(socket, gebruiker, groep);
  }
  const draai = (programma: string, args: string[]) => {
    const [cmd, volledig] = alsRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, programma), ...args]]
      : [join(bin, programma), args];
    const r = spawnSync(cmd, volledig, { encoding: 'utf8', cwd: '/tmp' });
    if (r.status !== 0) throw new Error(`${programma} mislukt (${r.status}): ${r.stderr || r.stdout}`);
  };
  draai('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '-N']);
  const opties = [
    `-p ${poort}`,
    `-k ${socket}`,
    "-c listen_addresses='127.0.0.1'",
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
    '-c shared_buffers=64MB',
  ].join(' ');
  draai('pg_ctl', ['-D', data, '-o', opties, '-l', join(werk, 'log'), '-w', '-t', '60', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${poort}/postgres`,
    stop: () => {
      try {
        draai('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(werk, { recursive: true, force: true });
        rmSync(socket, { recursive: true, force: true });
      }
      return Promise.resolve();
    },
  };
}
