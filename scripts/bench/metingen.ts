/**
 * The measurements that need features built by later issues. Each says plainly when the feature
 * is not there yet, instead of printing a made-up figure.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const project = resolve(import.meta.dirname, '../..');

export interface Rij {
  meting: string;
  waarde: string;
  basislijn: string;
  verhouding: string;
}

export async function overigeMetingen(): Promise<Rij[]> {
  const rijen: Rij[] = [];
  if (!existsSync(resolve(project, 'node_modules/pagefind'))) {
    rijen.push({
      meting: 'pagefind: bytes 1e en 2e zoekvraag',
      waarde: 'n.v.t.',
      basislijn: 'zoeken bestaat nog niet',
      verhouding: '-',
    });
  }
  rijen.push(...(await aanmeldRijen()));
  rijen.push(...(await antwoordRijen()));
  return rijen;
}

/** Survey-answer latency at 20 concurrent requests beside a handler that only parses the body (issue 5). */
async function antwoordRijen(): Promise<Rij[]> {
  const { pgBinMap } = await import('../../tests/support/postgres.ts');
  if (!process.env['DATABASE_URL'] && !pgBinMap()) {
    return [
      {
        meting: 'enquête-antwoord p50/p95',
        waarde: 'n.v.t.',
        basislijn: 'geen PostgreSQL (DATABASE_URL of Debian-pakket)',
        verhouding: '-',
      },
    ];
  }
  const { GELIJKTIJDIG, meetAntwoorden } = await import('./antwoorden.ts');
  const { basis, echt } = await meetAntwoorden();
  const ms = (x: number): string => `${x.toFixed(1)} ms`;
  return [
    {
      meting: `enquête-antwoord p50/p95, ${GELIJKTIJDIG} tegelijk (PostgreSQL)`,
      waarde: `${ms(echt.p50)} / ${ms(echt.p95)}`,
      basislijn: `${ms(basis.p50)} / ${ms(basis.p95)} (handler die alleen de body leest)`,
      verhouding: `${(echt.p50 / basis.p50).toFixed(0)}× / ${(echt.p95 / basis.p95).toFixed(0)}×`,
    },
  ];
}

/** Sign-up latency at 20 concurrent requests beside a handler that only parses the body (issue 4). */
async function aanmeldRijen(): Promise<Rij[]> {
  const { pgBinMap } = await import('../../tests/support/postgres.ts');
  if (!process.env['DATABASE_URL'] && !pgBinMap()) {
    return [
      {
        meting: 'aanmelding p50/p95',
        waarde: 'n.v.t.',
        basislijn: 'geen PostgreSQL (DATABASE_URL of Debian-pakket)',
        verhouding: '-',
      },
    ];
  }
  const { GELIJKTIJDIG, meetAanmelden } = await import('./aanmelden.ts');
  const { basis, echt } = await meetAanmelden();
  const ms = (x: number): string => `${x.toFixed(1)} ms`;
  return (['p50', 'p95'] as const).map((p) => ({
    meting: `aanmelding ${p}, ${GELIJKTIJDIG} tegelijk (PostgreSQL)`,
    waarde: ms(echt[p]),
    basislijn: `${ms(basis[p])} (handler die alleen de body leest)`,
    verhouding: `${(echt[p] / basis[p]).toFixed(0)}×`,
  }));
}
